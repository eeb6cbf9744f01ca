/**
 * The queue's storage without bloat, after rudder-server's jobsdb: rows live in id-range partitions of `width` ids
 * (a pair: `queue_p<n>` state, `queue_events_p<n>` payload), made ahead of the id sequence. Acks delete small state
 * rows only; a partition whose ids have all been handed out and whose state rows are all gone is detached and dropped
 * whole (its payloads with it), so no table or index keeps the dead rows of a drained backlog. A sealed partition
 * with few rows left (a paused pixel, retries) has those rows moved to the tail (new ids, same state and age), after
 * which it drains and goes too. Retiring and compacting run in one relay at a time (a session advisory lock).
 *
 * Locks: a partition is created with CREATE TABLE + ATTACH PARTITION (SHARE UPDATE EXCLUSIVE on the parent: enqueues
 * and leases go on) and retired with DETACH PARTITION CONCURRENTLY, then DROP TABLE on the detached table; neither
 * blocks intake. DETACH waits for transactions that might still write the partition; its emptiness is checked again
 * after, and a partition found with rows is attached back.
 */
import type { Connection, Db } from './connect.ts'
import { LOCK } from './locks.ts'
import { withSessionLock } from './session-lock.ts'

export const DEFAULT_PARTITION_WIDTH = 100_000
/** Partitions kept ready beyond the last id handed out. */
const AHEAD = 2
/** A sealed partition with at most this share of its ids still queued is compacted (jobsdb moves at 80% done). */
const COMPACT_BELOW = 0.2
const COMPACT_CHUNK = 5000

export interface MaintenanceReport {
  /** False when another relay holds the maintenance lock. */
  ranHere: boolean
  retired: number[]
  /** Rows moved out of nearly drained partitions. */
  moved: number
}

export interface Partitions {
  readonly width: number
  /** Makes sure partitions exist for ids up to `id` plus the ones kept ahead. */
  ensureFor(id: number): Promise<void>
  /** True when ids up to `id` plus one partition's worth already have partitions (no round trip). */
  coveredBeyond(id: number): boolean
  /** The next id the sequence will hand out. */
  nextId(db?: Db): Promise<number>
  maintain(): Promise<MaintenanceReport>
}

const stateTable = (n: number) => `queue_p${n}`
const payloadTable = (n: number) => `queue_events_p${n}`
const NAME = /^queue(?:_events)?_p(\d+)$/

