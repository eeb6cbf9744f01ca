/**
 * PostgreSQL goes away under two relays and comes back: `pg_ctl restart -m fast` in the middle of an analytics-node
 * load loses nothing a relay acknowledged, and while the server is stopped intake answers 503 with Retry-After (never
 * 200) and /healthz is 503 saying why (never the URL or its password); both recover by themselves once it is back,
 * without restarting a relay.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { type FakeTikTok, startFakeTikTok } from '../../fake-tiktok/server.ts'
import { type PostgresServer, privatePostgres } from '../../fixtures/postgres.ts'
import { waitFor } from '../wait-for.ts'
import { type Cluster, spreadClient, startCluster, WRITE_KEY } from './cluster.ts'

const TOTAL = 20_000
const PASSWORD = 'pw-never-shown-7c1f'
let fake: FakeTikTok | undefined
let cluster: Cluster | undefined
let server: PostgresServer | undefined

afterEach(async () => {
  await cluster?.stop()
  await fake?.close()
  server?.remove()
})

const track = (url: string, messageId: string) =>
  fetch(`${url}/v1/track`, {
    method: 'POST',
    headers: { authorization: `Basic ${btoa(`${WRITE_KEY}:`)}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'track',
      userId: 'u-down',
      messageId,
      event: 'Order Completed',
      properties: { order_id: messageId, revenue: 1, currency: 'USD' }
    })
  })

describe('PostgreSQL restarted under the relays', () => {
  it('loses nothing acknowledged; 503 with Retry-After and a 503 /healthz while it is down; both recover alone', async () => {
    server = await privatePostgres({ fsync: false })
    // Trust authentication ignores the password; it is there to show it never leaks.
    const databaseUrl = server.url.replace('postgres@', `postgres:${PASSWORD}@`)
    fake = await startFakeTikTok({ accessToken: 'test-token', latencyMs: 20, keepRequests: false })
    cluster = await startCluster(databaseUrl, fake, 2)
    const client = spreadClient(() => cluster!.relays.map((r) => r.url), { flushAt: 50 })
    const errors: unknown[] = []
    client.analytics.on('error', (e) => errors.push(e))
    const sent: string[] = []
    let restarting: Promise<void> | undefined
    let ackedBeforeRestart = 0
    for (let i = 0; i < TOTAL; i++) {
      const messageId = `restart-${i}`
      sent.push(messageId)
      client.analytics.track({
        userId: `user-${i % 300}`,
        messageId,
        event: 'Order Completed',
        properties: { order_id: messageId, revenue: 3, currency: 'EUR' }
      })
      if (i % 500 === 499) await new Promise((r) => setTimeout(r, 20))
      // Mid-load: calls keep coming while the server ends its sessions and starts again.
      if (i === TOTAL / 4) {
        await waitFor('some of the load acknowledged', () => client.acknowledged.size > 0, 60_000)
        ackedBeforeRestart = client.acknowledged.size
        restarting = server.restartInBackground()
      }
    }
    await restarting
    expect(ackedBeforeRestart).toBeLessThan(TOTAL / 2)
    await client.analytics.closeAndFlush({ timeout: 180_000 })
    expect(errors).toEqual([])
    expect(client.acknowledged.size).toBe(TOTAL)

    // Now down for a while: refused with a retry, never accepted, and every relay says why.
    server.stop()
    const [a, b] = cluster.relays
    const down = await track(a!.url, 'while-down')
    expect(down.status).toBe(503)
    expect(Number(down.headers.get('retry-after'))).toBeGreaterThan(0)
    for (const relay of [a!, b!]) {
      const health = await waitFor('a 503 /healthz', async () => {
        const res = await fetch(`${relay.url}/healthz`)
        return res.status === 503 ? ((await res.json()) as { ok: boolean; error: string }) : undefined
      })
      expect(health.ok).toBe(false)
      expect(health.error).toMatch(/PostgreSQL queue cannot commit: .+/)
      expect(health.error).not.toContain(PASSWORD)
      expect(health.error).not.toContain(databaseUrl)
    }

    server.start()
    for (const relay of [a!, b!]) {
      await waitFor('a 200 /healthz again', async () => (await fetch(`${relay.url}/healthz`)).status === 200, 30_000)
    }
    const back = await waitFor('intake accepting again', async () => {
      const res = await track(b!.url, 'after-restart')
      return res.status === 200 ? res.json() : undefined
    })
    expect(back).toEqual({ success: true, accepted: 1 })
    sent.push('after-restart')

    const ids = () => fake!.stats().eventIds
    await waitFor('every acknowledged event at TikTok', () => sent.every((id) => ids()[id]), 120_000)
    expect(ids()['while-down']).toBeUndefined()
    for (const relay of cluster.relays) expect(relay.stderr()).not.toContain(PASSWORD)
  }, 420_000)
})
