/**
 * Intake throughput (issue 4): /v1/batch (100 events a request) and /v1/track against the relay running as its own
 * process (dry-run, on-disk queue: a 200 means committed), side by side with two references under the same load: a
 * bare Bun.serve that only answers OK, and the durable floor (durable-floor-server.ts), which only parses, INSERTs
 * and fdatasyncs: the ceiling for any durable intake on this machine.
 * Load comes from this process with a bounded number of concurrent fetches, on loopback, for a bounded time.
 */
import { spawn } from 'node:child_process'
import { BUN, startRelayProcess } from '../test/runner/relay-process.ts'
import { trackEvent } from './intake-events.ts'
import { cpuSecondsOf } from './process-cpu.ts'

const WRITE_KEY = 'bench-key'
const AUTH = `Basic ${btoa(`${WRITE_KEY}:`)}`
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5)
/** Few batch requests in flight (each is 100 events of work); more for single calls, the same for the bare server. */
const BATCH_CONCURRENCY = 4
const SINGLE_CONCURRENCY = 16

interface Run {
  requests: number
  failures: number
  seconds: number
  p99: number
}

async function load(url: string, body: (i: number) => string, concurrency: number): Promise<Run> {
  const latencies: number[] = []
  let requests = 0
  let failures = 0
  let i = 0
  const started = performance.now()
  const deadline = started + SECONDS * 1000
  const worker = async () => {
    while (performance.now() < deadline) {
      const t0 = performance.now()
      const res = await fetch(url, {
        method: 'POST',
        body: body(i++),
        headers: { authorization: AUTH, 'content-type': 'application/json' }
      })
      await res.arrayBuffer()
      latencies.push(performance.now() - t0)
      requests++
      if (res.status !== 200) failures++
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  latencies.sort((a, b) => a - b)
  return {
    requests,
    failures,
    seconds: (performance.now() - started) / 1000,
    p99: latencies[Math.floor(latencies.length * 0.99)] ?? 0
  }
}

/** A reference server in its own Bun process; its first stdout line is `<MARKER>=<url>`. */
async function startReference(args: string[], marker: string): Promise<{ url: string; pid?: number; stop(): void }> {
  const proc = spawn(BUN, args, { stdio: ['ignore', 'pipe', 'inherit'] })
  const url = await new Promise<string>((resolve) => {
    let out = ''
    proc.stdout!.on('data', (c) => {
      out += c
      const m = new RegExp(`${marker}=(\\S+)`).exec(out)
      if (m) resolve(m[1]!.replace(/\/$/, ''))
    })
  })
  return { url, pid: proc.pid, stop: () => proc.kill('SIGTERM') }
}

/** The run plus how much CPU the relay spent on it, per unit of work (µs). */
async function measured(pid: number | undefined, run: () => Promise<Run>, unitsPerRequest: number) {
  const before = cpuSecondsOf(pid)
  const result = await run()
  const after = cpuSecondsOf(pid)
  const cpuUs =
    before === undefined || after === undefined
      ? undefined
      : ((after - before) * 1_000_000) / (result.requests * unitsPerRequest)
  return { ...result, cpuUs }
}

function bench(name: string, value: number, unit: string, target: string, issue = 4): void {
  console.log(`BENCH ${JSON.stringify({ issue, name, value: Math.round(value * 100) / 100, unit, target })}`)
}

const relay = await startRelayProcess({ RELAY_WRITE_KEYS: WRITE_KEY, RELAY_LINGER_MS: '200' })
const bare = await startReference(
  [
    '-e',
    "const s = Bun.serve({ port: 0, hostname: '127.0.0.1', fetch: () => new Response('OK') }); console.log('BARE=' + s.url)"
  ],
  'BARE'
)
const floor = await startReference([new URL('./durable-floor-server.ts', import.meta.url).pathname], 'FLOOR')
try {
  const batchBody = (i: number) =>
    JSON.stringify({ batch: Array.from({ length: 100 }, (_, j) => trackEvent(i * 100 + j)) })
  const trackBody = (i: number) => JSON.stringify(trackEvent(i))

  // Warm both (JIT, SQLite pages) before measuring.
  await load(`${relay.url}/v1/track`, trackBody, SINGLE_CONCURRENCY)
  const pid = relay.proc.pid
  const batch = await measured(pid, () => load(`${relay.url}/v1/batch`, batchBody, BATCH_CONCURRENCY), 100)
  const single = await measured(pid, () => load(`${relay.url}/v1/track`, trackBody, SINGLE_CONCURRENCY), 1)
  const bareRun = await load(`${bare.url}/v1/track`, trackBody, SINGLE_CONCURRENCY)
  await load(`${floor.url}/v1/track`, trackBody, SINGLE_CONCURRENCY)
  const floorBatch = await measured(floor.pid, () => load(`${floor.url}/v1/batch`, batchBody, BATCH_CONCURRENCY), 100)
  const floorSingle = await load(`${floor.url}/v1/track`, trackBody, SINGLE_CONCURRENCY)
  if (batch.failures || single.failures)
    throw new Error(`non-200 answers: batch ${batch.failures}, track ${single.failures}`)

  const bareRps = bareRun.requests / bareRun.seconds
  const singleRps = single.requests / single.seconds
  // Issue 4's absolute 100,000 events/s is retired by issue 18, which judges the ratio to the floor below.
  bench('intake /v1/batch (100/request, durable)', (batch.requests * 100) / batch.seconds, 'events/s', 'info')
  bench('intake /v1/batch p99', batch.p99, 'ms', '< 20')
  bench('intake /v1/track', singleRps, 'requests/s', `>= ${Math.round(bareRps * 0.5)}`)
  bench('intake /v1/track vs bare Bun.serve', (singleRps / bareRps) * 100, '%', '>= 50')
  bench('intake /v1/track p99', single.p99, 'ms', '< 20')
  if (batch.cpuUs !== undefined) bench('intake /v1/batch, relay CPU per event', batch.cpuUs, 'µs', '<= 15', 18)
  if (single.cpuUs !== undefined) bench('intake /v1/track, relay CPU per request', single.cpuUs, 'µs', 'info')
  bench('bare Bun.serve OK', bareRps, 'requests/s', 'reference')
  bench('bare Bun.serve p99', bareRun.p99, 'ms', 'reference')
  // The least any durable server can do on this machine (durable-floor-server.ts): the relay's ceiling.
  bench(
    'durable floor /v1/batch (parse+INSERT+fdatasync only)',
    (floorBatch.requests * 100) / floorBatch.seconds,
    'events/s',
    'reference'
  )
  // Issue 18's target: the relay at >= 0.5 of the floor's events/s, both measured in this run.
  bench(
    'intake /v1/batch vs durable floor (same run)',
    (batch.requests / batch.seconds / (floorBatch.requests / floorBatch.seconds)) * 100,
    '%',
    '>= 50',
    18
  )
  bench('durable floor /v1/batch p99', floorBatch.p99, 'ms', 'reference')
  if (floorBatch.cpuUs !== undefined)
    bench('durable floor /v1/batch, CPU per event', floorBatch.cpuUs, 'µs', 'reference')
  bench(
    'durable floor /v1/track vs bare Bun.serve',
    (floorSingle.requests / floorSingle.seconds / bareRps) * 100,
    '%',
    'reference'
  )
} finally {
  bare.stop()
  floor.stop()
  await relay.stop()
}
process.exit(0)
