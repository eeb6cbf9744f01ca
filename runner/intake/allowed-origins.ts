/**
 * Which web origins may call the relay WITH credentials (the `_ttp`/`ttclid` cookies of /collect) and read its
 * answers. Rules, as `allowedOrigins` (RELAY_ALLOWED_ORIGINS) writes them:
 *
 *   https://shop.example.com   exactly that origin (scheme, host and port)
 *   https://*.example.com      any subdomain of example.com (not example.com itself) over https, default port
 *   *.example.com              the same (a pattern without a scheme means https)
 *
 * `*` and `null` are never rules: `null` is the origin of sandboxed frames, data: URLs and redirects, which any
 * site can produce, and credentials for every origin is exactly what this list exists to prevent.
 *
 * Without `allowedOrigins`, the relay's own site is allowed, as browsers define a site for SameSite cookies: the
 * `cookieDomain` and its subdomains when one is configured, else the registrable domain of the Host the request
 * was sent to (the public suffix list decides: shop.example.co.uk and collect.example.co.uk are one site,
 * a.github.io and b.github.io are not). Over https, or http on loopback (localhost, 127.0.0.0/8, ::1) for
 * development. An IP address or a single-label host is its own site.
 */
import { getDomain } from 'tldts'

export interface OriginRule {
  scheme: 'http' | 'https'
  /** Exact host, or the parent domain for a wildcard. */
  host: string
  wildcard: boolean
  /** Explicit port of an exact rule ('' for the scheme's default). */
  port: string
}

const RULE = /^(?:(https?):\/\/)?(\*\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::(\d{1,5}))?$/

/** One rule as configured, or a message saying what is wrong with it (never echoing more than the rule). */
export function parseOriginRule(text: string): OriginRule | string {
  const t = text.trim().toLowerCase()
  if (t === '*' || t === 'null') return `"${t}" cannot be allowed credentials; list the site's own origins`
  const m = RULE.exec(t)
  if (!m) return 'expected an origin such as https://shop.example.com or a pattern such as *.example.com'
  const [, scheme, star, host, port] = m
  if (!star && !scheme) return 'an exact origin needs its scheme: https://… (only *.domain patterns may omit it)'
  if (star && port) return 'a *.domain pattern takes no port'
  return { scheme: (scheme ?? 'https') as OriginRule['scheme'], host: host!, wildcard: !!star, port: port ?? '' }
}

const IP = /^(\d{1,3}(\.\d{1,3}){3}|\[[0-9a-f:.]+\])$/
const isLoopback = (host: string) =>
  host === 'localhost' || host.endsWith('.localhost') || /^127(\.\d{1,3}){3}$/.test(host) || host === '[::1]'

interface ParsedOrigin {
  scheme: string
  host: string
  port: string
}

function parseOrigin(origin: string): ParsedOrigin | undefined {
  try {
    const u = new URL(origin)
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return undefined
    // An Origin header is scheme://host[:port] and nothing else; anything more is not an origin.
    if (u.origin !== origin.toLowerCase()) return undefined
    return { scheme: u.protocol.slice(0, -1), host: u.hostname, port: u.port }
  } catch {
    return undefined
  }
}

const matches = (o: ParsedOrigin, r: OriginRule) =>
  o.scheme === r.scheme &&
  (r.wildcard ? o.host.endsWith(`.${r.host}`) && o.port === '' : o.host === r.host && o.port === r.port)

/** The site (a host, no port) of the relay as the request names it in its Host header. */
function siteOf(hostHeader: string): string | undefined {
  let host: string
  try {
    host = new URL(`http://${hostHeader}`).hostname
  } catch {
    return undefined
  }
  // IP addresses and single-label hosts (localhost) have no registrable domain: each is its own site.
  return getDomain(host, { allowPrivateDomains: true }) ?? host
}

/** The Host the request was sent to: its Host header (what the browser used), else its URL's. */
export function requestHost(req: Request): string {
  return req.headers.get('host') ?? new URL(req.url).host
}

export interface OriginPolicy {
  /** Whether a request from `origin` (an Origin header value) to the relay at `host` (requestHost) is allowed. */
  allows(origin: string, host: string): boolean
}

export function createOriginPolicy(opts: { allowedOrigins?: string[]; cookieDomain?: string }): OriginPolicy {
  if (opts.allowedOrigins) {
    const rules = opts.allowedOrigins.map(parseOriginRule).filter((r): r is OriginRule => typeof r !== 'string')
    return {
      allows(origin) {
        const o = parseOrigin(origin)
        return o !== undefined && rules.some((r) => matches(o, r))
      }
    }
  }
  const cookieSite = opts.cookieDomain?.trim().toLowerCase().replace(/^\./, '')
  return {
    allows(origin, host) {
      const o = parseOrigin(origin)
      const site = cookieSite ?? siteOf(host)
      if (!o || !site) return false
      if (o.scheme === 'http' && !isLoopback(o.host)) return false
      if (o.host === site) return true
      // An IP address has no subdomains.
      return !IP.test(site) && o.host.endsWith(`.${site}`)
    }
  }
}
