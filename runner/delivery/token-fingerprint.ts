/**
 * Which access token a held circuit belongs to (pixel-circuits.ts), without the token: TikTok refusing one relay's
 * token (auth-fault.ts) holds the relays sending that pixel's events with that token, and no other relay on the store.
 * The store keeps the token's fingerprint, and relays with the same token must derive the same one, so it cannot be
 * keyed by a secret of one relay; nor by a key kept in the store beside it (whoever reads one reads both). It is
 * therefore a slow hash: scrypt (N 2^15, r 8: 32 MiB and 0.1 to 0.7 s), salted with the pixel, so testing a guessed
 * token against a stored fingerprint costs an scrypt each, as for the console's key (console/session.ts). A token is
 * hashed only when a circuit names a fingerprint or TikTok refuses it, once per relay (cached), off the event loop.
 */
import { scrypt } from 'node:crypto'

const SALT = 'tiktok-events-relay held token\u0000'
const PARAMS = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 << 20 }

/** The fingerprint of `token` for `pixel`: 32 hex digits of scrypt; never the token or a fast hash of it. */
export function tokenFingerprint(token: string, pixel: string): Promise<string> {
  return new Promise((resolve, reject) =>
    scrypt(token, SALT + pixel, 16, PARAMS, (err, key) => (err ? reject(err) : resolve(key.toString('hex'))))
  )
}

/** The first 8 digits, for logs and sentences: enough to tell tokens apart, no cheaper to test guesses against. */
export const shortFingerprint = (fingerprint: string) => fingerprint.slice(0, 8)

export interface RouteTokens {
  /** The fingerprint of the route's token for its pixel; undefined for a route with no token (dry run). */
  ofRoute(routeId: string): Promise<string | undefined>
  /** The fingerprints of every token this relay sends the pixel's events with. */
  ofPixel(pixel: string): Promise<Set<string>>
}

/** The fingerprints of the relay's routes' tokens, each computed once, when first asked for. */
export function routeTokens(
  routes: Map<string, { accessToken?: string; settings: { pixelCode?: string } }>
): RouteTokens {
  const cache = new Map<string, Promise<string>>()
  const of = (token: string, pixel: string) => {
    const key = `${pixel}\u0000${token}`
    let fp = cache.get(key)
    if (!fp) {
      fp = tokenFingerprint(token, pixel)
      cache.set(key, fp)
    }
    return fp
  }
  return {
    async ofRoute(routeId) {
      const route = routes.get(routeId)
      const pixel = route?.settings.pixelCode
      return route?.accessToken && pixel ? of(route.accessToken, pixel) : undefined
    },
    async ofPixel(pixel) {
      const tokens = [...routes.values()].filter((r) => r.accessToken && r.settings.pixelCode === pixel)
      return new Set(await Promise.all(tokens.map((r) => of(r.accessToken!, pixel))))
    }
  }
}
