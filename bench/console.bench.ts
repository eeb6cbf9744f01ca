/**
 * The console (issue 16): (1) intake events/s through /v1/batch with and without consoles polling every API of the
 * console as fast as they answer, against the same relay process (the console must not slow intake measurably);
 * (2) how long each console page takes to load (its HTML, scripts and styles, and its API answer) with a day of
 * per-minute data in the store, 100,000 events queued, 1,000 dead letters and 500 live events (target < 1 s).
 * Load comes from this process over loopback; the relay is its own process (`bun runner/cli.ts serve`).
 */

import { openSqliteStore } from '../runner/store/sqlite-store.ts'
import type { MinuteCount } from '../runner/store/store-interface.ts'
import { tempDir } from '../test/fixtures/temp-dir.ts'
import { items } from '../test/runner/delivery/store-fixtures.ts'
import { startRelayProcess } from '../test/runner/relay-process.ts'

const WRITE_KEY = 'bench-console-key'
const TOKEN = 'bench-console-admin-token'
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5)
const MINUTE = 60_000
const QUEUED = 100_000
const EVENT_NAMES = [
  'Purchase',
  'ViewContent',
  'AddToCart',
  'InitiateCheckout',
  'Search',
  'Lead',
  'Pageview',
  'CompleteRegistration',
  'Subscribe',
  'Contact'
]
const KEYS = ['email', 'phone', 'external_id', 'ttp', 'ttclid', 'ip', 'user_agent']

function bench(name: string, value: number, unit: string, target = ''): void {
  console.log(`BENCH ${JSON.stringify({ issue: 16, name, value: Math.round(value * 100) / 100, unit, target })}`)
}

const batch = (n: number) =>
  JSON.stringify({
    writeKey: WRITE_KEY,
    batch: Array.from({ length: 100 }, (_, i) => ({
      type: 'track',
      event: 'Order Completed',
      userId: `u-${i}`,
      messageId: `m-${n}-${i}-${Math.random()}`,
      timestamp: new Date().toISOString(),
      context: { ip: '203.0.113.9', userAgent: 'Mozilla/5.0 bench', traits: { email: `b${i}@example.com` } },
      properties: { order_id: `o-${n}-${i}`, total: 42.5, currency: 'USD' }
    }))
  })

/** Events/s intake takes in SECONDS with 4 batch requests in flight. */
async function intakeRate(url: string): Promise<number> {
  let events = 0
  let n = 0
  const started = performance.now()
  const deadline = started + SECONDS * 1000
  const worker = async () => {
    while (performance.now() < deadline) {
      const res = await fetch(`${url}/v1/batch`, {
        method: 'POST',
        body: batch(n++),
        headers: { 'content-type': 'application/json' }
      })
      await res.arrayBuffer()
      if (res.status === 200) events += 100
    }
  }
  await Promise.all(Array.from({ length: 4 }, worker))
  return events / ((performance.now() - started) / 1000)
}

const API = ['overview', 'match-quality', 'live', 'unmatched', 'dead-letters']
const auth = { authorization: `Bearer ${TOKEN}` }

/**
 * `consoles` pollers asking every console API in turn, then waiting `pauseMs` (0: nonstop), until `stop()`; how
 * many answers they got. The pages themselves refresh every 3 to 30 s.
 */
function pollConsole(url: string, consoles: number, pauseMs = 0) {
  let stopped = false
  let answers = 0
  const runs = Array.from({ length: consoles }, async () => {
    while (!stopped) {
      for (const p of API) {
        const res = await fetch(`${url}/console/api/${p}`, { headers: auth })
        await res.arrayBuffer()
        answers++
      }
      if (pauseMs) await new Promise((r) => setTimeout(r, pauseMs))
    }
  })
  return {
    async stop() {
      stopped = true
      await Promise.all(runs)
      return answers
    }
  }
}

// (1) Intake with and without the console polled.
{
  const relay = await startRelayProcess({
    RELAY_WRITE_KEYS: WRITE_KEY,
    RELAY_ADMIN_TOKEN: TOKEN,
    RELAY_LINGER_MS: '200'
  })
  try {
    await intakeRate(relay.url) // warm-up
    // Alternated twice, so neither side gains from running later (a warmer JIT, a larger queue file).
    const without: number[] = []
    const polled: number[] = []
    let answers = 0
    for (let round = 0; round < 2; round++) {
      without.push(await intakeRate(relay.url))
      const poll = pollConsole(relay.url, 5, 1000)
      polled.push(await intakeRate(relay.url))
      answers += await poll.stop()
    }
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length
    const [withoutConsole, withConsole] = [mean(without), mean(polled)]
    bench('intake events/s, console not polled', withoutConsole, 'events/s')
    bench('intake events/s, 5 consoles asking every API each second', withConsole, 'events/s')
    bench('intake with the console polled, share of without', (100 * withConsole) / withoutConsole, '%', '>= 90')
    bench('console API answers while polled', answers / (2 * SECONDS), 'answers/s')
  } finally {
    await relay.stop()
  }
}

