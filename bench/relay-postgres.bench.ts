/**
 * The relay with its store in PostgreSQL against the relay with its SQLite file (issue 15), as users run it: relay
 * processes (`serve`), /v1/batch requests of 100 events over loopback (16 in flight per relay), a 200 meaning
 * committed. Printed:
 * intake events/s and the relay process's CPU per event, SQLite vs PostgreSQL, one node then two (two SQLite relays
 * each with its own file; two PostgreSQL relays on one database); then the delivery drain from PostgreSQL: events
 * preloaded into the shared queue, delivered by one and then two relays to the fake TikTok (a real HTTP server in
 * this process that checks every event against the contract).
 *
 * PostgreSQL runs with fsync on and the settings docs/scaling.md names. Intake relays run in dry-run (as
 * intake.bench.ts): their workers record would-be requests, the same work in both modes.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openPostgresStore } from '../runner/store/postgres/postgres-store.ts'
import { openSqliteStore } from '../runner/store/sqlite-store.ts'
import { startFakeTikTok } from '../test/fake-tiktok/server.ts'
import { startPostgres } from '../test/fixtures/postgres.ts'
import { items, PIXEL } from '../test/runner/delivery/store-fixtures.ts'
import { type RelayProcess, startRelayProcess } from '../test/runner/relay-process.ts'
import { cpuSecondsOf, postgresCpuSeconds, postmasterPidOf } from './process-cpu.ts'

const WRITE_KEY = 'bench-key'
const AUTH = `Basic ${btoa(`${WRITE_KEY}:`)}`
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5)
/**
 * Batch requests in flight per relay (each is 100 events of work): enough to saturate a relay, since the figure is a
 * relay's capacity. A PostgreSQL relay's request waits two round trips more than a SQLite one's (the profile read,
 * the COMMIT), so with few requests in flight it is bound by latency, not by what it can do (docs/scaling.md).
 */
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16)
const DRAIN_EVENTS = Number(process.env.BENCH_DRAIN_EVENTS ?? 100_000)
/** `intake` or `drain` runs only that half (profiling one of them); unset runs both. */
const ONLY = process.env.BENCH_ONLY
if (ONLY !== undefined && ONLY !== 'intake' && ONLY !== 'drain') throw new Error('BENCH_ONLY is intake or drain')

const log = (text: string) => process.stderr.write(`[relay-postgres] ${text}\n`)

function bench(name: string, value: number, unit: string, target: string): void {
  console.log(`BENCH ${JSON.stringify({ issue: 15, name, value: Math.round(value * 100) / 100, unit, target })}`)
}

let seq = 0
function batchBody(): string {
  const batch = Array.from({ length: 100 }, () => {
    const i = seq++
    return {
      type: 'track',
      event: 'Order Completed',
      userId: `user-${i % 5000}`,
      messageId: `m-${process.pid}-${i}`,
      timestamp: new Date().toISOString(),
      properties: { order_id: `o-${i}`, revenue: 42.5, currency: 'USD', products: [{ product_id: `p-${i % 100}` }] },
      context: { ip: '203.0.113.9', userAgent: 'Mozilla/5.0 bench', page: { url: 'https://shop.example/checkout' } }
    }
  })
  return JSON.stringify({ batch })
}

/** Events/s committed by `relays` under CONCURRENCY requests each for `seconds`, and their CPU µs per event. */
async function intake(relays: RelayProcess[], seconds: number): Promise<{ eventsPerSecond: number; cpuUs: number }> {
  const cpu = () => relays.reduce((sum, r) => sum + (cpuSecondsOf(r.proc.pid) ?? Number.NaN), 0)
  let events = 0
  let failures = 0
  const before = cpu()
  const started = performance.now()
  const deadline = started + seconds * 1000
  const worker = async (url: string) => {
    while (performance.now() < deadline) {
      const res = await fetch(`${url}/v1/batch`, {
        method: 'POST',
        body: batchBody(),
        headers: { authorization: AUTH, 'content-type': 'application/json' }
      })
      await res.arrayBuffer()
      if (res.status === 200) events += 100
      else failures++
    }
  }
  await Promise.all(relays.flatMap((r) => Array.from({ length: CONCURRENCY }, () => worker(r.url))))
  const elapsed = (performance.now() - started) / 1000
  if (failures > 0) throw new Error(`${failures} intake requests were not answered 200`)
  return { eventsPerSecond: events / elapsed, cpuUs: ((cpu() - before) * 1e6) / events }
}

