/**
 * Which ttclid (TikTok click id) an event carries. Same order as TikTok's own server tag: the page URL's query,
 * then the referrer's query when the referrer is on the same host (the landing page before an in-site navigation),
 * then an explicit value (the first-party `ttclid` cookie, context or properties).
 * URLs are scanned by hand instead of with `new URL`: this runs for every event and the WHATWG parser (then
 * regular expressions) were a measurable share of building one. Only the host and one query parameter are needed.
 */

export interface ClickIdSources {
  url?: string
  referrer?: string
  ttclid?: string
}

const SLASH = 47
const QUESTION = 63
const HASH = 35

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122)

/** `^[a-z][a-z0-9+.-]*$` (case-insensitive) over url[0, end), scanned in place instead of slicing for a regex. */
function isScheme(url: string, end: number): boolean {
  if (!isLetter(url.charCodeAt(0))) return false
  for (let i = 1; i < end; i++) {
    const c = url.charCodeAt(i)
    if (!isLetter(c) && !(c >= 48 && c <= 57) && c !== 43 && c !== 45 && c !== 46) return false
  }
  return true
}

/** scheme://[userinfo@]host[:port] -> host[:port], lower-cased; undefined without a scheme and authority. */
function hostOf(url: string | undefined): string | undefined {
  if (typeof url !== 'string') return undefined
  const schemeEnd = url.indexOf('://')
  // A scheme is letters, digits, + - . only; a '/', '?' or '#' before '://' means it is not the URL's own scheme.
  if (schemeEnd <= 0 || !isScheme(url, schemeEnd)) return undefined
  const start = schemeEnd + 3
  let end = start
  for (; end < url.length; end++) {
    const c = url.charCodeAt(end)
    if (c === SLASH || c === QUESTION || c === HASH) break
  }
  const authority = url.slice(start, end)
  const host = authority.slice(authority.lastIndexOf('@') + 1)
  return host ? host.toLowerCase() : undefined
}

/** The first ttclid query parameter (before any #fragment), decoded as URLSearchParams would (`+` is a space). */
function ttclidOf(url: string | undefined): string | undefined {
  if (typeof url !== 'string') return undefined
  let at = url.indexOf('ttclid=')
  if (at === -1) return undefined
  const query = url.indexOf('?')
  const fragment = url.indexOf('#')
  const queryEnd = fragment === -1 ? url.length : fragment
  if (query === -1 || query > queryEnd) return undefined
  // The name must start a parameter: right after the '?' or an '&' ("my_ttclid=" is another parameter).
  while (at !== -1 && (at <= query || (url.charCodeAt(at - 1) !== QUESTION && url.charCodeAt(at - 1) !== 38))) {
    at = url.indexOf('ttclid=', at + 1)
  }
  if (at === -1 || at >= queryEnd) return undefined
  const valueStart = at + 7
  let valueEnd = url.indexOf('&', valueStart)
  if (valueEnd === -1 || valueEnd > queryEnd) valueEnd = queryEnd
  let value = url.slice(valueStart, valueEnd)
  if (value.includes('%') || value.includes('+')) {
    try {
      value = decodeURIComponent(value.replace(/\+/g, ' '))
    } catch {
      // A malformed %-escape: the click id cannot be trusted, use the next source.
      return undefined
    }
  }
  value = value.trim()
  return value ? value : undefined
}

export function resolveClickId(sources: ClickIdSources): string | undefined {
  const fromPage = ttclidOf(sources.url)
  if (fromPage) return fromPage
  const fromReferrer = ttclidOf(sources.referrer)
  if (fromReferrer) {
    const pageHost = hostOf(sources.url)
    if (pageHost !== undefined && hostOf(sources.referrer) === pageHost) return fromReferrer
  }
  const explicit = typeof sources.ttclid === 'string' ? sources.ttclid.trim() : ''
  return explicit ? explicit : undefined
}
