/**
 * Writes a group commit's events into the queue: the payload rows with multi-row INSERTs (a statement per event cost
 * more in the binding than in SQLite), then every state row with ONE INSERT ... SELECT over the ids just made.
 * Runs inside the caller's transaction.
 */
import type { EnqueueItem } from './relay-store.ts'
import type { SqlDatabase, SqlValue } from './sqlite-driver.ts'

/** The payload columns queue_events and dead_letters share (dead-letters.ts moves rows between them). */
export const EVENT_COLUMNS =
  'route_id, pixel_code, event_source, test_event_code, event_id, event_name, event_json, enqueued_at'
/** Statement sizes, largest first: a round of n events uses at most a few statements, all prepared once. */
const CHUNKS = [64, 16, 4, 1]
const INSERT_SQL = new Map(
  CHUNKS.map((rows) => [
    rows,
    `INSERT INTO queue_events (${EVENT_COLUMNS}) VALUES ${Array.from({ length: rows }, () => '(?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`
  ])
)

/**
 * Rowids of a table without AUTOINCREMENT are max(id) + 1 per row: the rows a transaction inserts after reading
 * this are exactly those above it.
 */
export function lastEventId(db: SqlDatabase): number {
  return Number(db.prepare<{ m: number | null }>('SELECT max(id) AS m FROM queue_events').get()?.m ?? 0)
}

/** The queue (state) rows of every payload row above `afterId`, ready at `availableAt`. */
export function queueEventsAbove(db: SqlDatabase, afterId: number, availableAt: number): void {
  db.prepare('INSERT INTO queue (id, available_at) SELECT id, ? FROM queue_events WHERE id > ?').run(
    availableAt,
    afterId
  )
}

function rowParams(item: EnqueueItem, now: number, out: SqlValue[]): void {
  out.push(
    item.route.routeId,
    item.route.pixelCode,
    item.route.eventSource,
    item.route.testEventCode ?? null,
    item.event.event_id ?? null,
    item.event.event,
    JSON.stringify(item.event),
    now
  )
}

export function insertEvents(db: SqlDatabase, items: EnqueueItem[], now: number): void {
  if (items.length === 0) return
  const before = lastEventId(db)
  let at = 0
  for (const size of CHUNKS) {
    const statement = db.prepare(INSERT_SQL.get(size)!)
    const params: SqlValue[] = []
    while (items.length - at >= size) {
      params.length = 0
      for (let i = at; i < at + size; i++) rowParams(items[i]!, now, params)
      statement.run(...params)
      at += size
    }
  }
  queueEventsAbove(db, before, now)
}
