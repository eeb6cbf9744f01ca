// Playground: paste a Segment event, see the TikTok request the active pipelines would send (nothing is sent).
;(() => {
  const { api, el, render } = window.relay
  const sample = {
    type: 'track',
    event: 'Order Completed',
    userId: 'user-1',
    messageId: 'playground-1',
    timestamp: new Date().toISOString(),
    context: { traits: { email: 'someone@example.com' }, ip: '203.0.113.7', userAgent: 'Mozilla/5.0' },
    properties: {
      order_id: 'o-1',
      total: 25,
      currency: 'EUR',
      products: [{ product_id: 'p-1', price: 25, quantity: 1 }]
    }
  }
  const input = el(
    'textarea',
    { id: 'event-input', spellcheck: 'false', 'aria-label': 'Segment event (JSON)' },
    JSON.stringify(sample, null, 2)
  )
  const out = el('div', { id: 'preview-output' })
  function show(results) {
    out.replaceChildren(
      ...results.map((r) =>
        el(
          'div',
          { class: 'panel' },
          el('h2', {}, `Destination ${r.destination}`),
          r.outcomes.map((o) => {
            if (o.kind === 'request')
              return el(
                'div',
                { class: 'request' },
                el('p', {}, 'Pipeline ', el('strong', {}, o.pipeline), ' would send:'),
                el('pre', {}, JSON.stringify(o.body, null, 2)),
                o.warnings.length
                  ? el(
                      'p',
                      { class: 'warn' },
                      `Dropped fields: ${o.warnings.map((w) => `${w.field} (${w.reason})`).join(', ')}`
                    )
                  : null
              )
            if (o.kind === 'dropped')
              return el('p', { class: 'warn' }, `${o.pipeline}: not sent: ${o.reason} (${o.detail})`)
            if (o.kind === 'not_matched')
              return el('p', { class: 'warn' }, `The event does not trigger ${o.pipeline} (${o.trigger})`)
            if (o.kind === 'no_pipeline') return el('p', { class: 'warn' }, `Not sent: ${o.message}`)
            return el(
              'ul',
              { class: 'error' },
              o.issues.map((i) => el('li', {}, `${i.path}: ${i.message}`))
            )
          })
        )
      )
    )
  }
  async function preview() {
    let event
    try {
      event = JSON.parse(input.value)
    } catch (err) {
      out.replaceChildren(el('p', { class: 'error', role: 'alert' }, `Not JSON: ${err.message}`))
      return
    }
    try {
      show((await api('playground', { method: 'POST', body: JSON.stringify({ event }) })).results)
    } catch (err) {
      out.replaceChildren(el('p', { class: 'error', role: 'alert' }, err.message))
    }
  }
  render(
    el(
      'p',
      {},
      'Paste a Segment event; the relay shows the request its active pipelines would send to TikTok: mapped, normalised, hashed and checked. Nothing is sent or stored.'
    ),
    input,
    el('div', { class: 'toolbar' }, el('button', { id: 'preview-button', onclick: preview }, 'Preview')),
    out
  )
})()
