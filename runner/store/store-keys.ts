/**
 * The keys both stores file rows under, so that neither holds a raw id: a profile row is keyed by the hex SHA-256 of
 * `u:<userId>` / `a:<anonymousId>` (a userId may itself be an email; profiles-table.ts uses the same key), a message
 * claim by the first 16 bytes of SHA-256 of `<routeId>\0<messageId>` as 32 hex digits (128 bits: no collision is
 * expected within a dedup window; PostgreSQL stores it as a uuid, 16 bytes).
 */
import { createHash } from 'node:crypto'
import { nativeSha256Hex } from '../../destinations/tiktok/native-sha256.ts'
import type { MessageClaim } from './store-interface.ts'

export type ProfileKind = 'u' | 'a'

/**
 * Hex SHA-256: node:crypto's one-shot hash() where it is the quicker call (Bun, Node >= 20.12: an import claims a
 * key a row, and createHash() + update() + digest() cost it ~1.5 us more a row on Bun), else createHash().
 */
const sha256Hex = nativeSha256Hex() ?? ((text: string) => createHash('sha256').update(text).digest('hex'))

export function profileKey(kind: ProfileKind, id: string): string {
  return profileKeyOf(`${kind}:${id}`)
}

/** profileKey of an id already written as `<kind>:<id>` (profiles-table.ts keys its memory so). */
export function profileKeyOf(kindAndId: string): string {
  return sha256Hex(kindAndId)
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
  // One map serves as the set of keys seen and, once they are sorted, as each key's position.
  const position = new Map<string, number>()
  const first = raw.map((k) => !position.has(k) && position.set(k, 0) !== undefined)
  const keys = [...position.keys()].sort()
  for (let i = 0; i < keys.length; i++) position.set(keys[i]!, i)
  const keyIndex = raw.map((k, i) => (first[i] ? position.get(k)! : -1))
  return { keys, keyIndex }
}
