// Overview: a day of per-minute traffic and delivery health, the queue and each pixel's circuit.
;(() => {
  const { api, el, render, num, table, every, chart } = window.relay
  const card = (label, value, cls) =>
    el('div', { class: 'card' }, el('div', { class: `n ${cls ?? ''}` }, value), el('div', { class: 't' }, label))
  const reasons = (obj) => {
    const rows = Object.entries(obj ?? {}).sort((a, b) => b[1] - a[1])
    return rows.length
      ? table(
          ['Reason', { label: 'Events', class: 'num' }],
          rows.map(([r, n]) => el('tr', {}, el('td', {}, r), el('td', { class: 'num' }, num(n))))
        )
      : el('p', { class: 'muted' }, 'None in the last 24 hours.')
  }
  every(10_000, async () => {
    const o = await api('overview')
    const t = o.totals
    const traffic = el('div', { class: 'panel', id: 'traffic-chart' })
    const delivery = el('div', { class: 'panel', id: 'delivery-chart' })
    const wait = o.queue.oldestWaitSeconds
    render(
      el(
        'div',
        { class: 'cards' },
        card('received (24 h)', num(t.received)),
        card('sent to TikTok', num(t.sent)),
        t.dry_run ? card('dry-run (not sent)', num(t.dry_run)) : null,
        card('dropped', num(t.dropped), t.dropped ? 'warn' : ''),
        card('rejected', num(t.rejected), t.rejected ? 'warn' : ''),
        card('retries', num(t.retried), t.retried ? 'warn' : ''),
        card('dead-lettered (24 h)', num(t.dead_lettered), t.dead_lettered ? 'bad' : ''),
        card('dead letters kept', num(o.deadLetters), o.deadLetters ? 'bad' : ''),
        card('queue depth', num(o.queue.depth)),
        card('oldest event waits', `${num(wait)} s`, wait > 300 ? 'bad' : '')
      ),
      el('h2', {}, 'Events per minute, last 24 hours'),
      traffic,
      el('h2', {}, 'Delivery per minute'),
      delivery,
      el('h2', {}, 'Dropped, by reason'),
      el('div', { class: 'panel' }, reasons(o.byReason.dropped)),
      el('h2', {}, 'Rejected, by reason'),
      el('div', { class: 'panel' }, reasons(o.byReason.rejected)),
      el('h2', {}, 'Pixel circuits'),
      el(
        'div',
        { class: 'panel' },
        o.circuits.length
          ? table(
              [
                'Pixel',
                'State',
                'Open since',
                { label: 'Failures in a row', class: 'num' },
                'Paused until',
                'Next probe',
                'Why held'
              ],
              o.circuits.map((c) =>
                el(
                  'tr',
                  {},
                  el('td', {}, c.pixel),
                  el('td', { class: 'bad' }, c.state),
                  el('td', {}, new Date(c.openedAt).toLocaleTimeString('en-GB')),
                  el('td', { class: 'num' }, c.failures),
                  el('td', {}, c.pausedUntil ? new Date(c.pausedUntil).toLocaleTimeString('en-GB') : '—'),
                  el('td', {}, c.nextProbeAt ? new Date(c.nextProbeAt).toLocaleTimeString('en-GB') : '—'),
                  el('td', {}, c.heldBecause ?? '—')
                )
              )
            )
          : el('p', { class: 'muted' }, 'Every pixel is sending (no circuit open).')
      )
    )
    const c = o.columns
    chart(traffic, o.times, {
      received: c.received,
      sent: c.sent,
      'dry-run': c.dry_run,
      dropped: c.dropped,
      rejected: c.rejected
    })
    chart(delivery, o.times, { sent: c.sent, retries: c.retried, 'dead-lettered': c.dead_lettered }, 180)
  })
})()
