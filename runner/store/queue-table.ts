/**
 * The delivery queue's state changes: lease, ack, reschedule, dead-letter. Each call is one transaction. A leased
 * row carries its owner and an expiry (`lease_until`): a crashed worker's rows come back when its heartbeat goes
 * stale (reclaimStale), and any lease past its expiry comes back when a worker starts (releaseExpired).
 */
import type { EventSource } from '../../destinations/tiktok/core/contract.ts'
import { addToCounter } from './counters.ts'
import { IN_IDS, idsWhere } from './id-range.ts'
import type { DeliveryRoute } from './relay-store.ts'
import type { SqlDatabase } from './sqlite-driver.ts'

export interface LeasedEvent {
  id: number
  route: DeliveryRoute
  /** The TikTokEvent as stored (JSON text). */
  eventJson: string
  /** Its event_id (TikTok deduplicates by it), when it has one: one request never carries an event_id twice. */
  eventId?: string
  attempts: number
  enqueuedAt: number
}

export interface DeliveryFailure {
  code?: number
  message: string
}

/** Which pixels' rows a lease may take (store-interface.ts LeaseFilter). */
export interface PixelFilter {
  exceptPixels?: string[]
  onlyPixels?: string[]
}

export interface DeliveryQueue {
  /** Leases up to `limit` ready rows (oldest first) until `leaseUntil`, of the pixels `filter` lets through. */
  lease(owner: string, limit: number, now: number, leaseUntil: number, filter?: PixelFilter): LeasedEvent[]
  /** Extends the leases `owner` still holds among `ids`; returns the ids it no longer holds. */
  renew(owner: string, ids: number[], leaseUntil: number): number[]
  /** Delivered: the rows leave the queue. */
  ack(ids: number[]): void
  /** Back to the queue at `availableAt`; `failed` counts an attempt and records the reason. */
  reschedule(ids: number[], availableAt: number, failed?: DeliveryFailure): void
  deadLetter(ids: number[], failure: DeliveryFailure, now: number): void
  heartbeat(owner: string, now: number): void
  /** Takes back the leases of owners whose heartbeat is older than `staleBefore`; returns how many rows. */
  reclaimStale(staleBefore: number): number
  /** Takes back every lease whose expiry has passed, whoever holds it; returns how many rows. */
  releaseExpired(now: number): number
  removeOwner(owner: string): void
  depth(): number
  /** When the event first in line (the lowest id still queued) was enqueued; undefined for an empty queue. */
  firstInLineEnqueuedAt(): number | undefined
}

interface PayloadRow {
  id: number
  route_id: string
  pixel_code: string
  event_source: EventSource
  test_event_code: string | null
  event_id: string | null
  event_json: string
  enqueued_at: number
}

const ids = (list: number[]) => JSON.stringify(list)

/** A leased row as the worker holds it; properties set one by one (spreading optional ones cost ~0.1 µs a row). */
function toLeased(r: PayloadRow, attempts: number): LeasedEvent {
  const route: DeliveryRoute = { routeId: r.route_id, pixelCode: r.pixel_code, eventSource: r.event_source }
  if (r.test_event_code) route.testEventCode = r.test_event_code
  const leased: LeasedEvent = { id: r.id, route, eventJson: r.event_json, attempts, enqueuedAt: r.enqueued_at }
  if (r.event_id) leased.eventId = r.event_id
  return leased
}

/**
 * The ready rows to lease, earliest first. Without a pixel filter: the ready index alone. With one: the state table
 * holds no pixel, so each ready row (walked in the index's order, CROSS JOIN keeping it the outer loop) looks up its
 * payload row by id for the pixel; the rows of excluded pixels are skipped, which costs a walk past them while they
 * are first in line.
 */
function pickReady(db: SqlDatabase, now: number, limit: number, filter?: PixelFilter) {
  const except = filter?.exceptPixels ?? []
  const only = filter?.onlyPixels
  if (except.length === 0 && only === undefined)
    return db
      .prepare<{ id: number; attempts: number }>(
        'SELECT id, attempts FROM queue WHERE lease_owner IS NULL AND available_at <= ? ORDER BY available_at LIMIT ?'
      )
      .all(now, limit)
  return db
    .prepare<{ id: number; attempts: number }>(
      `SELECT q.id AS id, q.attempts AS attempts FROM queue q CROSS JOIN queue_events e ON e.id = q.id
       WHERE q.lease_owner IS NULL AND q.available_at <= ?
         AND e.pixel_code NOT IN (SELECT value FROM json_each(?))
         AND (? IS NULL OR e.pixel_code IN (SELECT value FROM json_each(?)))
       ORDER BY q.available_at LIMIT ?`
    )
    .all(now, JSON.stringify(except), only ? 1 : null, JSON.stringify(only ?? []), limit)
}

