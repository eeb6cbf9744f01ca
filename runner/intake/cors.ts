/**
 * CORS for the tracking endpoints (POST /v1/*, /beacon/v1/batch, /collect and their preflights). Two answers:
 *
 * - an origin allowed credentials (allowed-origins.ts) gets itself echoed with `Access-Control-Allow-Credentials`,
 *   so the collector's cookies work from the site's own pages;
 * - any other origin, `null` included, gets `Access-Control-Allow-Origin: *` without credentials: tracking calls
 *   that carry no cookies keep working from anywhere, as analytics.js (text/plain, no credentials) and RudderStack's
 *   JS SDK (a Basic-auth header, so a preflight) need. A browser refuses a credentialed call such an answer, and
 *   the relay on its side neither reads nor sets cookies for it.
 *
 * Admin endpoints get no CORS headers at all (admin-guard.ts): their answers are never readable cross-origin.
 */
import { type OriginPolicy, requestHost } from './allowed-origins.ts'

export interface CorsPolicy {
  /**
   * Whether this request may use the relay's cookies: a call with no Origin (server libraries, same-origin reads)
   * or from an allowed origin. Browsers send Origin with every cross-origin request and every POST.
   */
  credentialed(req: Request): boolean
  /** The CORS headers of a tracking endpoint's answer to `req`. */
  headers(req: Request): Record<string, string>
  /** The answer to a preflight for a tracking endpoint. */
  preflight(req: Request): Response
}

export function createCorsPolicy(origins: OriginPolicy): CorsPolicy {
  const credentialed = (req: Request) => {
    const origin = req.headers.get('origin')
    return origin === null || origins.allows(origin, requestHost(req))
  }
  const headers = (req: Request): Record<string, string> => {
    const origin = req.headers.get('origin')
    if (origin === null) return { vary: 'Origin' }
    if (origins.allows(origin, requestHost(req))) {
      return { 'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true', vary: 'Origin' }
    }
    return { 'access-control-allow-origin': '*', vary: 'Origin' }
  }
  return {
    credentialed,
    headers,
    preflight(req) {
      return new Response(null, {
        status: 204,
        headers: {
          ...headers(req),
          'access-control-allow-methods': 'POST, OPTIONS',
          'access-control-allow-headers':
            req.headers.get('access-control-request-headers') ?? 'Content-Type, Authorization, Content-Encoding',
          'access-control-max-age': '7200'
        }
      })
    }
  }
}
