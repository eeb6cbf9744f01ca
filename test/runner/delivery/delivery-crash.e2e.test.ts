/**
 * The relay as a user runs it (`bun runner/cli.ts serve`), its intake fed over HTTP, TikTok faked on loopback:
 * kill -9 in the middle of a 20,000-event load, restart on the same data dir, and every event the intake answered
 * 200 for reaches TikTok (duplicates only of the same event_id, which TikTok deduplicates). And SIGTERM drains.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { type FakeTikTok, startFakeTikTok } from '../../fake-tiktok/server.ts'
import { type RelayProcess, runCli, startRelayProcess } from '../relay-process.ts'
import { waitFor } from '../wait-for.ts'
import { tempDataDir } from './store-fixtures.ts'

const WRITE_KEY = 'wk-delivery-crash'
const auth = `Basic ${Buffer.from(`${WRITE_KEY}:`).toString('base64')}`
let fake: FakeTikTok | undefined
const relays: RelayProcess[] = []

afterEach(async () => {
  for (const r of relays.splice(0)) if (r.proc.exitCode === null) r.proc.kill('SIGKILL')
  await fake?.close()
})

function startRelay(dataDir: string, fakeUrl: string) {
  return startRelayProcess({
    RELAY_DATA_DIR: dataDir,
    TIKTOK_ACCESS_TOKEN: 'test-token',
    TIKTOK_PIXEL_CODE: 'CCRASHTESTPIXEL',
    RELAY_WRITE_KEYS: WRITE_KEY,
    TIKTOK_API_URL: fakeUrl
  }).then((r) => {
    relays.push(r)
    return r
  })
}

const purchase = (id: string) => ({
  type: 'track',
  event: 'Order Completed',
  messageId: id,
  userId: `user-${id}`,
  properties: { revenue: 25, currency: 'USD', order_id: id }
})

/** POSTs one batch; resolves with its ids if the relay answered 200, [] if it did not (refused, or died). */
async function send(url: string, ids: string[]): Promise<string[]> {
  try {
    const res = await fetch(`${url}/v1/batch`, {
      method: 'POST',
      headers: { authorization: auth, 'content-type': 'application/json' },
      body: JSON.stringify({ batch: ids.map(purchase) })
    })
    await res.text()
    return res.status === 200 ? ids : []
  } catch {
    return []
  }
}

describe('delivery across a crash', () => {
  it('delivers every accepted event after kill -9 mid-load and a restart', async () => {
    fake = await startFakeTikTok({ accessToken: 'test-token', latencyMs: 30, keepRequests: false })
    const dataDir = tempDataDir('relay-crash-')
    const batches = Array.from({ length: 200 }, (_, b) => Array.from({ length: 100 }, (_, i) => `crash-${b}-${i}`))
    const accepted = new Set<string>()
    let relay = await startRelay(dataDir, fake.url)

    // Eight clients in parallel, retrying a batch the relay did not answer 200 (as Segment's SDKs do); the relay is
    // killed once half the load is in, wherever delivery is at.
    let next = 0
    let killed = false
    const client = async (): Promise<void> => {
      while (next < batches.length) {
        const batch = batches[next++]!
        for (let got = await send(relay.url, batch); got.length === 0; got = await send(relay.url, batch)) {
          await new Promise((r) => setTimeout(r, 50))
        }
        for (const id of batch) accepted.add(id)
        if (!killed && accepted.size >= 10_000) {
          killed = true
          relay.proc.kill('SIGKILL')
          await new Promise((r) => relay.proc.once('exit', r))
          relay = await startRelay(dataDir, fake!.url)
        }
      }
    }
    await Promise.all(Array.from({ length: 8 }, client))
    expect(killed).toBe(true)
    expect(fake.stats().acceptedEvents).toBeGreaterThan(0)

    const ids = () => fake!.stats().eventIds
    await waitFor('every accepted event at TikTok', () => [...accepted].every((id) => ids()[id]), 60_000)
    await waitFor(
      'an empty queue',
      async () => (await runCli(['status', '--data-dir', dataDir])).stdout.includes('Queue depth:         0 event(s)'),
      30_000
    )
    const counts = ids()
    const duplicates = Object.values(counts).filter((n) => n > 1).length
    // Only what was in flight or leased at the kill can go twice: at most (concurrency + 1) x 1,000 events.
    expect(duplicates).toBeLessThanOrEqual(9_000)
    expect(Object.keys(counts).every((id) => id.startsWith('crash-'))).toBe(true)
    expect(accepted.size).toBe(20_000)
    expect(await relay.stop()).toBe(0)
  })

  it('drains in-flight requests on SIGTERM, acks them, and keeps the rest queued', async () => {
    fake = await startFakeTikTok({ accessToken: 'test-token', latencyMs: 1500 })
    const dataDir = tempDataDir('relay-sigterm-')
    const relay = await startRelay(dataDir, fake.url)
    const ids = Array.from({ length: 3000 }, (_, i) => `term-${i}`)
    for (let i = 0; i < ids.length; i += 500) expect(await send(relay.url, ids.slice(i, i + 500))).toHaveLength(500)
    await waitFor('a request in flight at TikTok', () => fake!.requests.length > 0)

    expect(await relay.stop()).toBe(0)
    const deliveredAtTikTok = fake.stats().acceptedEvents
    expect(deliveredAtTikTok).toBeGreaterThanOrEqual(1000)
    const status = await runCli(['status', '--data-dir', dataDir, '--json'])
    const json = JSON.parse(status.stdout)
    expect(json.counters.delivered).toBe(deliveredAtTikTok)
    expect(json.queueDepth).toBe(3000 - deliveredAtTikTok)
    expect(json.leased).toBe(0)
  })
})