const dirs: string[] = []
const dataDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'relay-bench-data-'))
  dirs.push(d)
  return d
}

/** `n` relays (dry-run) on SQLite files of their own, or on one PostgreSQL database; warmed up. */
async function startIntakeRelays(n: number, databaseUrl?: string): Promise<RelayProcess[]> {
  const env = {
    RELAY_WRITE_KEYS: WRITE_KEY,
    RELAY_LINGER_MS: '200',
    ...(databaseUrl ? { RELAY_DATABASE_URL: databaseUrl } : {})
  }
  const relays: RelayProcess[] = []
  for (let i = 0; i < n; i++) relays.push(await startRelayProcess(env))
  await intake(relays, 1)
  return relays
}

async function measureIntake(label: string, n: number, databaseUrl?: string) {
  const relays = await startIntakeRelays(n, databaseUrl)
  try {
    const run = await intake(relays, SECONDS)
    log(`${label}: ${Math.round(run.eventsPerSecond)} events/s, ${run.cpuUs.toFixed(1)} µs relay CPU per event`)
    return run
  } finally {
    await Promise.all(relays.map((r) => r.stop()))
  }
}

interface DrainRun {
  eventsPerSecond: number
  /** CPU µs per drained event: the relays, the PostgreSQL server (0 for SQLite), this process (the fake TikTok). */
  relayUs: number
  postgresUs: number
  fakeTikTokUs: number
  eventsPerRequest: number
}

/**
 * Events/s delivered to the fake TikTok by `n` relays draining DRAIN_EVENTS preloaded into PostgreSQL (a database
 * URL) or, for reference, one relay draining its SQLite file (no URL); and the CPU each process spent per event over
 * the same span (a drain's cost per event is what bounds it on a machine of few cores).
 */
async function measureDrain(n: number, databaseUrl: string | undefined, tag: string): Promise<DrainRun> {
  const dir = dataDir()
  const store = databaseUrl
    ? await openPostgresStore(databaseUrl, { maintenanceEveryMs: 0 })
    : await openSqliteStore(dir)
  try {
    for (let i = 0; i < DRAIN_EVENTS; i += 1000) await store.enqueue({ items: items(1000, `${tag}-${i}`) })
  } finally {
    await store.close()
  }
  const fake = await startFakeTikTok({ accessToken: 'bench-token', keepRequests: false })
  const relays: RelayProcess[] = []
  try {
    const env = {
      ...(databaseUrl ? { RELAY_DATABASE_URL: databaseUrl } : {}),
      RELAY_DATA_DIR: dir,
      TIKTOK_ACCESS_TOKEN: 'bench-token',
      TIKTOK_PIXEL_CODE: PIXEL,
      TIKTOK_API_URL: fake.url,
      RELAY_LINGER_MS: '20'
    }
    await Promise.all(Array.from({ length: n }, async () => relays.push(await startRelayProcess(env))))
    const cpu = () => ({
      relays: relays.reduce((sum, r) => sum + (cpuSecondsOf(r.proc.pid) ?? Number.NaN), 0),
      postgres: databaseUrl ? postgresCpuSeconds(postmasterPid) : 0,
      self: process.cpuUsage()
    })
    // Timed from the first event at TikTok (relay start-up excluded) to the last.
    let first: { at: number; count: number; requests: number; cpu: ReturnType<typeof cpu> } | undefined
    const deadline = Date.now() + 300_000
    for (;;) {
      const { acceptedEvents: count, requests } = fake.stats()
      if (!first && count > 0) first = { at: performance.now(), count, requests, cpu: cpu() }
      if (count >= DRAIN_EVENTS) break
      if (Date.now() > deadline) throw new Error(`drained ${count} of ${DRAIN_EVENTS} in 300 s`)
      await new Promise((r) => setTimeout(r, 5))
    }
    const events = DRAIN_EVENTS - first!.count
    const end = cpu()
    const self = process.cpuUsage(first!.cpu.self)
    const run: DrainRun = {
      eventsPerSecond: events / ((performance.now() - first!.at) / 1000),
      relayUs: ((end.relays - first!.cpu.relays) * 1e6) / events,
      postgresUs: ((end.postgres - first!.cpu.postgres) * 1e6) / events,
      fakeTikTokUs: (self.user + self.system) / events,
      eventsPerRequest: events / (fake.stats().requests - first!.requests)
    }
    log(
      `drain from ${databaseUrl ? 'PostgreSQL' : 'SQLite'}, ${n} relay(s): ${Math.round(run.eventsPerSecond)} events/s; ` +
        `CPU per event: relays ${run.relayUs.toFixed(1)} µs, PostgreSQL ${run.postgresUs.toFixed(1)} µs, fake TikTok ` +
        `${run.fakeTikTokUs.toFixed(1)} µs; ${Math.round(run.eventsPerRequest)} events per request`
    )
    return run
  } finally {
    await Promise.all(relays.map((r) => r.stop()))
    await fake.close()
  }
}

