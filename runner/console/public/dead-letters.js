// Dead letters: TikTok's reason for each; replay one, a selection, or all (POSTs, same origin only).
;(() => {
  const { api, el, render, num, time, table, every } = window.relay
  let message = ''
  async function replay(body) {
    const { replayed } = await api('dead-letters/replay', { method: 'POST', body: JSON.stringify(body) })
    message = `${num(replayed)} event(s) back in the queue.`
    await load()
  }
  async function load() {
    const { count, deadLetters } = await api('dead-letters')
    const boxes = []
    const rows = deadLetters.map((d) => {
      const box = el('input', { type: 'checkbox', value: d.id, 'aria-label': `select ${d.id}` })
      boxes.push(box)
      return el(
        'tr',
        { 'data-id': d.id },
        el('td', {}, box),
        el('td', {}, d.eventName),
        el('td', {}, d.pixelCode),
        el('td', { class: 'bad' }, d.errorCode ?? '—'),
        el('td', {}, d.errorMessage),
        el('td', { class: 'num' }, d.attempts),
        el('td', {}, time(d.deadAt)),
        el('td', {}, el('button', { class: 'secondary', onclick: () => replay({ ids: [d.id] }) }, 'Replay'))
      )
    })
    const selected = () => boxes.filter((b) => b.checked).map((b) => Number(b.value))
    render(
      message ? el('p', { class: 'ok', role: 'status' }, message) : null,
      el(
        'div',
        { class: 'toolbar' },
        el('span', {}, `${num(count)} dead letter(s)`),
        el('button', { onclick: () => selected().length && replay({ ids: selected() }) }, 'Replay selected'),
        el(
          'button',
          { class: 'secondary', onclick: () => count && confirm(`Replay all ${count}?`) && replay({ all: true }) },
          'Replay all'
        )
      ),
      el(
        'div',
        { class: 'panel' },
        deadLetters.length
          ? table(
              [
                '',
                'Event',
                'Pixel',
                'TikTok code',
                "TikTok's reason",
                { label: 'Attempts', class: 'num' },
                'Dead since',
                ''
              ],
              rows
            )
          : el('p', { class: 'muted' }, 'No dead letters.')
      )
    )
  }
  every(0, load)
})()
