/**
 * The keys both stores file rows under, so that neither holds a raw id: a profile row is keyed by the hex SHA-256 of
 * `u:<userId>` / `a:<anonymousId>` (a userId may itself be an email; profiles-table.ts uses the same key), a message
 * claim by the first 16 bytes of SHA-256 of `<routeId>\0<messageId>` as 32 hex digits (128 bits: no collision is
 * expected within a dedup window; PostgreSQL stores it as a uuid, 16 bytes).
 */
import * as crypto from 'node:crypto'
import type { MessageClaim } from './store-interface.ts'

export type ProfileKind = 'u' | 'a'

type OneShotHash = (algorithm: string, data: string, outputEncoding: 'hex') => string
const oneShot = (crypto as unknown as { hash?: OneShotHash }).hash
/**
 * Hex SHA-256 of a short text: node:crypto's one-shot hash() where the runtime has it (Bun, Node >= 20.12; ~0.25 us
 * against ~0.6 us for createHash() on Bun, a claim key per message at intake), createHash() elsewhere (and on Deno,
 * whose hash() is the slower of the two: docs/performance.md).
 */
const sha256Hex: (text: string) => string =
  typeof oneShot === 'function' && !('Deno' in globalThis)
    ? (text) => oneShot('sha256', text, 'hex')
    : (text) => crypto.createHash('sha256').update(text).digest('hex')

export function profileKey(kind: ProfileKind, id: string): string {
  return sha256Hex(`${kind}:${id}`)
}

export function claimKey(claim: MessageClaim): string {
  return sha256Hex(`${claim.routeId}\u0000${claim.messageId}`).slice(0, 32)
}

/**
 * The distinct keys of a request's claims, sorted so that every relay takes their locks in one order (no deadlock
 * between two requests), and for each claim the index of its key, or -1 for a repeat inside the request (the first
 * of a messageId wins).
 */
export function distinctClaims(claims: MessageClaim[]): { keys: string[]; keyIndex: number[] } {
  const raw = claims.map(claimKey)
  const keys = [...new Set(raw)].sort()
  const position = new Map(keys.map((k, i) => [k, i]))
  const seen = new Set<string>()
  const keyIndex = raw.map((k) => {
    if (seen.has(k)) return -1
    seen.add(k)
    return position.get(k)!
  })
  return { keys, keyIndex }
}