const server = await startPostgres({
  fsync: true,
  settings: { shared_buffers: '512MB', max_wal_size: '4GB', checkpoint_timeout: '15min', wal_compression: 'on' }
})
const postmasterPid = postmasterPidOf(server.dir)
try {
  if (ONLY !== 'drain') {
    const sqlite1 = await measureIntake('SQLite, one relay', 1)
    const pg1 = await measureIntake('PostgreSQL, one relay', 1, await server.createDatabase('bench_one'))
    const sqlite2 = await measureIntake('SQLite, two relays (a file each)', 2)
    const pg2 = await measureIntake(
      'PostgreSQL, two relays (one database)',
      2,
      await server.createDatabase('bench_two')
    )
    bench('relay intake /v1/batch, SQLite, one relay', sqlite1.eventsPerSecond, 'events/s', 'reference')
    bench(
      'relay intake /v1/batch, PostgreSQL, one relay',
      pg1.eventsPerSecond,
      'events/s',
      `>= ${Math.round(sqlite1.eventsPerSecond * 0.5)}`
    )
    bench(
      'relay intake, PostgreSQL one relay vs SQLite',
      (pg1.eventsPerSecond / sqlite1.eventsPerSecond) * 100,
      '%',
      '>= 50'
    )
    bench('relay intake /v1/batch, SQLite, two relays (a file each)', sqlite2.eventsPerSecond, 'events/s', 'info')
    bench('relay intake /v1/batch, PostgreSQL, two relays (one database)', pg2.eventsPerSecond, 'events/s', 'info')
    bench('relay CPU per event, intake, SQLite, one relay', sqlite1.cpuUs, 'µs', 'reference')
    bench(
      'relay CPU per event, intake, PostgreSQL, one relay',
      pg1.cpuUs,
      'µs',
      `<= ${Math.round(sqlite1.cpuUs * 1.5 * 10) / 10}`
    )
    bench('relay CPU per event, PostgreSQL vs SQLite', pg1.cpuUs / sqlite1.cpuUs, 'x', '<= 1.5')
    bench('relay CPU per event, intake, SQLite, two relays', sqlite2.cpuUs, 'µs', 'info')
    bench('relay CPU per event, intake, PostgreSQL, two relays', pg2.cpuUs, 'µs', 'info')
  }
  if (ONLY !== 'intake') {
    const drainSqlite = await measureDrain(1, undefined, 'sqlite')
    const drain1 = await measureDrain(1, await server.createDatabase('bench_drain_one'), 'one')
    const drain2 = await measureDrain(2, await server.createDatabase('bench_drain_two'), 'two')
    bench('relay drain from SQLite to TikTok, one relay', drainSqlite.eventsPerSecond, 'events/s', 'reference')
    bench('relay drain from PostgreSQL to TikTok, one relay', drain1.eventsPerSecond, 'events/s', '>= 30000')
    bench('relay drain from PostgreSQL to TikTok, two relays', drain2.eventsPerSecond, 'events/s', '>= 30000')
    for (const [label, run] of [
      ['SQLite, one relay', drainSqlite],
      ['PostgreSQL, one relay', drain1],
      ['PostgreSQL, two relays', drain2]
    ] as const) {
      bench(`drain CPU per event, ${label}: relays`, run.relayUs, 'µs', 'info')
      if (run !== drainSqlite) bench(`drain CPU per event, ${label}: PostgreSQL server`, run.postgresUs, 'µs', 'info')
      bench(`drain CPU per event, ${label}: fake TikTok`, run.fakeTikTokUs, 'µs', 'info')
    }
  }
} finally {
  server.remove()
  for (const d of dirs) rmSync(d, { recursive: true, force: true })
}
process.exit(0)
