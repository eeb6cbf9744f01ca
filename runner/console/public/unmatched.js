// Unmatched: events no pipeline matched, by name and count, each with a pipeline to copy.
;(() => {
  const { api, el, render, num, every } = window.relay
  every(15_000, async () => {
    const { events } = await api('unmatched')
    if (events.length === 0)
      return render(
        el('p', { class: 'muted' }, 'Every track, page and screen of the last 24 hours matched a pipeline.')
      )
    render(
      el(
        'p',
        {},
        'These events reached the relay but no pipeline turned them into a TikTok event (answered as dropped: no_pipeline). Save a snippet as a pipeline to send them.'
      ),
      events.map((e) => {
        const pre = el('pre', { class: 'snippet' }, e.snippet)
        const copy = el(
          'button',
          {
            class: 'secondary',
            onclick: async () => {
              await navigator.clipboard?.writeText(e.snippet).catch(() => {})
              copy.textContent = 'Copied'
            }
          },
          'Copy'
        )
        return el(
          'div',
          { class: 'panel unmatched', 'data-name': e.name },
          el(
            'div',
            { class: 'toolbar' },
            el('strong', {}, e.name),
            el('span', { class: 'muted' }, `${e.type} · ${num(e.count)} in 24 h`),
            copy
          ),
          pre
        )
      })
    )
  })
})()
