/**
 * Which ttclid (TikTok click id) an event carries. Same order as TikTok's own server tag: the page URL's query,
 * then the referrer's query when the referrer is on the same host (the landing page before an in-site navigation),
 * then an explicit value (the first-party `ttclid` cookie, context or properties).
 */

export interface ClickIdSources {
  url?: string
  referrer?: string
  ttclid?: string
}

function parseUrl(value: string | undefined): URL | undefined {
  // Most URLs carry no click id: skip the URL parser for them.
  if (!value?.includes('ttclid=')) return undefined
  try {
    return new URL(value)
  } catch {
    return undefined
  }
}

function ttclidOf(url: URL | undefined): string | undefined {
  const value = url?.searchParams.get('ttclid')?.trim()
  return value ? value : undefined
}

function hostOf(value: string | undefined): string | undefined {
  if (!value) return undefined
  try {
    return new URL(value).host.toLowerCase()
  } catch {
    return undefined
  }
}

export function resolveClickId(sources: ClickIdSources): string | undefined {
  const fromPage = ttclidOf(parseUrl(sources.url))
  if (fromPage) return fromPage
  const referrer = parseUrl(sources.referrer)
  if (referrer) {
    const pageHost = hostOf(sources.url)
    if (pageHost !== undefined && referrer.host.toLowerCase() === pageHost) {
      const fromReferrer = ttclidOf(referrer)
      if (fromReferrer) return fromReferrer
    }
  }
  const explicit = typeof sources.ttclid === 'string' ? sources.ttclid.trim() : ''
  return explicit ? explicit : undefined
}
