/**
 * Issue 15 bench: the store interface on PostgreSQL beside SQLite, same run, same machine. Intake: concurrent
 * requests of 100 events with their messageId claims, each awaited until committed (group commit; PostgreSQL with
 * synchronous_commit on, its own throwaway server with fsync on). Drain: workers leasing 1,000 rows and acking them
 * (no HTTP: what the store can move). Also the events per COMMIT, the server's CPU per event, and what the queue
 * tables hold after a backlog has drained (the partitions are dropped).
 *   bun bench/postgres-store.bench.ts      (BENCH_PG_EVENTS, default 200,000 per phase)
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import type { TikTokEvent } from '../destinations/tiktok/core/contract.ts'
import { openPostgresStore, type PostgresStore } from '../runner/store/postgres/postgres-store.ts'
import { openSqliteStore } from '../runner/store/sqlite-store.ts'
import type { DeliveryRoute, EnqueueRequest, Store } from '../runner/store/store-interface.ts'
import { startPostgres } from '../test/fixtures/postgres.ts'
import { postgresCpuSeconds, postmasterPidOf } from './process-cpu.ts'

const EVENTS = Number(process.env.BENCH_PG_EVENTS ?? 200_000)
const REQUEST_EVENTS = 100
const CONCURRENT_REQUESTS = 32
const DRAIN_WORKERS = 2
const LEASE = 1000
const ROUTE: DeliveryRoute = { routeId: 'default', pixelCode: 'CBENCHPIXEL000000000', eventSource: 'web' }

const bench = (name: string, value: number, unit: string, target: string) =>
  console.log(`BENCH ${JSON.stringify({ issue: 15, name, value: Math.round(value * 100) / 100, unit, target })}`)
const log = (m: string) => console.error(`[postgres-store bench] ${m}`)

function event(i: number): TikTokEvent {
  return {
    event: 'Purchase',
    event_time: 1_763_884_800 + (i % 86_400),
    event_id: `bench-${i}`,
    user: {
      email: ['848a771458438fc2ec420560d769fb9b9b86851ee338ec56517baabd79d3bb4f'],
      external_id: ['80fba0ae1c48e3978e43e4efc365e14e12ea0c830ba8ba5b9a2dafc7e3f2ab8b'],
      ttp: '01K1A8BXG7CFS8QC92XKKJD081_.tt.1',
      ip: '203.0.113.7',
      user_agent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15'
    },
    properties: {
      currency: 'USD',
      value: 42.5,
      contents: [{ content_id: `sku-${i % 500}`, quantity: 1, price: 42.5 }]
    } as TikTokEvent['properties'],
    page: { url: 'https://shop.example/checkout/thanks' }
  }
}

function request(first: number, tag: string): EnqueueRequest {
  const items: EnqueueRequest['items'] = []
  const claims: NonNullable<EnqueueRequest['claims']> = []
  for (let i = first; i < first + REQUEST_EVENTS; i++) {
    claims.push({ routeId: ROUTE.routeId, messageId: `${tag}-${i}` })
    items.push({ route: ROUTE, event: event(i), claim: claims.length - 1 })
  }
  return { claims, items }
}

/** Events/s of CONCURRENT_REQUESTS loops each awaiting its enqueue, until `total` events are committed. */
async function intake(store: Store, total: number, tag: string): Promise<number> {
  let next = 0
  const started = performance.now()
  const loop = async () => {
    for (;;) {
      const first = next
      next += REQUEST_EVENTS
      if (first >= total) return
      const result = await store.enqueue(request(first, tag))
      if (result.enqueued !== REQUEST_EVENTS)
        throw new Error(`${result.duplicates.length} duplicates in a fresh request`)
    }
  }
  await Promise.all(Array.from({ length: CONCURRENT_REQUESTS }, loop))
  return total / ((performance.now() - started) / 1000)
}

/** Events/s of DRAIN_WORKERS owners leasing LEASE rows and acking them until the queue is empty. */
async function drain(store: Store, expected: number): Promise<number> {
  let drained = 0
  const started = performance.now()
  const worker = async (owner: string) => {
    for (;;) {
      const leased = await store.queue.lease(owner, LEASE, Date.now(), Date.now() + 60_000)
      if (leased.length === 0) return
      await store.queue.ack(leased.map((e) => e.id))
      drained += leased.length
    }
  }
  await Promise.all(Array.from({ length: DRAIN_WORKERS }, (_, i) => worker(`bench-${i}`)))
  if (drained !== expected) throw new Error(`drained ${drained} of ${expected}`)
  return drained / ((performance.now() - started) / 1000)
}

