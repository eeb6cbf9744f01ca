/**
 * The console's sign-in session: a cookie that proves its holder typed the admin token, without holding it. Its
 * value is `<issued at, epoch s>.<HMAC-SHA256 keyed by the admin token over "console-session:<issued at>">`: the
 * relay recomputes the MAC to check it (nothing is stored, on the relay or in the browser, from which the token could
 * be read back), a session lasts SESSION_HOURS, and changing the token ends every session.
 *
 * The cookie is HttpOnly (no script reads it), SameSite=Strict (no other site's page sends it) and Path=/console.
 */
import { createHmac, timingSafeEqual } from 'node:crypto'

export const SESSION_COOKIE = 'relay_console'
export const SESSION_HOURS = 12
/** Paths served without a session: the sign-in form and the console's static files (no data in them). */
export const PUBLIC_CONSOLE_PATH = /^\/console\/(sign-in|assets\/[\w.-]+)$/

const mac = (token: string, issued: number) =>
  createHmac('sha256', token).update(`console-session:${issued}`).digest('base64url')

/** A new session cookie's value for `token`. */
export function sessionValue(token: string, nowMs = Date.now()): string {
  const issued = Math.floor(nowMs / 1000)
  return `${issued}.${mac(token, issued)}`
}

/** The Set-Cookie header of a session (`secure` when the console was reached over https). */
export function sessionCookie(token: string, secure: boolean): string {
  const attrs = [`Path=/console`, 'HttpOnly', 'SameSite=Strict', `Max-Age=${SESSION_HOURS * 3600}`]
  if (secure) attrs.push('Secure')
  return `${SESSION_COOKIE}=${sessionValue(token)}; ${attrs.join('; ')}`
}

/** The Set-Cookie header that ends the session. */
export const endSessionCookie = () => `${SESSION_COOKIE}=; Path=/console; HttpOnly; SameSite=Strict; Max-Age=0`

function cookieOf(req: Request, name: string): string | undefined {
  for (const part of (req.headers.get('cookie') ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=')
    if (k === name) return v.join('=')
  }
  return undefined
}

/** Whether `req` carries a live session cookie made with `token` (MAC compared in constant time). */
export function hasSession(req: Request, token: string, nowMs = Date.now()): boolean {
  const m = /^(\d{1,12})\.([\w-]{43})$/.exec(cookieOf(req, SESSION_COOKIE) ?? '')
  if (!m) return false
  const issued = Number(m[1])
  const age = nowMs / 1000 - issued
  if (age < -60 || age > SESSION_HOURS * 3600) return false
  const bytes = (text: string) => new TextEncoder().encode(text)
  return timingSafeEqual(bytes(m[2]!), bytes(mac(token, issued)))
}
