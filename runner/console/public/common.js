// Shared by the console's pages: the JSON API (same origin, the session cookie), small DOM helpers, formats.

window.relay = (() => {
  async function api(path, init = {}) {
    const res = await fetch(`/console/api/${path}`, {
      credentials: 'same-origin',
      ...init,
      headers: init.body ? { 'content-type': 'application/json' } : {}
    })
    if (res.status === 401 || res.redirected) location.href = '/console/sign-in'
    const body = await res.json()
    if (!res.ok) throw new Error(body.message || `HTTP ${res.status}`)
    return body
  }
  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag)
    for (const [k, v] of Object.entries(attrs)) {
      if (k === 'class') node.className = v
      else if (k.startsWith('on')) node.addEventListener(k.slice(2), v)
      else if (v !== undefined && v !== null && v !== false) node.setAttribute(k, v === true ? '' : v)
    }
    for (const c of children.flat()) if (c !== undefined && c !== null) node.append(c instanceof Node ? c : String(c))
    return node
  }
  const main = () => document.getElementById('page')
  /** Replaces everything under the page's title. */
  function render(...nodes) {
    const m = main()
    while (m.children.length > 1) m.lastChild.remove()
    for (const n of m.childNodes) if (n.nodeType === 3) n.remove()
    m.append(...nodes.flat().filter((n) => n !== null && n !== undefined))
  }
  const pct = (x) => `${Math.round(x * 1000) / 10}%`
  const num = (n) => Number(n).toLocaleString('en')
  const time = (ms) => new Date(ms).toLocaleString('en-GB', { hour12: false })
  const table = (head, rows) =>
    el(
      'table',
      {},
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          head.map((h) => el('th', typeof h === 'object' ? h : {}, h.label ?? h))
        )
      ),
      el('tbody', {}, rows)
    )
  /** Runs `load` now and every `ms`, showing an error in place of the page when it fails. */
  function every(ms, load) {
    const run = () =>
      load().catch((err) => render(el('p', { class: 'error', role: 'alert' }, `Could not load: ${err.message}`)))
    run()
    if (ms) setInterval(run, ms)
  }
  const palette = ['#0b63c5', '#067647', '#b54708', '#b42318', '#6941c6', '#0e9384', '#c11574']
  /** A uPlot time chart of `columns` (arrays aligned with `times`, epoch s) in `target`. */
  function chart(target, times, columns, height = 220) {
    const names = Object.keys(columns)
    const opts = {
      width: Math.max(300, target.clientWidth - 20),
      height,
      series: [
        {},
        ...names.map((label, i) => ({ label, stroke: palette[i % palette.length], width: 1.5, spanGaps: true }))
      ],
      axes: [{}, { size: 60 }],
      legend: { live: true }
    }
    return new window.uPlot(opts, [times, ...names.map((n) => columns[n])], target)
  }
  return { api, el, render, pct, num, time, table, every, chart }
})()
