/**
 * The delivery queue in PostgreSQL: leased with FOR UPDATE SKIP LOCKED (relays leasing at once each get other rows,
 * none waits), by owner with a heartbeat row, acked by deleting state rows (the payloads go with their partition,
 * partitions.ts). Each call is one transaction; the list of ids of a call also bounds it to the partitions its ids
 * live in (BETWEEN lowest AND highest), so PostgreSQL prunes the others.
 */
import type { EventSource } from '../../../destinations/tiktok/core/contract.ts'
import type { DeliveryFailure, LeasedEvent, QueueStore } from '../store-interface.ts'
import type { Connection, Tx } from './connect.ts'
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

export function createQueue(conn: Connection, shard: number): QueueStore {
  /** Removes state rows (leased or not); how many went. */
  const remove = async (tx: Tx, ids: number[]) => {
    const [lo, hi] = bounds(ids)
    const gone = await tx`DELETE FROM queue WHERE id BETWEEN ${lo} AND ${hi} AND id = ANY(${ids}::bigint[])`
    return gone.count
  }

  return {
    lease(owner, limit, now, leaseUntil, filter) {
      const except = filter?.exceptPixels ?? []
      return conn.transaction(async (tx) => {
        // The payload is read per leased row (LATERAL): an index probe in the one partition holding that id.
        const rows = await tx<LeasedRow[]>`
          WITH picked AS (
            SELECT id FROM queue
            WHERE lease_owner IS NULL AND available_at <= ${now} AND pixel_code <> ALL(${except}::text[])
            ORDER BY available_at, id LIMIT ${limit}
            FOR UPDATE SKIP LOCKED
          ), leased AS (
            UPDATE queue q SET lease_owner = ${owner}, lease_until = ${leaseUntil}
            FROM picked WHERE q.id = picked.id
            RETURNING q.id, q.attempts
          )
          SELECT l.id, e.route_id, e.pixel_code, e.event_source, e.test_event_code, e.event_json, e.enqueued_at,
            l.attempts
          FROM leased l CROSS JOIN LATERAL (SELECT * FROM queue_events qe WHERE qe.id = l.id) e
          ORDER BY l.id`
        return rows.map(toLeased)
      })
    },
    async ack(ids) {
      if (ids.length === 0) return
      await conn.transaction(async (tx) => addCounter(tx, shard, 'delivered', await remove(tx, ids)))
    },
    async reschedule(ids, availableAt, failed?: DeliveryFailure) {
      if (ids.length === 0) return
      const [lo, hi] = bounds(ids)
      await conn.transaction(async (tx) => {
        const changed = await tx`
          UPDATE queue SET available_at = ${availableAt}, lease_owner = NULL, lease_until = NULL,
            attempts = attempts + ${failed ? 1 : 0}, last_error = coalesce(${failed?.message ?? null}, last_error)
          WHERE id BETWEEN ${lo} AND ${hi} AND id = ANY(${ids}::bigint[])`
        if (failed) await addCounter(tx, shard, 'retried', changed.count)
      })
    },
    async deadLetter(ids, failure, now) {
      if (ids.length === 0) return
      const [lo, hi] = bounds(ids)
      await conn.transaction(async (tx) => {
        const moved = await tx`
          WITH gone AS (
            DELETE FROM queue WHERE id BETWEEN ${lo} AND ${hi} AND id = ANY(${ids}::bigint[]) RETURNING id, attempts
          )
          INSERT INTO dead_letters (route_id, pixel_code, event_source, test_event_code, event_id, event_name,
            event_json, enqueued_at, attempts, dead_at, error_code, error_message)
          SELECT e.route_id, e.pixel_code, e.event_source, e.test_event_code, e.event_id, e.event_name, e.event_json,
            e.enqueued_at, g.attempts + 1, ${now}, ${failure.code ?? null}, ${failure.message}
          FROM gone g CROSS JOIN LATERAL (SELECT * FROM queue_events qe WHERE qe.id = g.id) e
          ORDER BY g.id`
        await addCounter(tx, shard, 'dead_lettered', moved.count)
      })
    },
    async heartbeat(owner, now) {
      await conn.transaction(
        (tx) => tx`INSERT INTO lease_owners (owner, heartbeat_at) VALUES (${owner}, ${now})
          ON CONFLICT (owner) DO UPDATE SET heartbeat_at = EXCLUDED.heartbeat_at`
      )
    },
    reclaimStale(staleBefore) {
      return conn.transaction(async (tx) => {
        const back = await tx`
          WITH stale AS (DELETE FROM lease_owners WHERE heartbeat_at < ${staleBefore} RETURNING owner)
          UPDATE queue SET lease_owner = NULL, lease_until = NULL
          WHERE lease_owner IN (SELECT owner FROM stale)`
        return back.count
      })
    },
    releaseExpired(now) {
      return conn.transaction(async (tx) => {
        const back = await tx`
          UPDATE queue SET lease_owner = NULL, lease_until = NULL
          WHERE lease_owner IS NOT NULL AND lease_until <= ${now}`
        return back.count
      })
    },
    async removeOwner(owner) {
      await conn.transaction((tx) => tx`DELETE FROM lease_owners WHERE owner = ${owner}`)
    },
    depth: () => conn.query(async (sql) => Number((await sql`SELECT count(*) AS n FROM queue`)[0]!.n)),
    firstInLineEnqueuedAt: () =>
      conn.query(async (sql) => {
        const [row] = await sql<{ at: number }[]>`SELECT enqueued_at AS at FROM queue ORDER BY id LIMIT 1`
        return row?.at
      })
  }
}
