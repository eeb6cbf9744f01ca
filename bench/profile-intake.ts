/**
 * The relay's CPU per event under the intake bench's load, for comparing two versions of the code (docs/performance.md
 * "How to profile"). Starts the relay as a process (dry-run, on-disk queue), sends a fixed number of `/v1/batch`
 * requests of 100 fresh messages (4 in flight), the first half as warm-up, waits until the worker has recorded every
 * event, and prints the relay's CPU per measured event: the whole process and its JavaScript thread, from /proc.
 * Counting to a drained queue charges each event its delivery too, whatever the worker's lag when the load stops.
 *
 *   bun bench/profile-intake.ts [events=120000] [--profile DIR]
 *   bun bench/profile-intake.ts --summarise FILE.cpuprofile      (PROFILE_TOP=n rows, default 30)
 *
 * With --profile the relay runs under Bun's sampling profiler (written to DIR at exit) and the measured half of the
 * profile is summarised (cpuprofile-summary.ts): top self time, time with callees, and the JavaScript thread's µs per
 * event grouped by what the code does. Not a *.bench.ts: it
 * makes no BENCH line and `npm run bench` does not run it.
 */
import { spawn } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { tempDir } from '../test/fixtures/temp-dir.ts'
import { BUN } from '../test/runner/relay-process.ts'
import { summarise } from './cpuprofile-summary.ts'
import { trackEvent } from './intake-events.ts'

const args = process.argv.slice(2)
const profileAt = args.indexOf('--profile')
const profileDir = profileAt >= 0 ? args.splice(profileAt, 2)[1] : undefined
const EVENTS = Number(args[0] ?? 120_000)
const PER_REQUEST = 100
const IN_FLIGHT = 4
const ROOT = new URL('../', import.meta.url).pathname
const AUTH = `Basic ${btoa('bench-key:')}`

/** CPU seconds (user + system) of `/proc/<pid>/stat` or of one thread's `/proc/<pid>/task/<tid>/stat`. */
function cpuSeconds(statPath: string): number {
  const fields = readFileSync(statPath, 'utf8').split(') ')[1]!.split(' ')
  return (Number(fields[11]) + Number(fields[12])) / 100
}

const relayCpu = (pid: number) => ({
  all: cpuSeconds(`/proc/${pid}/stat`),
  js: cpuSeconds(`/proc/${pid}/task/${pid}/stat`)
})

async function send(url: string, requests: number, offset: number): Promise<void> {
  let next = 0
  const worker = async () => {
    while (next < requests) {
      const i = offset + next++
      const body = JSON.stringify({
        batch: Array.from({ length: PER_REQUEST }, (_, j) => trackEvent(i * PER_REQUEST + j))
      })
      const res = await fetch(`${url}/v1/batch`, { method: 'POST', body, headers: { authorization: AUTH } })
      await res.arrayBuffer()
      if (res.status !== 200) throw new Error(`relay answered ${res.status}`)
    }
  }
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker))
}

/** Until /healthz says the queue is empty (the worker recorded every event). */
async function drained(url: string): Promise<void> {
  for (;;) {
    const health = (await (await fetch(`${url}/healthz`)).json()) as { queueDepth?: number }
    if (health.queueDepth === 0) return
    await new Promise((r) => setTimeout(r, 250))
  }
}

const TOP = Number(process.env.PROFILE_TOP ?? 30)
if (args[0] === '--summarise') {
  summarise(args[1]!, { top: TOP, root: ROOT })
  process.exit(0)
}

const dataDir = tempDir('profile-intake-')
const proc = spawn(
  BUN,
  [
    ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []),
    'runner/cli.ts',
    'serve',
    '--port',
    '0',
    '--hostname',
    '127.0.0.1'
  ],
  {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      RELAY_DATA_DIR: dataDir,
      RELAY_WRITE_KEYS: 'bench-key',
      RELAY_LINGER_MS: '200'
    },
    stdio: ['ignore', 'pipe', 'inherit']
  }
)
const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()))
/** The measured half (epoch ms) and the JavaScript thread's CPU per event over it, for the profile's groups. */
let window: [number, number] | undefined
let jsUsPerEvent: number | undefined
try {
  const url = await new Promise<string>((resolve, reject) => {
    let out = ''
    proc.stdout!.on('data', (c) => {
      out += c
      const m = /RELAY_LISTENING=(\S+)/.exec(out)
      if (m) resolve(m[1]!.replace(/\/$/, ''))
    })
    proc.once('exit', () => reject(new Error('the relay exited before listening')))
  })
  const requests = Math.ceil(EVENTS / PER_REQUEST)
  const warm = Math.floor(requests / 2)
  await send(url, warm, 0)
  await drained(url)
  const before = relayCpu(proc.pid!)
  const startedAt = Date.now()
  const started = performance.now()
  await send(url, requests - warm, warm)
  const seconds = (performance.now() - started) / 1000
  await drained(url)
  const after = relayCpu(proc.pid!)
  window = [startedAt, Date.now()]
  const measured = (requests - warm) * PER_REQUEST
  const us = (s: number) => ((s * 1_000_000) / measured).toFixed(1)
  jsUsPerEvent = ((after.js - before.js) * 1_000_000) / measured
  console.log(
    `${measured} events in ${seconds.toFixed(1)} s (${Math.round(measured / seconds)} events/s); relay CPU per event: ` +
      `process ${us(after.all - before.all)} µs, JavaScript thread ${us(after.js - before.js)} µs`
  )
} finally {
  proc.kill('SIGTERM')
  await exited
}
if (profileDir) {
  const newest = readdirSync(profileDir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .sort()
    .at(-1)
  if (newest) summarise(join(profileDir, newest), { top: TOP, root: ROOT, window, usPerEvent: jsUsPerEvent })
}