export function createDeliveryQueue(db: SqlDatabase): DeliveryQueue {
  const remove = (list: number[]) => {
    const f = idsWhere(list)
    db.prepare(`DELETE FROM queue WHERE id ${f.sql}`).run(...f.params)
    return db.prepare(`DELETE FROM queue_events WHERE id ${f.sql}`).run(...f.params).changes
  }

  return {
    lease(owner, limit, now, leaseUntil, filter) {
      return db.transaction(() => {
        const state = pickReady(db, now, limit, filter)
        if (state.length === 0) return []
        const attempts = new Map(state.map((s) => [s.id, s.attempts]))
        const f = idsWhere([...attempts.keys()])
        db.prepare(`UPDATE queue SET lease_owner = ?, lease_until = ? WHERE id ${f.sql}`).run(
          owner,
          leaseUntil,
          ...f.params
        )
        // Ordered by id: the queue's order, and the order events reach TikTok within a route.
        return db
          .prepare<PayloadRow>(
            `SELECT id, route_id, pixel_code, event_source, test_event_code, event_id, event_json, enqueued_at
             FROM queue_events WHERE id ${f.sql} ORDER BY id`
          )
          .all(...f.params)
          .map((r) => toLeased(r, attempts.get(r.id)!))
      })
    },
    renew(owner, list, leaseUntil) {
      if (list.length === 0) return []
      return db.transaction(() => {
        const f = idsWhere(list)
        const held = new Set(
          db
            .prepare<{ id: number }>(`SELECT id FROM queue WHERE id ${f.sql} AND lease_owner = ?`)
            .all(...f.params, owner)
            .map((r) => r.id)
        )
        if (held.size > 0)
          db.prepare(`UPDATE queue SET lease_until = ? WHERE id ${f.sql} AND lease_owner = ?`).run(
            leaseUntil,
            ...f.params,
            owner
          )
        return list.filter((id) => !held.has(id))
      })
    },
    ack(list) {
      if (list.length === 0) return
      db.transaction(() => addToCounter(db, 'delivered', remove(list)))
    },
    reschedule(list, availableAt, failed) {
      if (list.length === 0) return
      db.transaction(() => {
        const f = idsWhere(list)
        db.prepare(
          `UPDATE queue SET available_at = ?, lease_owner = NULL, lease_until = NULL, attempts = attempts + ?,
             last_error = coalesce(?, last_error)
           WHERE id ${f.sql}`
        ).run(availableAt, failed ? 1 : 0, failed ? failed.message : null, ...f.params)
        if (failed) addToCounter(db, 'retried', list.length)
      })
    },
    deadLetter(list, failure, now) {
      if (list.length === 0) return
      db.transaction(() => {
        const { changes } = db
          .prepare(
            `INSERT INTO dead_letters (route_id, pixel_code, event_source, test_event_code, event_id, event_name,
               event_json, enqueued_at, attempts, dead_at, error_code, error_message)
             SELECT e.route_id, e.pixel_code, e.event_source, e.test_event_code, e.event_id, e.event_name,
               e.event_json, e.enqueued_at, q.attempts + 1, ?, ?, ?
             FROM queue_events e JOIN queue q ON q.id = e.id WHERE e.id ${IN_IDS}`
          )
          .run(now, failure.code ?? null, failure.message, ids(list))
        remove(list)
        addToCounter(db, 'dead_lettered', changes)
      })
    },
    heartbeat(owner, now) {
      db.prepare(
        `INSERT INTO lease_owners (owner, heartbeat_at) VALUES (?, ?)
         ON CONFLICT (owner) DO UPDATE SET heartbeat_at = excluded.heartbeat_at`
      ).run(owner, now)
    },
    reclaimStale(staleBefore) {
      const stale = db
        .prepare<{ owner: string }>('SELECT owner FROM lease_owners WHERE heartbeat_at < ?')
        .all(staleBefore)
      if (stale.length === 0) return 0
      return db.transaction(() => {
        let n = 0
        for (const { owner } of stale) {
          // A scan of the small state table; it only happens after a worker died.
          n += db
            .prepare('UPDATE queue SET lease_owner = NULL, lease_until = NULL WHERE lease_owner = ?')
            .run(owner).changes
          db.prepare('DELETE FROM lease_owners WHERE owner = ?').run(owner)
        }
        return n
      })
    },
    releaseExpired(now) {
      return db.transaction(
        () =>
          db
            .prepare(
              'UPDATE queue SET lease_owner = NULL, lease_until = NULL WHERE lease_owner IS NOT NULL AND lease_until <= ?'
            )
            .run(now).changes
      )
    },
    removeOwner(owner) {
      db.prepare('DELETE FROM lease_owners WHERE owner = ?').run(owner)
    },
    depth: () => Number(db.prepare<{ n: number }>('SELECT count(*) AS n FROM queue').get()!.n),
    firstInLineEnqueuedAt() {
      // By id, not min(enqueued_at): the primary key answers at once, a minimum would scan a million rows.
      const row = db.prepare<{ at: number }>('SELECT enqueued_at AS at FROM queue_events ORDER BY id LIMIT 1').get()
      return row ? Number(row.at) : undefined
    }
  }
}
