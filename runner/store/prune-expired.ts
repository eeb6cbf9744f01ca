/**
 * Retention: dead letters older than their days, and hashed profiles no identify refreshed within theirs, are
 * deleted. A dead letter is for looking at and replaying; a profile is useful while the visitor's cookies live
 * (400 days); past that both are only data kept about people. Deleted in chunks, each its own short transaction,
 * because intake's commits wait for the write lock while one runs.
 */
import type { SqlDatabase } from './sqlite-driver.ts'

export interface RetentionLimits {
  /** 0 or absent: kept forever. */
  deadLetterMaxAgeMs?: number
  profileMaxAgeMs?: number
}

export interface Pruned {
  deadLetters: number
  profiles: number
}

const CHUNK = 5000

/** One chunk of each table; the caller repeats while a chunk came back full. */
export function pruneChunk(db: SqlDatabase, limits: RetentionLimits, now: number): Pruned {
  return db.transaction(() => ({
    deadLetters: limits.deadLetterMaxAgeMs
      ? db
          .prepare('DELETE FROM dead_letters WHERE id IN (SELECT id FROM dead_letters WHERE dead_at < ? LIMIT ?)')
          .run(now - limits.deadLetterMaxAgeMs, CHUNK).changes
      : 0,
    profiles: limits.profileMaxAgeMs
      ? db
          .prepare('DELETE FROM profiles WHERE key IN (SELECT key FROM profiles WHERE updated_at < ? LIMIT ?)')
          .run(now - limits.profileMaxAgeMs, CHUNK).changes
      : 0
  }))
}

/** Every expired row, chunk by chunk, letting other work run between chunks. */
export async function pruneExpired(db: SqlDatabase, limits: RetentionLimits, now: number): Promise<Pruned> {
  const total: Pruned = { deadLetters: 0, profiles: 0 }
  for (;;) {
    const chunk = pruneChunk(db, limits, now)
    total.deadLetters += chunk.deadLetters
    total.profiles += chunk.profiles
    if (chunk.deadLetters < CHUNK && chunk.profiles < CHUNK) return total
    await new Promise((resolve) => setTimeout(resolve, 0))
  }
}
