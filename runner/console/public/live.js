// Live events: the latest events as TikTok receives them (hashed keys only), filtered by event name and status.
;(() => {
  const { api, el, render, time, table, every } = window.relay
  const filter = { event: '', status: '' }
  const names = new Set()
  let controls
  function toolbar() {
    const status = el(
      'select',
      {
        id: 'status-filter',
        onchange: (e) => {
          filter.status = e.target.value
          load()
        }
      },
      ['', 'queued', 'dropped', 'unmatched'].map((s) =>
        el('option', { value: s, selected: s === filter.status }, s || 'any status')
      )
    )
    const event = el('input', {
      id: 'event-filter',
      list: 'event-names',
      placeholder: 'event name',
      value: filter.event,
      onchange: (e) => {
        filter.event = e.target.value.trim()
        load()
      }
    })
    return el(
      'div',
      { class: 'toolbar' },
      el('label', {}, 'Event ', event),
      el(
        'datalist',
        { id: 'event-names' },
        [...names].map((n) => el('option', { value: n }))
      ),
      el('label', {}, 'Status ', status)
    )
  }
  async function load() {
    const q = new URLSearchParams({
      limit: '100',
      ...(filter.event ? { event: filter.event } : {}),
      ...(filter.status ? { status: filter.status } : {})
    })
    const { events } = await api(`live?${q}`)
    for (const e of events) names.add(e.eventName)
    if (!controls || !document.activeElement || !controls.contains(document.activeElement)) controls = toolbar()
    const rows = events.map((e) =>
      el(
        'tr',
        { 'data-status': e.status },
        el('td', {}, time(e.at)),
        el('td', {}, e.eventName),
        el('td', { class: e.status === 'queued' ? 'ok' : 'warn' }, e.status),
        el('td', {}, e.pipeline || (e.status === 'queued' ? '(custom event)' : '—')),
        el('td', {}, e.consent || '—'),
        el('td', { class: e.warnings.length ? 'warn' : '' }, e.warnings.join(', ') || '—'),
        el(
          'td',
          {},
          e.event
            ? el(
                'details',
                {},
                el('summary', {}, 'as TikTok receives it'),
                el('pre', {}, JSON.stringify(e.event, null, 2))
              )
            : '—'
        )
      )
    )
    render(
      controls,
      el(
        'div',
        { class: 'panel' },
        events.length
          ? table(['Time', 'Event', 'Status', 'Pipeline', 'Consent', 'Dropped fields', 'Event'], rows)
          : el('p', { class: 'muted' }, 'No events yet.')
      )
    )
  }
  every(3_000, load)
})()