async function serverFacts(url: string): Promise<{ commits: number; queueBytes: number; cpu: number }> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows } = await client.query(
      `SELECT (SELECT xact_commit FROM pg_stat_database WHERE datname = current_database())::bigint AS commits,
         (SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c
          WHERE c.relkind = 'r' AND c.relname ~ '^queue(_events)?_p[0-9]+$')::bigint AS bytes`
    )
    return { commits: Number(rows[0].commits), queueBytes: Number(rows[0].bytes), cpu: postgresCpu() }
  } finally {
    await client.end()
  }
}

let postmasterPid = 0
const postgresCpu = () => postgresCpuSeconds(postmasterPid)

async function main(): Promise<void> {
  const server = await startPostgres({
    fsync: true,
    // The settings docs/scaling.md names: enough WAL between checkpoints for a burst, buffers for the hot partitions.
    settings: { shared_buffers: '512MB', max_wal_size: '4GB', checkpoint_timeout: '15min', wal_compression: 'on' }
  })
  const dir = mkdtempSync(join(tmpdir(), 'relay-bench-pg-'))
  postmasterPid = postmasterPidOf(server.dir)
  let pgStore: PostgresStore | undefined
  let sqlite: Store | undefined
  try {
    const url = await server.createDatabase('relay_bench')
    sqlite = await openSqliteStore(dir)
    pgStore = await openPostgresStore(url, { maintenanceEveryMs: 0 })

    // A short warm-up of each (connections, prepared plans, the first partitions).
    await intake(sqlite, 5_000, 'warm')
    await drain(sqlite, 5_000)
    await intake(pgStore, 5_000, 'warm')
    await drain(pgStore, 5_000)
    await pgStore.maintain()

    const sqliteIntake = await intake(sqlite, EVENTS, 'run')
    log(`SQLite intake ${Math.round(sqliteIntake)} events/s`)
    const before = await serverFacts(url)
    const pgIntake = await intake(pgStore, EVENTS, 'run')
    const after = await serverFacts(url)
    log(`PostgreSQL intake ${Math.round(pgIntake)} events/s`)
    const commits = after.commits - before.commits
    const sqliteDrain = await drain(sqlite, EVENTS)
    const cpuBeforeDrain = postgresCpu()
    const pgDrain = await drain(pgStore, EVENTS)
    const drainCpu = postgresCpu() - cpuBeforeDrain
    const full = (await serverFacts(url)).queueBytes
    const report = await pgStore.maintain()
    const drainedBytes = (await serverFacts(url)).queueBytes

    bench('SQLite store intake (32 concurrent requests of 100 events, claims)', sqliteIntake, 'events/s', 'reference')
    bench(
      'PostgreSQL store intake (same requests; COMMIT with synchronous_commit on)',
      pgIntake,
      'events/s',
      'reference'
    )
    bench('PostgreSQL intake as a share of SQLite intake', (100 * pgIntake) / sqliteIntake, '%', '>= 50')
    bench(
      'PostgreSQL events per COMMIT during intake (group commit)',
      EVENTS / Math.max(1, commits),
      'events',
      'reference'
    )
    bench('PostgreSQL server CPU per event, intake', (1e6 * (after.cpu - before.cpu)) / EVENTS, 'µs', 'reference')
    bench('SQLite store drain (2 owners, lease 1,000 + ack)', sqliteDrain, 'events/s', 'reference')
    bench('PostgreSQL store drain (2 owners, lease 1,000 + ack, SKIP LOCKED)', pgDrain, 'events/s', '>= 30000')
    bench('PostgreSQL server CPU per event, drain', (1e6 * drainCpu) / EVENTS, 'µs', 'reference')
    bench(
      `PostgreSQL queue partitions after draining ${EVENTS} events, before upkeep`,
      full / 2 ** 20,
      'MiB',
      'reference'
    )
    bench(
      `PostgreSQL queue partitions after upkeep (${report.retired.length} dropped)`,
      drainedBytes / 2 ** 20,
      'MiB',
      'reference'
    )
  } finally {
    await pgStore?.close()
    await sqlite?.close()
    server.remove()
    rmSync(dir, { recursive: true, force: true })
  }
}

await main()
process.exit(0)
