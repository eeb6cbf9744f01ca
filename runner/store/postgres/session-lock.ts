/**
 * "One relay at a time" for background work (retention, partition upkeep): a session-level advisory lock taken with
 * pg_try_advisory_lock on a connection reserved for the work. Whoever does not get it skips the round; a relay that
 * dies holding it frees it when PostgreSQL drops its connection.
 */
import type { Connection, Reserved } from './connect.ts'

/** Runs `work` holding the lock, or returns undefined at once when another session holds it. */
export async function withSessionLock<R>(
  conn: Connection,
  key: number,
  work: (db: Reserved) => Promise<R>
): Promise<R | undefined> {
  const db = await conn.reserve()
  let locked = false
  let broken = false
  try {
    const { rows } = await db.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [key])
    locked = rows[0]!.locked
    if (!locked) return undefined
    return await work(db)
  } catch (err) {
    broken = true
    throw conn.typed(err)
  } finally {
    if (locked && !broken) await db.query('SELECT pg_advisory_unlock($1)', [key]).catch(() => {})
    // A connection whose work failed half-way may still hold the lock or a setting: it is closed, not pooled.
    db.release(broken)
  }
}