// (2) Page loads with a day of per-minute data and 100,000 events queued.
{
  const dataDir = tempDir('relay-console-bench-')
  const store = await openSqliteStore(dataDir)
  const now = Date.now()
  const first = Math.floor(now / MINUTE) * MINUTE - 1439 * MINUTE
  for (let m = 0; m < 1440; m += 60) {
    const rows: MinuteCount[] = []
    for (let k = m; k < m + 60; k++) {
      const minute = first + k * MINUTE
      const add = (series: string, label: string, count: number) => rows.push({ minute, series, label, count })
      add('received', '', 600)
      add('sent', '', 590)
      add('dropped', 'consent_denied', 5)
      add('dropped', 'no_pipeline', 3)
      add('rejected', 'invalid_event', 2)
      add('retried', 'rate_limited', 1)
      for (const e of EVENT_NAMES) {
        add('events', e, 60)
        for (const key of KEYS) add('match_key', `${e}|${key}`, 30 + (key.length % 30))
      }
      for (let u = 0; u < 20; u++) add('unmatched', `track|Custom Event ${u}`, 1)
    }
    await store.consoleStats.add(rows)
  }
  for (let i = 0; i < QUEUED + 1000; i += 5000) await store.enqueue({ items: items(5000, `q${i}`) })
  // 1,000 dead letters (TikTok's reason on each) and a full live ring, as a busy relay has.
  const dead = await store.queue.lease('bench', 1000, Date.now(), Date.now() + 60_000)
  await store.queue.deadLetter(
    dead.map((e) => e.id),
    { code: 40002, message: 'Invalid value for data.0.event_id' },
    Date.now()
  )
  const liveEvent = JSON.stringify(items(1, 'live')[0]!.event)
  const live = Array.from({ length: 500 }, (_, i) => ({
    at: now - i,
    eventName: EVENT_NAMES[i % EVENT_NAMES.length]!,
    status: 'queued' as const,
    pipeline: 'purchase',
    consent: 'granted',
    warnings: [],
    eventJson: liveEvent
  }))
  await store.consoleStats.addLive(live, 500)
  await store.close()
  // TikTok unreachable: the queue stays full (retries back off), as during an outage.
  const relay = await startRelayProcess({
    RELAY_DATA_DIR: dataDir,
    RELAY_WRITE_KEYS: WRITE_KEY,
    RELAY_ADMIN_TOKEN: TOKEN,
    TIKTOK_ACCESS_TOKEN: 'bench-token',
    TIKTOK_PIXEL_CODE: 'CPIXEL0000000000TEST',
    TIKTOK_API_URL: 'http://127.0.0.1:9/'
  })
  try {
    const pages: Record<string, string[]> = {
      overview: ['', 'overview'],
      'match quality': ['match-quality', 'match-quality'],
      'live events': ['live', 'live?limit=100'],
      unmatched: ['unmatched', 'unmatched'],
      'dead letters': ['dead-letters', 'dead-letters']
    }
    for (const [name, [path, api]] of Object.entries(pages)) {
      const times: number[] = []
      for (let run = 0; run < 5; run++) {
        const t0 = performance.now()
        const html = await (await fetch(`${relay.url}/console${path ? `/${path}` : ''}`, { headers: auth })).text()
        const assets = [...html.matchAll(/(?:src|href)="(\/console\/assets\/[^"]+)"/g)].map((m) => m[1]!)
        await Promise.all([
          ...assets.map(async (a) => (await fetch(`${relay.url}${a}`, { headers: auth })).arrayBuffer()),
          (async () => {
            const res = await fetch(`${relay.url}/console/api/${api}`, { headers: auth })
            if (res.status !== 200) throw new Error(`${api}: ${res.status}`)
            await res.arrayBuffer()
          })()
        ])
        times.push(performance.now() - t0)
      }
      times.sort((a, b) => a - b)
      bench(`console page load, ${name} (a day of minutes, 100,000 queued), median of 5`, times[2]!, 'ms', '< 1000')
    }
    const depth = (await (await fetch(`${relay.url}/console/api/overview`, { headers: auth })).json()) as any
    bench('queue depth the overview showed', depth.queue.depth, 'events', `>= ${QUEUED}`)
  } finally {
    await relay.stop()
  }
}
