/**
 * Issue 11 bench: TikTok down for 3 minutes while 20,000 events queue (the relay as a process, fed over /v1/batch in
 * calls of 100), then back. Prints the time from TikTok's recovery to the first delivered event and to the whole
 * backlog, events delivered more than once (no crash here, so the target is 0) and events lost.
 *   bun bench/delivery-outage.bench.ts        (BENCH_OUTAGE_MS=20000 for a shorter outage)
 * Its own file, not delivery.bench.ts: the outage alone takes 3 minutes, and run-all.mjs gives each file 5.
 */
import { startFakeTikTok } from '../test/fake-tiktok/server.ts'
import { startRelayProcess } from '../test/runner/relay-process.ts'

const OUTAGE_MS = Number(process.env.BENCH_OUTAGE_MS ?? 180_000)
const EVENTS = 20_000
const PIXEL = 'CBENCHOUTAGEPIXEL000'
const WRITE_KEY = 'wk-bench-outage'
const auth = `Basic ${Buffer.from(`${WRITE_KEY}:`).toString('base64')}`
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

const bench = (name: string, value: number, unit: string, target: string) =>
  console.log(`BENCH ${JSON.stringify({ issue: 11, name, value: Math.round(value * 100) / 100, unit, target })}`)

async function post(url: string, ids: string[]): Promise<boolean> {
  try {
    const res = await fetch(`${url}/v1/batch`, {
      method: 'POST',
      headers: { authorization: auth, 'content-type': 'application/json' },
      body: JSON.stringify({
        batch: ids.map((id) => ({
          type: 'track',
          event: 'Order Completed',
          messageId: id,
          userId: `u-${id}`,
          properties: { revenue: 25, currency: 'USD', order_id: id }
        }))
      })
    })
    await res.text()
    return res.status === 200
  } catch {
    return false
  }
}

const fake = await startFakeTikTok({ accessToken: 'test-token', latencyMs: 50, keepRequests: false })
fake.downFor(OUTAGE_MS)
const recoversAt = Date.now() + OUTAGE_MS
const relay = await startRelayProcess({
  TIKTOK_ACCESS_TOKEN: 'test-token',
  TIKTOK_PIXEL_CODE: PIXEL,
  RELAY_WRITE_KEYS: WRITE_KEY,
  TIKTOK_API_URL: fake.url
})
try {
  for (let b = 0; b < EVENTS / 100; b++) {
    const ids = Array.from({ length: 100 }, (_, i) => `outage-${b}-${i}`)
    while (!(await post(relay.url, ids))) await sleep(50)
  }
  console.error(`[outage bench] ${EVENTS} events queued; TikTok down for ${OUTAGE_MS / 1000} s`)
  await sleep(Math.max(0, recoversAt - Date.now()))

  const unique = () => Object.keys(fake.stats().eventIds).length
  const deadline = recoversAt + 180_000
  while (unique() < EVENTS && Date.now() < deadline) await sleep(50)
  const stats = fake.stats()
  const allAt = unique() >= EVENTS && stats.lastAcceptedAt !== null ? stats.lastAcceptedAt : Date.now()
  const copies = Object.values(stats.eventIds)
  const first = stats.firstAcceptedAt === null ? Number.NaN : (stats.firstAcceptedAt - recoversAt) / 1000
  bench('time from TikTok recovery to the first delivered event (3-minute outage)', first, 's', '<= 30')
  bench(
    'time from TikTok recovery to the whole 20,000-event backlog delivered',
    (allAt - recoversAt) / 1000,
    's',
    '<= 60'
  )
  bench(
    'events delivered more than once after an outage (no crash)',
    copies.filter((n) => n > 1).length,
    'events',
    '<= 0'
  )
  bench('events lost in an outage', EVENTS - copies.length, 'events', '<= 0')
  bench('requests to TikTok during the outage (probes)', stats.requests - stats.acceptedRequests, 'requests', '')
} finally {
  await relay.stop()
  await fake.close()
}
process.exit(0)
