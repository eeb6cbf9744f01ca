/** Dead letters: events TikTok rejected for good or that ran out of attempts, with TikTok's message; replayable. */
import { addToCounter } from './counters.ts'
import { EVENT_COLUMNS, lastEventId, queueEventsAbove } from './insert-events.ts'
import type { SqlDatabase, SqlValue } from './sqlite-driver.ts'

export interface DeadLetterFilter {
  pixelCode?: string
  /** TikTok event name, e.g. Purchase. */
  eventName?: string
  /** Dead-lettered at or after this time (epoch ms). */
  since?: number
  /** Dead-lettered before this time (epoch ms). */
  until?: number
  /** These dead letters only (the console's replay of one or a selection). */
  ids?: number[]
}

export interface DeadLetter {
  id: number
  routeId: string
  pixelCode: string
  eventId: string | null
  eventName: string
  attempts: number
  deadAt: number
  errorCode: number | null
  errorMessage: string
}

export interface DeadLetters {
  count(filter?: DeadLetterFilter): number
  list(filter: DeadLetterFilter, limit: number): DeadLetter[]
  /** Moves matching dead letters back to the queue as fresh events (attempts and age reset); returns how many. */
  replay(filter: DeadLetterFilter, now: number): number
}

function where(filter: DeadLetterFilter): { sql: string; params: SqlValue[] } {
  const clauses: string[] = []
  const params: SqlValue[] = []
  const add = (clause: string, value: SqlValue) => {
    clauses.push(clause)
    params.push(value)
  }
  if (filter.pixelCode) add('pixel_code = ?', filter.pixelCode)
  if (filter.eventName) add('event_name = ?', filter.eventName)
  if (filter.since !== undefined) add('dead_at >= ?', filter.since)
  if (filter.until !== undefined) add('dead_at < ?', filter.until)
  if (filter.ids) add('id IN (SELECT value FROM json_each(?))', JSON.stringify(filter.ids))
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params }
}

export function createDeadLetters(db: SqlDatabase, onRequeued: () => void): DeadLetters {
  return {
    count(filter = {}) {
      const w = where(filter)
      return Number(db.prepare<{ n: number }>(`SELECT count(*) AS n FROM dead_letters ${w.sql}`).get(...w.params)!.n)
    },
    list(filter, limit) {
      const w = where(filter)
      return db
        .prepare<Record<string, any>>(
          `SELECT id, route_id, pixel_code, event_id, event_name, attempts, dead_at, error_code, error_message
           FROM dead_letters ${w.sql} ORDER BY id DESC LIMIT ?`
        )
        .all(...w.params, limit)
        .map((r) => ({
          id: r.id,
          routeId: r.route_id,
          pixelCode: r.pixel_code,
          eventId: r.event_id,
          eventName: r.event_name,
          attempts: r.attempts,
          deadAt: r.dead_at,
          errorCode: r.error_code,
          errorMessage: r.error_message
        }))
    },
    replay(filter, now) {
      const w = where(filter)
      const moved = db.transaction(() => {
        const before = lastEventId(db)
        const { changes } = db
          .prepare(
            `INSERT INTO queue_events (${EVENT_COLUMNS})
             SELECT route_id, pixel_code, event_source, test_event_code, event_id, event_name, event_json, ?
             FROM dead_letters ${w.sql} ORDER BY id`
          )
          .run(now, ...w.params)
        queueEventsAbove(db, before, now)
        db.prepare(`DELETE FROM dead_letters ${w.sql}`).run(...w.params)
        addToCounter(db, 'replayed', changes)
        return changes
      })
      if (moved > 0) onRequeued()
      return moved
    }
  }
}
