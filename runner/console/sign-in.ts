/**
 * The console's sign-in form (GET /console/sign-in) and its POST: the admin token typed once, compared in constant
 * time, answered with the session cookie (session.ts) and a redirect to the console. The token itself is never set
 * in a cookie, logged or stored.
 */

import { createHash, timingSafeEqual } from 'node:crypto'
import { escapeHtml } from './html.ts'
import { PAGE_HEADERS } from './page-headers.ts'
import { endSessionCookie, sessionCookie } from './session.ts'

const digest = (text: string) => createHash('sha256').update(text).digest()

export function signInPage(error?: string, noToken = false): Response {
  const note = noToken
    ? '<p>This relay has no admin token: the console answers clients on this machine only, with no sign-in.</p>'
    : ''
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign in · Relay console</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><link rel="icon" href="data:,"><link rel="stylesheet" href="/console/assets/console.css"></head>
<body class="sign-in"><main><h1>TikTok events relay</h1>${note}
<form method="post" action="/console/sign-in"><label>Admin token (RELAY_ADMIN_TOKEN)
<input type="password" name="token" autocomplete="current-password" required autofocus></label>
${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}<button type="submit">Sign in</button></form></main></body></html>`
  return new Response(html, { status: error ? 401 : 200, headers: PAGE_HEADERS })
}

/** POST /console/sign-in (form-encoded `token`). */
export async function signIn(req: Request, adminToken: string | undefined): Promise<Response> {
  if (!adminToken) return new Response(null, { status: 303, headers: { location: '/console' } })
  const form = new URLSearchParams(await req.text())
  const given = form.get('token') ?? ''
  if (!timingSafeEqual(digest(given), digest(adminToken))) return signInPage('That is not the admin token.')
  const secure = new URL(req.url).protocol === 'https:' || req.headers.get('x-forwarded-proto') === 'https'
  return new Response(null, {
    status: 303,
    headers: { location: '/console', 'set-cookie': sessionCookie(adminToken, secure) }
  })
}

export const signOut = () =>
  new Response(null, { status: 303, headers: { location: '/console/sign-in', 'set-cookie': endSessionCookie() } })
