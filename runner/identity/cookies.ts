/**
 * Reading the Cookie header and writing the relay's first-party cookies. Server-set (not document.cookie), so
 * browsers that cap script-written cookies at 7 days keep them for the full 400 days.
 */
export const TTP_COOKIE = '_ttp'
export const TTCLID_COOKIE = 'ttclid'
/** 400 days: the longest lifetime browsers honour. */
export const COOKIE_MAX_AGE_SECONDS = 34_560_000

export function parseCookies(header: string | null): Record<string, string> {
  const out: Record<string, string> = {}
  if (!header) return out
  for (const part of header.split(';')) {
    const eq = part.indexOf('=')
    if (eq <= 0) continue
    const name = part.slice(0, eq).trim()
    let value = part.slice(eq + 1).trim()
    if (value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1)
    try {
      value = decodeURIComponent(value)
    } catch {
      // Leave a value that is not percent-encoded as it came.
    }
    if (name && !(name in out)) out[name] = value
  }
  return out
}

/** Cookie values we write are ULIDs and click ids; anything outside this set is refused rather than escaped. */
const SAFE_VALUE = /^[A-Za-z0-9._~+\-/=]{1,512}$/

export function serializeCookie(name: string, value: string, domain: string | undefined): string | undefined {
  if (!SAFE_VALUE.test(value)) return undefined
  const parts = [`${name}=${value}`, `Max-Age=${COOKIE_MAX_AGE_SECONDS}`, 'Path=/', 'Secure', 'SameSite=Lax']
  if (domain) parts.push(`Domain=${domain}`)
  return parts.join('; ')
}
