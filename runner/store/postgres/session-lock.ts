/**
 * "One relay at a time" for background work (retention, partition upkeep): a session-level advisory lock taken with
 * pg_try_advisory_lock on a connection reserved for the work. Whoever does not get it skips the round; a relay that
 * dies holding it frees it when PostgreSQL drops its connection.
 */
import type postgres from 'postgres'
import type { Connection } from './connect.ts'

export type Reserved = postgres.ReservedSql<Record<string, never>>

/** Runs `work` holding the lock, or returns undefined at once when another session holds it. */
export async function withSessionLock<R>(
  conn: Connection,
  key: number,
  work: (reserved: Reserved) => Promise<R>
): Promise<R | undefined> {
  let reserved: Reserved
  try {
    reserved = (await conn.sql.reserve()) as unknown as Reserved
  } catch (err) {
    throw conn.typed(err)
  }
  let locked = false
  try {
    const [row] = await reserved<{ locked: boolean }[]>`SELECT pg_try_advisory_lock(${key}) AS locked`
    locked = row!.locked
    if (!locked) return undefined
    return await work(reserved)
  } catch (err) {
    throw conn.typed(err)
  } finally {
    if (locked) await reserved`SELECT pg_advisory_unlock(${key})`.catch(() => {})
    reserved.release()
  }
}
