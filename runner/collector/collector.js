/* tiktok-events-relay collector: page views and track() calls to the relay's /collect, which sets the
   first-party _ttp/ttclid cookies. <script src="https://collect.example.com/collector.js" data-write-key="KEY">
   Then ttRelay.track('Order Completed', {revenue: 10, currency: 'USD'}). ttRelay.identify('user-1', {email,
   phone}) names the visitor: the relay hashes the traits at once and adds them as match keys to later events;
   ttRelay.reset() on logout forgets the user id.
   data-auto-page="false" skips the automatic page view. Calls made before the script loads can be queued in
   window.ttRelay = [['track', ...]]. With analytics.js on the page (loaded first), its events carry the relay's
   _ttp and ttclid cookies too, through a source middleware. */
;((w, d) => {
  const s = d.currentScript
  const base = s ? s.src.replace(/\/collector\.js(\?.*)?$/, '') : ''
  const key = s?.getAttribute('data-write-key')
  let userId
  const id = () => {
    try {
      return crypto.randomUUID()
    } catch {
      return Date.now().toString(36) + Math.random().toString(36).slice(2)
    }
  }
  // No timestamp: each call is sent as it happens, so the relay's clock dates it, not a device clock that may be off.
  const send = (type, event, props, traits) => {
    const n = w.navigator
    const msg = {
      type,
      messageId: id(),
      properties: props || {},
      traits,
      context: {
        page: { url: location.href, referrer: d.referrer, title: d.title, path: location.pathname },
        locale: n.language,
        userAgent: n.userAgent
      }
    }
    if (event) msg.event = event
    if (key) msg.writeKey = key
    if (userId) msg.userId = userId
    if (n.globalPrivacyControl === true) msg.context.gpc = true
    // text/plain keeps this a CORS "simple" request (no preflight); credentials carry the relay's cookies.
    return fetch(`${base}/collect`, {
      method: 'POST',
      body: JSON.stringify(msg),
      credentials: 'include',
      keepalive: true,
      headers: { 'Content-Type': 'text/plain' }
    }).catch(() => {})
  }
  const queued = w.ttRelay
  const api = {
    page: (props) => send('page', '', props),
    track: (event, props) => send('track', event, props),
    identify: (uid, traits) => {
      // identify(traits) without a user id, as analytics.js allows.
      if (uid && typeof uid === 'object') [uid, traits] = [0, uid]
      if (uid) userId = String(uid)
      return send('identify', '', 0, traits || {})
    },
    // On logout: later calls carry no user id (the browser's _ttp stays, as TikTok's pixel keeps it).
    reset: () => {
      userId = undefined
    }
  }
  w.ttRelay = api
  // analytics.js sends to the relay without cookies (no credentials): hand it the first-party ids the page can read.
  const cookie = (n) => d.cookie.match(new RegExp(`(?:^|; )${n}=([^;]+)`))?.[1]
  w.analytics?.addSourceMiddleware?.(({ payload, next }) => {
    payload.obj.context ||= {}
    const c = payload.obj.context
    c.ttp ||= cookie('_ttp')
    c.ttclid ||= cookie('ttclid')
    next(payload)
  })
  if (s?.getAttribute('data-auto-page') !== 'false') api.page()
  if (Array.isArray(queued)) for (const [method, ...args] of queued) api[method]?.(...args)
})(window, document)
