/**
 * Retention in PostgreSQL, done by one relay at a time (a session advisory lock; the others skip the round): dead
 * letters and profiles past their limits and message claims past the dedup window, deleted in chunks, each chunk its
 * own short transaction.
 */
import type { RetentionLimits } from '../prune-expired.ts'
import type { StorePruned } from '../store-interface.ts'
import type { Connection } from './connect.ts'
import { LOCK } from './locks.ts'
import { withSessionLock } from './session-lock.ts'

const CHUNK = 5000
const DELETE = {
  deadLetters: `DELETE FROM dead_letters WHERE id IN (SELECT id FROM dead_letters WHERE dead_at < $1 LIMIT ${CHUNK})`,
  profiles: `DELETE FROM profiles WHERE key IN (SELECT key FROM profiles WHERE updated_at < $1 LIMIT ${CHUNK})`,
  claims: `DELETE FROM message_claims WHERE key IN (SELECT key FROM message_claims WHERE claimed_at < $1 LIMIT ${CHUNK})`
}

export async function pruneExpired(
  conn: Connection,
  limits: RetentionLimits,
  dedupWindowMs: number,
  now: number
): Promise<StorePruned> {
  const done = await withSessionLock(conn, LOCK.prune, async (db) => {
    const loop = async (sql: string, maxAgeMs?: number) => {
      if (!maxAgeMs) return 0
      let total = 0
      for (;;) {
        const n = (await db.query(sql, [now - maxAgeMs])).rowCount ?? 0
        total += n
        if (n < CHUNK) return total
      }
    }
    return {
      deadLetters: await loop(DELETE.deadLetters, limits.deadLetterMaxAgeMs),
      profiles: await loop(DELETE.profiles, limits.profileMaxAgeMs),
      claims: await loop(DELETE.claims, dedupWindowMs),
      ranHere: true
    }
  })
  return done ?? { deadLetters: 0, profiles: 0, claims: 0, ranHere: false }
}
