/**
 * A relay on PostgreSQL while the server is stopped for 35 s: its log says each kind of store failure once, then one
 * summary every 30 s with the count held back (instead of ~4 lines a second), and one line once the store is back.
 * A real server stopped with pg_ctl; the relay as a process, its stderr read as an operator would.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { type FakeTikTok, startFakeTikTok } from '../../fake-tiktok/server.ts'
import { type PostgresServer, privatePostgres } from '../../fixtures/postgres.ts'
import { type RelayProcess, startRelayProcess } from '../relay-process.ts'
import { waitFor } from '../wait-for.ts'

let server: PostgresServer | undefined
let fake: FakeTikTok | undefined
let relay: RelayProcess | undefined

afterEach(async () => {
  await relay?.stop()
  await fake?.close()
  server?.remove()
})

const linesOf = (text: string) =>
  text
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as { level: string; msg: string; [k: string]: unknown })
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

describe('the log while PostgreSQL is down', () => {
  it('says each store failure once, a summary every 30 s with the count, and when the store is back', async () => {
    server = await privatePostgres({ fsync: false })
    fake = await startFakeTikTok({ accessToken: 'test-token' })
    relay = await startRelayProcess({
      RELAY_DATABASE_URL: server.url,
      TIKTOK_ACCESS_TOKEN: 'test-token',
      TIKTOK_PIXEL_CODE: 'COUTAGELOG01',
      TIKTOK_API_URL: fake.url,
      RELAY_LINGER_MS: '20'
    })
    const before = relay.stderr().length
    server.stop()
    // Intake during the outage: 503 for each call, and no line per call.
    for (let i = 0; i < 20; i++) {
      const res = await fetch(`${relay.url}/v1/track`, {
        method: 'POST',
        body: JSON.stringify({ userId: 'u', event: 'Order Completed', properties: { revenue: 1, currency: 'USD' } })
      })
      expect(res.status).toBe(503)
    }
    await sleep(35_000)
    const down = linesOf(relay.stderr().slice(before))
    const storeLines = down.filter((l) => String(l.error ?? '').startsWith('the store is unavailable'))
    // Each kind once (the delivery loop, the heartbeat, the circuits, the console flush, intake, /healthz, ...), and
    // the summary: not the ~140 lines of 35 s at 4 a second.
    expect(storeLines.length).toBeLessThan(15)
    const summaries = down.filter((l) => l.msg === 'the store is still unavailable')
    expect(summaries).toHaveLength(1)
    expect(summaries[0]!.heldBack).toBeGreaterThan(50)
    // The delivery worker's once-a-second retry (its lease, or its loop) is among the lines held back.
    const heldKinds = Object.keys(summaries[0]!.heldBackByMessage as Record<string, number>)
    expect(
      heldKinds.filter((m) => /^(leasing from the queue|delivery loop) failed; retrying in 1 s$/.test(m))
    ).not.toEqual([])
    expect(summaries[0]!.heldBackByMessage).toHaveProperty(['intake failed: the store is unavailable'])
    // No line said twice.
    expect(new Set(storeLines.map((l) => `${l.level} ${l.msg} ${l.error}`)).size).toBe(storeLines.length)

    server.start()
    const back = await waitFor('the store is back line', () =>
      linesOf(relay!.stderr().slice(before)).find((l) => l.msg === 'the store is back')
    )
    expect(back.level).toBe('info')
    expect(back.downForSeconds).toBeGreaterThanOrEqual(35)
    // And intake takes events again.
    const res = await fetch(`${relay.url}/v1/track`, {
      method: 'POST',
      body: JSON.stringify({ userId: 'u', event: 'Order Completed', properties: { revenue: 1, currency: 'USD' } })
    })
    expect(res.status).toBe(200)
  }, 120_000)
})
