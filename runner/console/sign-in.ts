/**
 * The console's sign-in form (GET /console/sign-in), its POST and the sign-out: the admin token typed once, compared
 * in constant time, answered with a session cookie (session.ts) whose session the store holds open until sign-out.
 * A client that keeps typing a wrong token is made to wait (admin/token-throttle.ts: 429 with Retry-After). Spaces and
 * line breaks around the typed token are dropped (a copied token often brings one along); the configured token is
 * trimmed where it is read (config/schema.ts). The token itself is never set in a cookie, logged or stored.
 */

import { createHash, timingSafeEqual } from 'node:crypto'
import type { TokenThrottle } from '../admin/token-throttle.ts'
import type { ConsoleSessionStore } from '../store/console-sessions.ts'
import { escapeHtml } from './html.ts'
import { PAGE_HEADERS } from './page-headers.ts'
import { endSessionCookie, newSession, SESSION_MS, sessionCookie, sessionKey } from './session.ts'

const digest = (text: string) => createHash('sha256').update(text).digest()

export function signInPage(error?: string, noToken = false, status = error ? 401 : 200): Response {
  const note = noToken
    ? '<p>This relay has no admin token: the console answers clients on this machine only, with no sign-in.</p>'
    : ''
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign in · Relay console</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><link rel="icon" href="data:,"><link rel="stylesheet" href="/console/assets/console.css"></head>
<body class="sign-in"><main><h1>TikTok events relay</h1>${note}
<form method="post" action="/console/sign-in"><label>Admin token (RELAY_ADMIN_TOKEN)
<input type="password" name="token" autocomplete="current-password" required autofocus></label>
${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}<button type="submit">Sign in</button></form></main></body></html>`
  return new Response(html, { status, headers: PAGE_HEADERS })
}

export interface SignInDeps {
  adminToken?: string
  sessions: ConsoleSessionStore
  throttle: TokenThrottle
  /** The request's body within the sign-in form's limit, or the answer to give instead (413, 408, 400). */
  readBody: (req: Request) => Promise<string | Response>
  now: () => number
}

/** POST /console/sign-in (form-encoded `token`) from `client` (its address, as the throttle counts it). */
export async function signIn(req: Request, deps: SignInDeps, client: string): Promise<Response> {
  const { adminToken, throttle } = deps
  if (!adminToken) return new Response(null, { status: 303, headers: { location: '/console' } })
  const throttled = () => {
    const wait = throttle.retryAfterSeconds(client, deps.now())
    if (wait === 0) return undefined
    const res = signInPage(`Too many wrong tokens from this address: try again in ${wait} s.`, false, 429)
    res.headers.set('retry-after', String(wait))
    return res
  }
  const early = throttled()
  if (early) return early
  // A body too large is no try at a token: it is refused before anything is compared, and costs no try.
  const body = await deps.readBody(req)
  if (body instanceof Response) return body
  // Asked again once the body is in: tries whose bodies were held back all passed the first check together, and
  // would otherwise each be compared however many failures the others have counted since (found by an attacker
  // trial: 30 slow-bodied posts, 30 tries). From here to throttle.failed nothing awaits, so no try slips past.
  const late = throttled()
  if (late) return late
  const form = new URLSearchParams(body)
  // A token pasted with a space or a line break around it is the same token: only the space is dropped, and the
  // comparison of what is left stays constant-time and counted by the throttle like any other try.
  const given = (form.get('token') ?? '').trim()
  if (!timingSafeEqual(digest(given), digest(adminToken))) {
    throttle.failed(client, deps.now())
    return signInPage('That is not the admin token.')
  }
  throttle.succeeded(client)
  const session = newSession(adminToken)
  const now = deps.now()
  await deps.sessions.open(session.key, now + SESSION_MS, now)
  const secure = new URL(req.url).protocol === 'https:' || req.headers.get('x-forwarded-proto') === 'https'
  return new Response(null, {
    status: 303,
    headers: { location: '/console', 'set-cookie': sessionCookie(session.value, secure) }
  })
}

/**
 * POST /console/sign-out: the session ends in the store (its cookie, copied anywhere, stops working) and here. Served
 * without a session (a session that already ended must still clear its cookie), but like every console change only
 * with the Origin a browser sends (the admin guard has refused any other site's): no one else can sign a browser out.
 */
export async function signOut(req: Request, deps: SignInDeps): Promise<Response> {
  if (!req.headers.has('origin')) {
    const message = 'A console change needs the Origin header a browser sends'
    return new Response(JSON.stringify({ success: false, code: 'origin_required', message }), {
      status: 403,
      headers: { 'content-type': 'application/json' }
    })
  }
  const key = deps.adminToken ? sessionKey(req, deps.adminToken) : undefined
  if (key) await deps.sessions.end(key)
  return new Response(null, {
    status: 303,
    headers: { location: '/console/sign-in', 'set-cookie': endSessionCookie() }
  })
}
