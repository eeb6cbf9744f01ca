/**
 * The one gate in front of every admin endpoint: /dry-run now, the console (/console) and its API (/console/api/)
 * when they come. Admin answers show recent visitors (IPs, user agents, page URLs, hashed match keys), so:
 *
 * - With `adminToken` (relay.yaml) / RELAY_ADMIN_TOKEN set, every caller needs `Authorization: Bearer <token>`,
 *   loopback included. The token is compared in constant time (both sides SHA-256 first, so neither its content
 *   nor its length leaks through timing) and is never logged or stored.
 * - Without one, only a client on this machine is answered: the CONNECTION address must be loopback (never a
 *   header, which anyone can write), the request must not have come through a proxy (X-Forwarded-For, Forwarded or
 *   X-Real-IP present: a local nginx would otherwise make every visitor "loopback"), and its Host must be a loopback
 *   name (a page whose domain was re-pointed at 127.0.0.1, DNS rebinding, sends its own name).
 * - The console (/console) also takes the sign-in cookie (console/session.ts) in place of the header, while its
 *   session is open in the store (a sign-out on any relay of the store ends it); a POST that relies on it must carry
 *   an Origin header (checked below), so no other site can make a signed-in browser replay dead letters. A console
 *   page asked for without either is sent to the sign-in form.
 * - A client that keeps giving a wrong token (header or sign-in form) is made to wait: token-throttle.ts.
 * - Either way a cross-origin request is refused (an Origin other than the relay's own, or Sec-Fetch-Site other than
 *   same-origin/none), and no admin answer carries CORS headers, so a page elsewhere can neither read an admin
 *   answer nor trigger an admin action through a visitor's browser.
 */
import { createHash, timingSafeEqual } from 'node:crypto'
import { PUBLIC_CONSOLE_PATH, sessionKey, sessionMacKey } from '../console/session.ts'
import { clientAddress, normaliseAddress } from '../identity/client-address.ts'
import { requestHost } from '../intake/allowed-origins.ts'
import type { ConsoleSessionStore } from '../store/console-sessions.ts'
import { StoreClosedError, StoreUnavailableError } from '../store/store-errors.ts'
import { createTokenThrottle, type TokenThrottle } from './token-throttle.ts'

/** The admin area: these paths and everything under them. */
const ADMIN_PATH = /^\/(dry-run|console)(\/|$)/

export function isAdminPath(pathname: string): boolean {
  return ADMIN_PATH.test(pathname)
}

export interface AdminGuard {
  /** The refusal to answer, or undefined when `req` may reach the admin endpoint. */
  refuse(req: Request, remoteAddress: string | undefined): Promise<Response | undefined>
}

export interface AdminGuardOptions {
  adminToken?: string
  /** Where console sessions are held open (the relay's store). */
  sessions: ConsoleSessionStore
  /** Wrong-token throttle, shared with the console's sign-in form; none: one of the guard's own. */
  throttle?: TokenThrottle
  /** Proxies in front whose X-Forwarded-For is believed (client-address.ts): whom the throttle counts. */
  trustProxy?: number
  now?: () => number
}

/** Headers every admin answer carries: never cached, never sniffed, never readable cross-origin. */
export const ADMIN_HEADERS: Record<string, string> = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff'
}

function refusal(
  status: 401 | 403 | 429 | 503,
  code: string,
  message: string,
  extra: Record<string, string> = {}
): Response {
  return new Response(JSON.stringify({ success: false, code, message }), {
    status,
    headers: { 'content-type': 'application/json', ...ADMIN_HEADERS, ...extra }
  })
}

const sha256 = (text: string) => createHash('sha256').update(text).digest()
const LOOPBACK_IP = /^(127(\.\d{1,3}){3}|::1)$/
const hostnameOf = (host: string) => {
  try {
    return new URL(`http://${host}`).hostname
  } catch {
    return undefined
  }
}
const isLoopbackHost = (host: string | undefined) =>
  host !== undefined && (host === 'localhost' || /^127(\.\d{1,3}){3}$/.test(host) || host === '[::1]')

/** Not the relay's own origin: an Origin naming another host, or a browser saying the request is cross-site. */
function crossOrigin(req: Request): boolean {
  const site = req.headers.get('sec-fetch-site')
  if (site && site !== 'same-origin' && site !== 'none') return true
  const origin = req.headers.get('origin')
  if (origin === null) return false
  try {
    // The scheme is left out: behind a TLS-terminating proxy the relay itself is reached over http.
    return new URL(origin).host !== requestHost(req).toLowerCase()
  } catch {
    return true
  }
}