export async function openPartitions(conn: Connection, width: number): Promise<Partitions> {
  /** Highest partition number known to exist (this relay's view; others may have made more). */
  let highest = -1

  async function attachedNumbers(db: Db, parent: 'queue' | 'queue_events'): Promise<number[]> {
    const { rows } = await db.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
       WHERE i.inhparent = $1::regclass AND NOT i.inhdetachpending`,
      [parent]
    )
    return rows.map((r) => Number(NAME.exec(r.name)?.[1] ?? -1)).filter((n) => n >= 0)
  }

  const nextId = async (db?: Db) => {
    const sql = 'SELECT last_value, is_called FROM queue_id_seq'
    const [row] = db ? (await db.query(sql)).rows : await conn.query(sql)
    return row!.is_called ? row!.last_value + 1 : row!.last_value
  }
  const isAttached = async (db: Db, table: string) =>
    (await db.query('SELECT 1 FROM pg_inherits WHERE inhrelid = $1::regclass', [table])).rows.length > 0
  const hasRows = async (db: Db, table: string) =>
    (await db.query(`SELECT EXISTS (SELECT 1 FROM ${table}) AS rows`)).rows[0]!.rows as boolean
  const range = (n: number) => `FOR VALUES FROM (${n * width}) TO (${(n + 1) * width})`

  async function create(tx: Db, n: number): Promise<void> {
    for (const [parent, table] of [
      ['queue_events', payloadTable(n)],
      ['queue', stateTable(n)]
    ] as const) {
      await tx.query(`CREATE TABLE IF NOT EXISTS ${table} (LIKE ${parent} INCLUDING DEFAULTS INCLUDING CONSTRAINTS)`)
      if (!(await isAttached(tx, table))) await tx.query(`ALTER TABLE ${parent} ATTACH PARTITION ${table} ${range(n)}`)
    }
  }

  async function ensureFor(id: number): Promise<void> {
    const target = Math.floor(id / width) + AHEAD
    if (target <= highest) return
    await conn.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK.partitions])
      const existing = new Set(await attachedNumbers(tx, 'queue'))
      // Ids only grow: partitions are only ever added above the newest (a retired one is never made again).
      const from = existing.size ? Math.max(...existing) + 1 : Math.floor((await nextId(tx)) / width)
      for (let n = from; n <= target; n++) await create(tx, n)
    })
    highest = Math.max(highest, target)
  }

  /** Detaches (concurrently), checks, drops. False when rows turned up and the partition went back. */
  async function retire(db: Db, n: number): Promise<boolean> {
    const state = stateTable(n)
    await db.query(`ALTER TABLE queue DETACH PARTITION ${state} CONCURRENTLY`)
    if (await hasRows(db, state)) {
      await db.query(`ALTER TABLE queue ATTACH PARTITION ${state} ${range(n)}`)
      return false
    }
    if (await isAttached(db, payloadTable(n))) {
      await db.query(`ALTER TABLE queue_events DETACH PARTITION ${payloadTable(n)} CONCURRENTLY`)
    }
    await db.query(`DROP TABLE IF EXISTS ${state}, ${payloadTable(n)}`)
    return true
  }

  /** Moves the unleased rows of partition n (`live` at most) to new ids at the tail, chunk by chunk; how many moved. */
  async function compact(n: number, live: number): Promise<number> {
    let moved = 0
    // New ids for at most the rows there are (fewer than a fifth of a partition).
    await ensureFor((await nextId()) + live)
    for (;;) {
      const count = await conn.transaction(async (tx) => {
        const { rows } = await tx.query<{ id: number }>(
          `SELECT id FROM ${stateTable(n)} WHERE lease_owner IS NULL ORDER BY id LIMIT ${COMPACT_CHUNK} FOR UPDATE SKIP LOCKED`
        )
        if (rows.length === 0) return 0
        const oldIds = rows.map((r) => r.id)
        const newIds = (
          await tx.query<{ id: number }>("SELECT nextval('queue_id_seq') AS id FROM generate_series(1, $1)", [
            oldIds.length
          ])
        ).rows.map((r) => r.id)
        await tx.query(
          `INSERT INTO queue_events (id, route_id, pixel_code, event_source, test_event_code, event_id, event_name,
             event_json, enqueued_at)
           SELECT m.new_id, e.route_id, e.pixel_code, e.event_source, e.test_event_code, e.event_id, e.event_name,
             e.event_json, e.enqueued_at
           FROM unnest($1::bigint[], $2::bigint[]) AS m(old_id, new_id) JOIN ${payloadTable(n)} e ON e.id = m.old_id`,
          [oldIds, newIds]
        )
        await tx.query(
          `INSERT INTO queue (id, pixel_code, available_at, enqueued_at, attempts, last_error)
           SELECT m.new_id, q.pixel_code, q.available_at, q.enqueued_at, q.attempts, q.last_error
           FROM unnest($1::bigint[], $2::bigint[]) AS m(old_id, new_id) JOIN ${stateTable(n)} q ON q.id = m.old_id`,
          [oldIds, newIds]
        )
        await tx.query(`DELETE FROM ${stateTable(n)} WHERE id = ANY($1::bigint[])`, [oldIds])
        return oldIds.length
      })
      moved += count
      if (count < COMPACT_CHUNK) return moved
    }
  }

  /** Leftovers of an upkeep round that died half-way: a pending detach, a detached table not yet dropped. */
  async function finishInterrupted(db: Db): Promise<void> {
    const pending = await db.query<{ child: string; parent: string }>(
      `SELECT c.relname AS child, p.relname AS parent FROM pg_inherits i
       JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent WHERE i.inhdetachpending`
    )
    for (const { child, parent } of pending.rows) {
      await db.query(`ALTER TABLE ${parent} DETACH PARTITION ${child} FINALIZE`)
    }
    const loose = await db.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c
       WHERE c.relkind = 'r' AND c.relname ~ '^queue(_events)?_p[0-9]+$'
         AND c.relnamespace = current_schema()::regnamespace
         AND NOT EXISTS (SELECT 1 FROM pg_inherits i WHERE i.inhrelid = c.oid)`
    )
    for (const { name } of loose.rows) {
      const n = Number(NAME.exec(name)![1])
      const isState = name === stateTable(n)
      if (isState && (await hasRows(db, name))) {
        await db.query(`ALTER TABLE queue ATTACH PARTITION ${name} ${range(n)}`)
      } else if (isState || !(await attachedNumbers(db, 'queue')).includes(n)) {
        // An empty state table, or a payload table whose state partition is gone: nothing in it is queued.
        await db.query(`DROP TABLE ${name}`)
      }
    }
  }

  async function maintain(): Promise<MaintenanceReport> {
    const report = await withSessionLock(conn, LOCK.maintenance, async (db) => {
      // DETACH CONCURRENTLY waits for older transactions; the pool's 30 s statement limit does not apply here.
      await db.query('SET statement_timeout = 0')
      await finishInterrupted(db)
      const next = await nextId(db)
      const sealed = (await attachedNumbers(db, 'queue')).filter((n) => (n + 1) * width <= next).sort((a, b) => a - b)
      const retired: number[] = []
      let moved = 0
      for (const n of sealed) {
        const limit = Math.floor(width * COMPACT_BELOW) + 1
        const { rows } = await db.query(`SELECT count(*) AS n FROM (SELECT 1 FROM ${stateTable(n)} LIMIT ${limit}) s`)
        const live = Number(rows[0]!.n)
        if (live === 0) {
          if (await retire(db, n)) retired.push(n)
        } else if (live < limit) {
          moved += await compact(n, live)
        }
      }
      await db.query('RESET statement_timeout')
      return { ranHere: true, retired, moved }
    })
    await ensureFor(await nextId())
    return report ?? { ranHere: false, retired: [], moved: 0 }
  }

  await ensureFor(await nextId())
  return {
    width,
    ensureFor,
    coveredBeyond: (id) => Math.floor(id / width) + 1 <= highest,
    nextId: (db) => nextId(db),
    maintain
  }
}
