/**
 * The console's sign-in session: a cookie that proves its holder typed the admin token, without holding it. Its value
 * is `<id>.<HMAC-SHA256 keyed by scrypt of the admin token (sessionMacKey) over "console-session:<id>">`, `id` 32
 * random bytes (base64url). A request is signed in when the MAC is right for the current admin token (so changing
 * the token ends every session) AND the store holds the session open (store/console-sessions.ts, keyed by SHA-256 of
 * the id): signing out deletes it there, so a copied cookie stops working at once, on every relay sharing the store.
 * A session lasts SESSION_HOURS from sign-in.
 *
 * The cookie is HttpOnly (no script reads it), SameSite=Strict (no other site's page sends it) and Path=/console.
 */
import { createHash, createHmac, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto'

export const SESSION_COOKIE = 'relay_console'
export const SESSION_HOURS = 12
export const SESSION_MS = SESSION_HOURS * 3_600_000
/**
 * Paths served without a session: the sign-in form, the sign-out (a session already ended, in another tab or by
 * expiry, must still clear its cookie and lead back to the form, not answer 401 JSON; it ends only the session whose
 * cookie it is given) and the console's static files (no data in them).
 */
export const PUBLIC_CONSOLE_PATH = /^\/console\/(sign-in|sign-out|assets\/[\w.-]+)$/

/**
 * The key a cookie's MAC is made with: scrypt of the admin token (N 2^15, r 8: 32 MiB and 0.1 to 0.7 s, once per
 * relay process, at start), never the token itself. A cookie keyed by the token would let whoever holds one (copied,
 * or kept after its sign-out) test guesses of the token offline at SHA-256 speed, around the sign-in throttle; now
 * each guess costs an scrypt. Every relay with the same token derives the same key (a fixed salt: the key must be
 * the token's alone), and a new token a new key.
 */
const macKeys = new Map<string, Buffer>()
export function sessionMacKey(token: string): Buffer {
  let key = macKeys.get(token)
  if (!key) {
    key = scryptSync(token, 'tiktok-events-relay console session', 32, { N: 2 ** 15, r: 8, p: 1, maxmem: 64 << 20 })
    // A relay has one token; a process holding several relays (tests) keeps a few.
    if (macKeys.size >= 8) macKeys.clear()
    macKeys.set(token, key)
  }
  return key
}

const mac = (token: string, id: string) =>
  createHmac('sha256', sessionMacKey(token)).update(`console-session:${id}`).digest('base64url')
/** The key the store keeps for a session id: its SHA-256, hex (the id itself, which a cookie needs, is never stored). */
const keyOf = (id: string) => createHash('sha256').update(id).digest('hex')

/** A new session for `token`: the cookie's value, and the key to open in the store. */
export function newSession(token: string): { value: string; key: string } {
  const id = randomBytes(32).toString('base64url')
  return { value: `${id}.${mac(token, id)}`, key: keyOf(id) }
}

/** The Set-Cookie header of a session (`secure` when the console was reached over https). */
export function sessionCookie(value: string, secure: boolean): string {
  const attrs = [`Path=/console`, 'HttpOnly', 'SameSite=Strict', `Max-Age=${SESSION_HOURS * 3600}`]
  if (secure) attrs.push('Secure')
  return `${SESSION_COOKIE}=${value}; ${attrs.join('; ')}`
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

/**
 * The store key of the session cookie `req` carries when its MAC is right for `token` (compared in constant time);
 * undefined for no cookie, a forged one, or one made under another admin token. Whether the session is still open
 * is the store's to say.
 */
export function sessionKey(req: Request, token: string): string | undefined {
  const m = /^([\w-]{43})\.([\w-]{43})$/.exec(cookieOf(req, SESSION_COOKIE) ?? '')
  if (!m) return undefined
  const bytes = (text: string) => new TextEncoder().encode(text)
  return timingSafeEqual(bytes(m[2]!), bytes(mac(token, m[1]!))) ? keyOf(m[1]!) : undefined
}
