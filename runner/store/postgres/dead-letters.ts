/** Dead letters in PostgreSQL: filtered counts and lists, and replay as fresh events (new ids, attempts and age reset). */
import type { DeadLetter, DeadLetterFilter, DeadLetterStore } from '../store-interface.ts'
import type { Connection } from './connect.ts'
import { addCounter } from './counters.ts'
import type { Partitions } from './partitions.ts'

/** The filter as SQL over dead_letters, its values as parameters ($1...). */
function where(filter: DeadLetterFilter): { sql: string; params: Array<string | number> } {
  const clauses: string[] = []
  const params: Array<string | number> = []
  const add = (clause: string, value: string | number) => {
    params.push(value)
    clauses.push(clause.replace('?', `$${params.length}`))
  }
  if (filter.pixelCode) add('pixel_code = ?', filter.pixelCode)
  if (filter.eventName) add('event_name = ?', filter.eventName)
  if (filter.since !== undefined) add('dead_at >= ?', filter.since)
  if (filter.until !== undefined) add('dead_at < ?', filter.until)
  if (filter.ids) add('id IN (SELECT jsonb_array_elements_text(?::jsonb)::bigint)', JSON.stringify(filter.ids))
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params }
}

const toDeadLetter = (r: Record<string, any>): DeadLetter => ({
  id: r.id,
  routeId: r.route_id,
  pixelCode: r.pixel_code,
  eventId: r.event_id,
  eventName: r.event_name,
  attempts: r.attempts,
  deadAt: r.dead_at,
  errorCode: r.error_code,
  errorMessage: r.error_message
})

export function createDeadLetters(
  conn: Connection,
  partitions: Partitions,
  shard: number,
  onRequeued: () => void
): DeadLetterStore {
  const count = async (filter: DeadLetterFilter) => {
    const w = where(filter)
    return Number((await conn.query(`SELECT count(*) AS n FROM dead_letters ${w.sql}`, w.params))[0]!.n)
  }
  return {
    count: (filter = {}) => count(filter),
    async list(filter, limit) {
      const w = where(filter)
      const rows = await conn.query(
        `SELECT id, route_id, pixel_code, event_id, event_name, attempts, dead_at, error_code, error_message
         FROM dead_letters ${w.sql} ORDER BY id DESC LIMIT ${Math.max(0, Math.floor(limit))}`,
        w.params
      )
      return rows.map(toDeadLetter)
    },
    async replay(filter, now) {
      const w = where(filter)
      // Partitions for the new ids first (a replay may be larger than what is kept ahead).
      const pending = await count(filter)
      if (pending === 0) return 0
      await partitions.ensureFor((await partitions.nextId()) + pending)
      const at = `$${w.params.length + 1}`
      const moved = await conn.transaction(async (tx) => {
        const { rowCount } = await tx.query(
          `WITH gone AS (DELETE FROM dead_letters ${w.sql} RETURNING *),
           ev AS (
             INSERT INTO queue_events (route_id, pixel_code, event_source, test_event_code, event_id, event_name,
               event_json, enqueued_at)
             SELECT route_id, pixel_code, event_source, test_event_code, event_id, event_name, event_json, ${at}::bigint
             FROM gone ORDER BY id
             RETURNING id, pixel_code
           )
           INSERT INTO queue (id, pixel_code, available_at, enqueued_at)
           SELECT id, pixel_code, ${at}::bigint, ${at}::bigint FROM ev`,
          [...w.params, now]
        )
        await addCounter(tx, shard, 'replayed', rowCount)
        return rowCount ?? 0
      })
      if (moved > 0) onRequeued()
      return moved
    }
  }
}
