// Match quality: per TikTok event name, the share of events carrying each match key, the estimated score, its trend.
;(() => {
  const { api, el, render, pct, num, table, every, chart } = window.relay
  every(30_000, async () => {
    const q = await api('match-quality')
    if (q.events.length === 0)
      return render(
        el('p', { class: 'muted' }, 'No events queued for TikTok in the last 24 hours.'),
        el('p', { class: 'formula' }, q.formula)
      )
    const warned = (e, k) => e.warnings.some((w) => w.key === k)
    const rows = q.events.map((e) =>
      el(
        'tr',
        { 'data-event': e.name },
        el('td', {}, e.name),
        el('td', { class: 'num' }, num(e.events)),
        el('td', { class: 'num' }, el('strong', {}, e.score.toFixed(1))),
        q.keys.map((k) => el('td', { class: `num ${warned(e, k) ? 'warn' : ''}`, 'data-key': k }, pct(e.shares[k])))
      )
    )
    const warnings = q.events.flatMap((e) =>
      e.warnings.map((w) =>
        el(
          'li',
          { class: 'warn' },
          `⚠ ${e.name}: ${w.key} share fell from ${pct(w.previousShare)} to ${pct(w.share)} against the previous day`
        )
      )
    )
    const trend = el('div', { class: 'panel', id: 'trend-chart' })
    render(
      warnings.length ? el('ul', { role: 'alert' }, warnings) : null,
      el(
        'div',
        { class: 'panel' },
        table(
          [
            'TikTok event',
            { label: 'Events (24 h)', class: 'num' },
            { label: 'Score (0-10)', class: 'num' },
            ...q.keys.map((k) => ({ label: k, class: 'num' }))
          ],
          rows
        )
      ),
      el('p', {}, 'Estimated match-quality score: ', el('span', { class: 'formula' }, q.formula)),
      el(
        'p',
        { class: 'muted' },
        'TikTok computes its own Event Match Quality in Events Manager a day later; this estimate moves as soon as a key goes missing.'
      ),
      el('h2', {}, 'Score per hour, last 24 hours'),
      trend
    )
    const top = q.events.slice(0, 6)
    chart(trend, q.hours, Object.fromEntries(top.map((e) => [e.name, e.trend])), 200)
  })
})()
