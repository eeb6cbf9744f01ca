/**
 * The delivery queue in PostgreSQL: leased with FOR UPDATE SKIP LOCKED (relays leasing at once each get other rows,
 * none waits), by owner with a heartbeat row, acked by deleting state rows (the payloads go with their partition,
 * partitions.ts). Each call is one transaction; the list of ids of a call also bounds it to the partitions its ids
 * live in (BETWEEN lowest AND highest), so PostgreSQL prunes the others.
 */
import type { EventSource } from '../../../destinations/tiktok/core/contract.ts'
import type { DeliveryFailure, LeasedEvent, QueueStore } from '../store-interface.ts'
import { createCommitRounds } from './commit-rounds.ts'
import type { Connection } from './connect.ts'
import { addCounter } from './counters.ts'

interface PayloadRow {
  id: number
  /** JSON [route_id, pixel_code, event_source, test_event_code]: one text field per row instead of four. */
  route: string
  event_id: string | null
  event_json: string
  enqueued_at: number
}

/**
 * The route of a payload row, one object per distinct route text: a lease's rows share a few routes, and every field
 * of a row is a separate string the client decodes (the relay's largest cost in a drain, with Bun's Buffer.toString
 * at ~0.3 µs per field).
 */
function routeReader(): (text: string) => LeasedEvent['route'] {
  const seen = new Map<string, LeasedEvent['route']>()
  return (text) => {
    let route = seen.get(text)
    if (route === undefined) {
      const [routeId, pixelCode, eventSource, testEventCode] = JSON.parse(text) as [
        string,
        string,
        EventSource,
        string | null
      ]
      route = { routeId, pixelCode, eventSource, ...(testEventCode ? { testEventCode } : {}) }
      seen.set(text, route)
    }
    return route
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

/**
 * The rows to lease, oldest first, skipping rows another relay is leasing right now. Picked in a statement of their
 * own, then marked and read by id, each statement a plain index scan: joins of these with the partitioned tables were
 * planned badly while a fresh partition had no statistics (a partition read whole per row, or 1,000 x 1,000 rows).
 * The picked ids come back as one text of the array and its bounds (a row per id cost the relay a decoded field
 * each), ready to go back as the next statements' parameters.
 */
const PICK_SQL = `
  SELECT array_agg(id)::text AS ids, min(id) AS lo, max(id) AS hi FROM (
    SELECT id FROM queue
    WHERE lease_owner IS NULL AND available_at <= $1 AND pixel_code <> ALL($2::text[])
      AND ($4::text[] IS NULL OR pixel_code = ANY($4::text[]))
    ORDER BY available_at, id LIMIT $3
    FOR UPDATE SKIP LOCKED) picked`
/** Marks the picked rows; answers the attempts of those that have any (retries: few), as two arrays' text. */
const MARK_SQL = `
  WITH marked AS (
    UPDATE queue SET lease_owner = $4, lease_until = $5
    WHERE id BETWEEN $1 AND $2 AND id = ANY($3::bigint[])
    RETURNING id, attempts)
  SELECT (array_agg(id) FILTER (WHERE attempts > 0))::text AS ids,
    (array_agg(attempts) FILTER (WHERE attempts > 0))::text AS attempts
  FROM marked`
const PAYLOAD_SQL = `
  SELECT id, json_build_array(route_id, pixel_code, event_source, test_event_code)::text AS route, event_id,
    event_json, enqueued_at
  FROM queue_events
  WHERE id BETWEEN $1 AND $2 AND id = ANY($3::bigint[])
  ORDER BY id`

/** Numbers from an integer array's text ('{1,2,3}'); none for NULL. */
const numbersOf = (text: string | null) => (text === null ? [] : text.slice(1, -1).split(',').map(Number))

/** The ids of a call, also as a range: PostgreSQL then looks only in the partitions holding them. */
const IDS = 'id BETWEEN $1 AND $2 AND id = ANY($3::bigint[])'
/** The ids go as an array's text: node-postgres's own array serialiser escapes each element (5% of a drain). */
const idParams = (ids: number[]) => {
  const [lo, hi] = bounds(ids)
  return [lo, hi, `{${ids.join(',')}}`]
}

/** The worker's writes do not wait for the WAL flush, and find their rows by index (see Connection.transaction). */
const WORKER = { durable: false, byIndex: true }
/** Most ids one ack round deletes: a few requests' worth, so a round stays one short statement. */
const ACK_ROUND_IDS = 10_000

export function createQueue(conn: Connection, shard: number): QueueStore {
  // Acks of requests answered together (up to `concurrency` per relay) share one transaction, one at a time: each
  // ack adds to this relay's counter row, so acks committing side by side queued on its row lock (a third of the
  // acks' time in a drain), and each transaction is four round trips whatever its size.
  const acks = createCommitRounds<number[], undefined>(
    async (lists) => {
      const ids = lists.flat()
      await conn.transaction(async (tx) => {
        const gone = await tx.query(`DELETE FROM queue WHERE ${IDS}`, idParams(ids))
        await addCounter(tx, shard, 'delivered', gone.rowCount)
      }, WORKER)
      return lists.map(() => undefined)
    },
    (ids) => ids.length,
    { maxInFlight: 1, maxWeight: ACK_ROUND_IDS }
  )
  return {
    lease(owner, limit, now, leaseUntil, filter) {
      const except = filter?.exceptPixels ?? []
      const only = filter?.onlyPixels ?? null
      return conn.transaction(async (tx) => {
        const pick = (
          await tx.query<{ ids: string | null; lo: number; hi: number }>(PICK_SQL, [now, except, limit, only])
        ).rows[0]!
        if (pick.ids === null) return []
        const range = [pick.lo, pick.hi, pick.ids]
        const marked = (
          await tx.query<{ ids: string | null; attempts: string | null }>(MARK_SQL, [...range, owner, leaseUntil])
        ).rows[0]!
        const retried = numbersOf(marked.attempts)
        const attempts = new Map(numbersOf(marked.ids).map((id, i) => [id, retried[i]!]))
        // Read apart and matched here: a join with the UPDATE's rows was planned as 1,000 x 1,000 comparisons.
        const payloads = await tx.query<PayloadRow>(PAYLOAD_SQL, range)
        const routeOf = routeReader()
        return payloads.rows.map(
          (r): LeasedEvent => ({
            id: r.id,
            route: routeOf(r.route),
            eventJson: r.event_json,
            ...(r.event_id ? { eventId: r.event_id } : {}),
            attempts: attempts.get(r.id) ?? 0,
            enqueuedAt: r.enqueued_at
          })
        )
      }, WORKER)
    },
    renew: async (owner, ids, leaseUntil) => {
      if (ids.length === 0) return []
      const held = await conn.transaction(
        (tx) =>
          tx.query<{ id: number }>(`UPDATE queue SET lease_until = $5 WHERE ${IDS} AND lease_owner = $4 RETURNING id`, [
            ...idParams(ids),
            owner,
            leaseUntil
          ]),
        WORKER
      )
      const kept = new Set(held.rows.map((r) => Number(r.id)))
      return ids.filter((id) => !kept.has(id))
    },
    async ack(ids) {
      if (ids.length === 0) return
      await acks.add(ids)
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
      }, WORKER)
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
      }, WORKER)
    },
    async heartbeat(owner, now) {
      await conn.transaction(
        (tx) =>
          tx.query(
            `INSERT INTO lease_owners (owner, heartbeat_at) VALUES ($1, $2)
             ON CONFLICT (owner) DO UPDATE SET heartbeat_at = EXCLUDED.heartbeat_at`,
            [owner, now]
          ),
        WORKER
      )
    },
    reclaimStale: (staleBefore) =>
      conn.transaction(async (tx) => {
        const stale = (
          await tx.query<{ owner: string }>('DELETE FROM lease_owners WHERE heartbeat_at < $1 RETURNING owner', [
            staleBefore
          ])
        ).rows.map((r) => r.owner)
        // A scan of the state rows, only after a relay died.
        if (stale.length === 0) return 0
        const back = await tx.query(
          'UPDATE queue SET lease_owner = NULL, lease_until = NULL WHERE lease_owner = ANY($1::text[])',
          [stale]
        )
        return back.rowCount ?? 0
      }, WORKER),
    releaseExpired: (now) =>
      conn.transaction(
        async (tx) =>
          (
            await tx.query(
              `UPDATE queue SET lease_owner = NULL, lease_until = NULL
               WHERE lease_owner IS NOT NULL AND lease_until <= $1`,
              [now]
            )
          ).rowCount ?? 0,
        WORKER
      ),
    async removeOwner(owner) {
      await conn.transaction((tx) => tx.query('DELETE FROM lease_owners WHERE owner = $1', [owner]), WORKER)
    },
    depth: async () => Number((await conn.query('SELECT count(*) AS n FROM queue'))[0]!.n),
    firstInLineEnqueuedAt: async () =>
      (await conn.query<{ at: number }>('SELECT enqueued_at AS at FROM queue ORDER BY id LIMIT 1'))[0]?.at
  }
}
