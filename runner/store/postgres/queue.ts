/**
 * The delivery queue in PostgreSQL: leased with FOR UPDATE SKIP LOCKED (relays leasing at once each get other rows,
 * none waits), by owner with a heartbeat row, acked by deleting state rows (the payloads go with their partition,
 * partitions.ts). Each call is one transaction; the list of ids of a call also bounds it to the partitions its ids
 * live in (BETWEEN lowest AND highest), so PostgreSQL prunes the others.
 */
import type { EventSource } from '../../../destinations/tiktok/core/contract.ts'
import type { DeliveryFailure, LeasedEvent, QueueStore } from '../store-interface.ts'
import type { Connection } from './connect.ts'
import { addCounter } from './counters.ts'

interface LeasedRow {
  id: number
  route_id: string
  pixel_code: string
  event_source: EventSource
  test_event_code: string | null
  event_json: string
  enqueued_at: number
  attempts: number
}

function toLeased(r: LeasedRow): LeasedEvent {
  return {
    id: r.id,
    route: {
      routeId: r.route_id,
      pixelCode: r.pixel_code,
      eventSource: r.event_source,
      ...(r.test_event_code ? { testEventCode: r.test_event_code } : {})
    },
    eventJson: r.event_json,
    attempts: r.attempts,
    enqueuedAt: r.enqueued_at
  }
}

const bounds = (ids: number[]) => {
  let lo = ids[0]!
  let hi = lo
  for (const id of ids) {
    if (id < lo) lo = id
    if (id > hi) hi = id
  }
  return [lo, hi] as const
}

const LEASE_SQL = `
  WITH picked AS (
    SELECT id FROM queue
    WHERE lease_owner IS NULL AND available_at <= $1 AND pixel_code <> ALL($2::text[])
    ORDER BY available_at, id LIMIT $3
    FOR UPDATE SKIP LOCKED
  ), leased AS (
    UPDATE queue q SET lease_owner = $4, lease_until = $5
    FROM picked WHERE q.id = picked.id
    RETURNING q.id, q.attempts
  )
  SELECT l.id, e.route_id, e.pixel_code, e.event_source, e.test_event_code, e.event_json, e.enqueued_at, l.attempts
  FROM leased l CROSS JOIN LATERAL (SELECT * FROM queue_events qe WHERE qe.id = l.id) e
  ORDER BY l.id`

/** The ids of a call, also as a range: PostgreSQL then looks only in the partitions holding them. */
const IDS = 'id BETWEEN $1 AND $2 AND id = ANY($3::bigint[])'
const idParams = (ids: number[]) => {
  const [lo, hi] = bounds(ids)
  return [lo, hi, ids]
}

export function createQueue(conn: Connection, shard: number): QueueStore {
  return {
    lease(owner, limit, now, leaseUntil, filter) {
      const except = filter?.exceptPixels ?? []
      // The payload is read per leased row (LATERAL): an index probe in the one partition holding that id.
      return conn.transaction(async (tx) =>
        (await tx.query<LeasedRow>(LEASE_SQL, [now, except, limit, owner, leaseUntil])).rows.map(toLeased)
      )
    },
    async ack(ids) {
      if (ids.length === 0) return
      await conn.transaction(async (tx) => {
        const gone = await tx.query(`DELETE FROM queue WHERE ${IDS}`, idParams(ids))
        await addCounter(tx, shard, 'delivered', gone.rowCount)
      })
    },
    async reschedule(ids, availableAt, failed?: DeliveryFailure) {
      if (ids.length === 0) return
      await conn.transaction(async (tx) => {
        const changed = await tx.query(
          `UPDATE queue SET available_at = $4, lease_owner = NULL, lease_until = NULL, attempts = attempts + $5,
             last_error = coalesce($6, last_error)
           WHERE ${IDS}`,
          [...idParams(ids), availableAt, failed ? 1 : 0, failed?.message ?? null]
        )
        if (failed) await addCounter(tx, shard, 'retried', changed.rowCount)
      })
    },
    async deadLetter(ids, failure, now) {
      if (ids.length === 0) return
      await conn.transaction(async (tx) => {
        const moved = await tx.query(
          `WITH gone AS (DELETE FROM queue WHERE ${IDS} RETURNING id, attempts)
           INSERT INTO dead_letters (route_id, pixel_code, event_source, test_event_code, event_id, event_name,
             event_json, enqueued_at, attempts, dead_at, error_code, error_message)
           SELECT e.route_id, e.pixel_code, e.event_source, e.test_event_code, e.event_id, e.event_name, e.event_json,
             e.enqueued_at, g.attempts + 1, $4, $5, $6
           FROM gone g CROSS JOIN LATERAL (SELECT * FROM queue_events qe WHERE qe.id = g.id) e
           ORDER BY g.id`,
          [...idParams(ids), now, failure.code ?? null, failure.message]
        )
        await addCounter(tx, shard, 'dead_lettered', moved.rowCount)
      })
    },
    async heartbeat(owner, now) {
      await conn.transaction((tx) =>
        tx.query(
          `INSERT INTO lease_owners (owner, heartbeat_at) VALUES ($1, $2)
           ON CONFLICT (owner) DO UPDATE SET heartbeat_at = EXCLUDED.heartbeat_at`,
          [owner, now]
        )
      )
    },
    reclaimStale: (staleBefore) =>
      conn.transaction(
        async (tx) =>
          (
            await tx.query(
              `WITH stale AS (DELETE FROM lease_owners WHERE heartbeat_at < $1 RETURNING owner)
               UPDATE queue SET lease_owner = NULL, lease_until = NULL WHERE lease_owner IN (SELECT owner FROM stale)`,
              [staleBefore]
            )
          ).rowCount ?? 0
      ),
    releaseExpired: (now) =>
      conn.transaction(
        async (tx) =>
          (
            await tx.query(
              `UPDATE queue SET lease_owner = NULL, lease_until = NULL
               WHERE lease_owner IS NOT NULL AND lease_until <= $1`,
              [now]
            )
          ).rowCount ?? 0
      ),
    async removeOwner(owner) {
      await conn.transaction((tx) => tx.query('DELETE FROM lease_owners WHERE owner = $1', [owner]))
    },
    depth: async () => Number((await conn.query('SELECT count(*) AS n FROM queue'))[0]!.n),
    firstInLineEnqueuedAt: async () =>
      (await conn.query<{ at: number }>('SELECT enqueued_at AS at FROM queue ORDER BY id LIMIT 1'))[0]?.at
  }
}
