/**
 * Issue 11: the relay as a user runs it (a process, fed over /v1/batch in calls of 100) against TikTok's documented
 * failure modes played by the fake TikTok on loopback: a run of failures then a throttled TikTok with a kill -9 in
 * the middle, a 429 with a long Retry-After, a Retry-After of a year with an age limit, a long outage, and a kill -9
 * during an outage. Every acknowledged event arrives; duplicates only from the crash and only under the same
 * event_id; no request carries an event_id twice. No speed is asserted: bounds are what the configuration promises,
 * with seconds of slack for a loaded machine.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { alternatingFailures, tooManyRequests } from '../../fake-tiktok/answers.ts'
import type { FakeTikTok } from '../../fake-tiktok/server.ts'
import { runCli } from '../relay-process.ts'
import { waitFor } from '../wait-for.ts'
import {
  batchesOf,
  circuitState,
  deliveryReport,
  fakeTikTok,
  kill9,
  killAll,
  logLines,
  sendAll,
  sleep,
  startRelay
} from './outage-fixtures.ts'
import { tempDataDir } from './store-fixtures.ts'

let fake: FakeTikTok | undefined
afterEach(async () => {
  await killAll()
  await fake?.close()
  fake = undefined
})

const allArrived = (f: FakeTikTok, accepted: Set<string>, timeoutMs: number) =>
  waitFor(
    `all ${accepted.size} acknowledged events at TikTok`,
    () => deliveryReport(f, accepted).missing.length === 0,
    timeoutMs
  )

const queueDepth = async (dataDir: string) =>
  JSON.parse((await runCli(['status', '--data-dir', dataDir, '--json'])).stdout) as {
    queueDepth: number
    deadLetters: number
    leased: number
  }

describe('delivery through TikTok outages (issue 11)', () => {
  it('30 failures, then a throttled TikTok, kill -9 at 40%: every acknowledged event arrives, no stall', async () => {
    fake = await fakeTikTok(50)
    fake.answerNext(...alternatingFailures(30))
    fake.setThrottle(20)
    const dataDir = tempDataDir('relay-outage-1-')
    // Probes at most 500 ms apart, so the 30 failures pass in seconds.
    const env = { RELAY_PROBE_MAX_INTERVAL_MS: '500', RELAY_LINGER_MS: '200' }
    let relay = await startRelay(dataDir, fake, env)
    const accepted = new Set<string>()
    let inFlightAtKill = -1
    // One client: no call is half-way at the kill. (A call committed but not yet answered is sent again by its
    // client, and the intake's messageId dedup is in memory: that duplicate would be the intake's, not delivery's.)
    await sendAll(() => relay.url, batchesOf('fail', 20_000), accepted, {
      clients: 1,
      afterEach: async () => {
        if (inFlightAtKill >= 0 || accepted.size < 8_000) return
        const deliveredAtKill = Object.keys(fake!.stats().eventIds).length
        inFlightAtKill = accepted.size - deliveredAtKill
        await kill9(relay)
        relay = await startRelay(dataDir, fake!, env)
      }
    })
    expect(accepted.size).toBe(20_000)
    expect(inFlightAtKill).toBeGreaterThan(0)

    await allArrived(fake, accepted, 240_000)
    const report = deliveryReport(fake, accepted)
    expect(report.strangers).toEqual([])
    expect(report.extraCopies).toBeLessThanOrEqual(Math.floor(inFlightAtKill / 100))
    expect(report.repeatsWithinRequest).toBe(0)
    expect(fake.stats().requests).toBeGreaterThan(30)
    await waitFor('an empty queue', async () => (await queueDepth(dataDir)).queueDepth === 0)
    // The restarted relay took back the killed one's leases, once; nothing else was "taken back".
    expect(logLines(relay, 'took back leases of a stopped worker').length).toBeLessThanOrEqual(1)
    expect(logLines(relay, 'expired leases')).toEqual([])
    expect(logLines(relay, 'circuit closed').length).toBeGreaterThanOrEqual(1)
    expect(await relay.stop()).toBe(0)
  }, 360_000)

  it('429 with Retry-After: 120, then 5,000 events queue: paused for backoffCapMs, then each delivered once', async () => {
    fake = await fakeTikTok()
    fake.answerNext(tooManyRequests(120))
    const dataDir = tempDataDir('relay-outage-2-')
    // The pause (15 s) outlives a lease (3 x 1 s + linger + 10 s = 14 s): rows must not be leased while paused.
    const relay = await startRelay(dataDir, fake, { RELAY_BACKOFF_CAP_MS: '15000', RELAY_TIMEOUT_MS: '1000' })
    const accepted = new Set<string>()
    await sendAll(() => relay.url, batchesOf('limited', 100), accepted)
    await waitFor('the circuit open', async () => (await circuitState(relay)) === 'open')
    const limitedAt = fake.requests[0]!.receivedAt
    await sendAll(() => relay.url, batchesOf('paused', 5_000), accepted)
    expect(accepted.size).toBe(5_100)

    await allArrived(fake, accepted, 120_000)
    const report = deliveryReport(fake, accepted)
    expect(report.extraCopies).toBe(0)
    expect(report.strangers).toEqual([])
    expect(report.repeatsWithinRequest).toBe(0)
    // Nothing went during the pause; it was min(Retry-After, backoffCapMs), not 120 s.
    const resumedAt = fake.requests[1]!.receivedAt
    expect(resumedAt - limitedAt).toBeGreaterThanOrEqual(14_500)
    expect(resumedAt - limitedAt).toBeLessThan(110_000)
    const [opened] = logLines(relay, 'circuit opened')
    expect(opened).toMatchObject({ pixel: expect.any(String), retryAfterMs: 120_000, pauseMs: 15_000 })
    expect(logLines(relay, 'circuit closed')).toEqual([expect.objectContaining({ openForMs: expect.any(Number) })])
    expect(logLines(relay, 'took back')).toEqual([])
    await waitFor('the circuit closed', async () => (await circuitState(relay)) === 'closed')
    expect(await relay.stop()).toBe(0)
  }, 240_000)

  it('Retry-After of a year is capped; events older than maxAgeMs are dead-lettered when leased, saying why', async () => {
    fake = await fakeTikTok()
    fake.answerNext(tooManyRequests(31_536_000))
    const dataDir = tempDataDir('relay-outage-3-')
    const relay = await startRelay(dataDir, fake, {
      RELAY_BACKOFF_CAP_MS: '8000',
      RELAY_MAX_AGE_MS: '4000',
      RELAY_LINGER_MS: '50'
    })
    const accepted = new Set<string>()
    await sendAll(() => relay.url, batchesOf('limited', 100), accepted)
    await waitFor('the circuit open', async () => (await circuitState(relay)) === 'open')
    await sendAll(() => relay.url, batchesOf('held', 400), accepted)
    // Held through the pause, all 500 pass maxAgeMs: dead letters, the 429's and those never sent alike.
    await waitFor('500 dead letters', async () => (await queueDepth(dataDir)).deadLetters === 500, 60_000)
    const status = await runCli(['status', '--data-dir', dataDir, '--show-dead-letters'])
    expect(status.stdout).toMatch(/event_id=held-\S+ +attempts=1 +older than maxAgeMs \(4000 ms\)/)
    expect(fake.stats()).toMatchObject({ requests: 1, acceptedEvents: 0 })

    // Capped: the pixel sends again within seconds, not a year.
    const fresh = new Set<string>()
    await sendAll(() => relay.url, batchesOf('fresh', 200), fresh)
    await allArrived(fake, fresh, 60_000)
    expect(deliveryReport(fake, fresh).extraCopies).toBe(0)
    expect(logLines(relay, 'circuit opened')[0]).toMatchObject({ retryAfterMs: 31_536_000_000, pauseMs: 8000 })
    expect(await relay.stop()).toBe(0)
  }, 240_000)

  it('a long outage: one probe per interval, and the backlog starts draining within probeMaxIntervalMs of recovery', async () => {
    fake = await fakeTikTok()
    const probeMax = 4000
    fake.downFor(600_000)
    const dataDir = tempDataDir('relay-outage-4-')
    const relay = await startRelay(dataDir, fake, { RELAY_PROBE_MAX_INTERVAL_MS: String(probeMax) })
    const accepted = new Set<string>()
    await sendAll(() => relay.url, batchesOf('first', 100), accepted)
    await waitFor('the circuit open', async () => (await circuitState(relay)) === 'open')
    await sendAll(() => relay.url, batchesOf('long', 5_000), accepted)
    // Down for several probe intervals, then back.
    const before = fake.stats().requests
    await sleep(3 * probeMax)
    const probesWhileDown = fake.stats().requests - before
    const recoveredAt = Date.now()
    fake.downFor(0)

    await allArrived(fake, accepted, 120_000)
    // One probe per interval while down (1 s, 2 s, then every 4 s), never the backlog again and again.
    expect(probesWhileDown).toBeGreaterThanOrEqual(1)
    expect(probesWhileDown).toBeLessThanOrEqual(6)
    expect(fake.stats().firstAcceptedAt! - recoveredAt).toBeLessThanOrEqual(probeMax + 10_000)
    const report = deliveryReport(fake, accepted)
    expect(report.extraCopies).toBe(0)
    expect(report.repeatsWithinRequest).toBe(0)
    const closed = logLines(relay, 'circuit closed')
    expect(closed).toEqual([expect.objectContaining({ pixel: expect.any(String), openForMs: expect.any(Number) })])
    expect(closed[0]!.openForMs).toBeGreaterThanOrEqual(3 * probeMax)
    expect(await relay.stop()).toBe(0)
  }, 240_000)

  it('kill -9 during an outage, restart: everything is delivered, once', async () => {
    fake = await fakeTikTok()
    fake.downFor(600_000)
    const dataDir = tempDataDir('relay-outage-5-')
    const env = { RELAY_PROBE_MAX_INTERVAL_MS: '2000' }
    const first = await startRelay(dataDir, fake, env)
    const accepted = new Set<string>()
    await sendAll(() => first.url, batchesOf('crash', 3_000), accepted)
    await waitFor('two failed probes', () => fake!.stats().requests >= 2)
    await kill9(first)

    const relay = await startRelay(dataDir, fake, env)
    await sleep(2000)
    fake.downFor(0)
    await allArrived(fake, accepted, 120_000)
    const report = deliveryReport(fake, accepted)
    expect(report.extraCopies).toBe(0)
    expect(report.repeatsWithinRequest).toBe(0)
    await waitFor('an empty queue', async () => (await queueDepth(dataDir)).queueDepth === 0)
    expect(await relay.stop()).toBe(0)
  }, 240_000)
})