/** The wait a throttled client is told (429). */
export const tooManyTries = (seconds: number) =>
  refusal(429, 'too_many_tries', `Too many wrong admin tokens from this client; try again in ${seconds} s`, {
    'retry-after': String(seconds)
  })

/**
 * Whom the wrong-token throttle counts a request against: its client address, an IPv6 one by its /64 ('unknown'
 * when none is known). A host is normally given a whole /64 (RFC 6177; SLAAC and privacy addresses pick any of its
 * 2^64 addresses), so counted per address one client could take a new address for every MAX_FAILURES guesses.
 */
export const throttleClient = (req: Request, remoteAddress: string | undefined, trustProxy: number) => {
  const address = clientAddress(remoteAddress, req.headers.get('x-forwarded-for'), trustProxy)
  if (address === undefined) return 'unknown'
  return address.includes(':') ? `${ipv6Prefix64(address)}::/64` : address
}

/** The first four groups of a canonical IPv6 address (normaliseAddress's form: lower-case hex groups, `::` once). */
function ipv6Prefix64(address: string): string {
  const [head = '', tail] = address.split('::')
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const groups = tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill('0'), ...right]
  return groups.slice(0, 4).join(':')
}

export function createAdminGuard(opts: AdminGuardOptions): AdminGuard {
  const tokenDigest = opts.adminToken ? sha256(opts.adminToken) : undefined
  // The cookie's MAC key (an scrypt, ~0.1 s) is derived now, at start, not on the first console request.
  if (opts.adminToken) sessionMacKey(opts.adminToken)
  const throttle = opts.throttle ?? createTokenThrottle()
  const now = opts.now ?? Date.now
  /** Whether `req` carries the cookie of a session the store holds open; a store that cannot say is an outage. */
  async function signedIn(req: Request): Promise<boolean | Response> {
    const key = sessionKey(req, opts.adminToken!)
    if (!key) return false
    try {
      return await opts.sessions.isOpen(key, now())
    } catch (err) {
      if (!(err instanceof StoreUnavailableError || err instanceof StoreClosedError)) throw err
      const retryAfter = err instanceof StoreUnavailableError ? err.retryAfterSeconds : 5
      return refusal(503, 'store_unavailable', 'The relay store is unavailable; try again shortly', {
        'retry-after': String(retryAfter)
      })
    }
  }
  return {
    async refuse(req, remoteAddress) {
      if (crossOrigin(req)) {
        return refusal(403, 'cross_origin', 'Admin endpoints answer only their own origin')
      }
      if (tokenDigest) {
        const m = /^\s*Bearer\s+(\S+)\s*$/i.exec(req.headers.get('authorization') ?? '')
        if (m) {
          const client = throttleClient(req, remoteAddress, opts.trustProxy ?? 0)
          const wait = throttle.retryAfterSeconds(client, now())
          if (wait > 0) return tooManyTries(wait)
          if (timingSafeEqual(sha256(m[1]!), tokenDigest)) {
            throttle.succeeded(client)
            return undefined
          }
          throttle.failed(client, now())
        }
        const { pathname } = new URL(req.url)
        if (PUBLIC_CONSOLE_PATH.test(pathname)) return undefined
        const session = pathname.startsWith('/console') ? await signedIn(req) : false
        if (session instanceof Response) return session
        if (session) {
          if (req.method === 'GET' || req.method === 'HEAD' || req.headers.has('origin')) return undefined
          return refusal(403, 'origin_required', 'A console change needs the Origin header a browser sends')
        }
        if (req.method === 'GET' && /^\/console(\/(?!api\/)[\w-]*)?$/.test(pathname)) {
          return new Response(null, { status: 303, headers: { location: '/console/sign-in', ...ADMIN_HEADERS } })
        }
        return refusal(401, 'unauthorized', 'Admin endpoints need Authorization: Bearer <adminToken>', {
          'www-authenticate': 'Bearer realm="tiktok-events-relay admin"'
        })
      }
      const proxied = req.headers.has('x-forwarded-for') || req.headers.has('forwarded') || req.headers.has('x-real-ip')
      const address = normaliseAddress(remoteAddress)
      if (
        !proxied &&
        address !== undefined &&
        LOOPBACK_IP.test(address) &&
        isLoopbackHost(hostnameOf(requestHost(req)))
      ) {
        return undefined
      }
      return refusal(
        403,
        'admin_loopback_only',
        'Without an admin token (adminToken / RELAY_ADMIN_TOKEN) admin endpoints answer only clients on this machine'
      )
    }
  }
}
