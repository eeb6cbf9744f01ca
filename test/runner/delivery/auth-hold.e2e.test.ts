/**
 * A wrong or revoked TikTok access token (found by a trial): the relay as a user runs it (a process, fed over
 * /v1/batch) against the fake TikTok, which answers 40105 to any token but its own. The events are held in the queue,
 * not dead-lettered; /healthz, `status`, the circuit gauge and the log say why; the token appears in none of them nor
 * in the data dir. Restarted with the right token on the same data dir, the relay removes the wrong token's held
 * circuit (it holds only relays sending with that token) and delivers every held event once, at once. Events held past maxAgeMs are dead-lettered with a reason naming the token fault.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { tokenFingerprint } from '../../../runner/delivery/token-fingerprint.ts'
import type { FakeTikTok } from '../../fake-tiktok/server.ts'
import { runCli } from '../relay-process.ts'
import { waitFor } from '../wait-for.ts'
import {
  batchesOf,
  circuitState,
  deliveryReport,
  fakeTikTok,
  killAll,
  logLines,
  OUTAGE_PIXEL,
  sendAll,
  startRelay
} from './outage-fixtures.ts'
import { tempDataDir } from './store-fixtures.ts'

const WRONG_TOKEN = 'wrong-token-5ecr3t-do-not-log'
/** The sentence for the wrong token, named by its fingerprint's first 8 digits (never the token). */
const HELD = async () =>
  `TikTok refused the access token (40105) for pixel ${OUTAGE_PIXEL} (access token ${(await tokenFingerprint(WRONG_TOKEN, OUTAGE_PIXEL)).slice(0, 8)}): relays sending with this token hold the pixel's events in the queue; fix the token and restart them`

let fake: FakeTikTok | undefined
afterEach(async () => {
  await killAll()
  await fake?.close()
  fake = undefined
})

const status = async (dataDir: string, extra: string[] = []) => {
  const run = await runCli(['status', '--data-dir', dataDir, '--json', ...extra])
  expect(run.stderr).not.toContain(WRONG_TOKEN)
  expect(run.stdout).not.toContain(WRONG_TOKEN)
  return JSON.parse(run.stdout) as {
    queueDepth: number
    deadLetters: number
    deliveryHeld: string[]
    deadLettersShown: Array<{ errorCode: number | null; errorMessage: string }>
  }
}

/** Every file of the data dir, as bytes: the token must be in none (SQLite, its WAL, anything else). */
const dataDirHolds = (dataDir: string, text: string) =>
  readdirSync(dataDir, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile())
    .some((f) => readFileSync(join(f.parentPath, f.name)).includes(Buffer.from(text)))

describe('a refused access token holds events (found by a trial)', () => {
  it('wrong token: events held, not dead-lettered, and said why; restarted with the right token: each delivered once', async () => {
    fake = await fakeTikTok()
    const dataDir = tempDataDir('relay-auth-hold-')
    // The longest probe interval allowed: the restarted relay must not wait for it.
    const env = { RELAY_PROBE_MAX_INTERVAL_MS: '30000', RELAY_LINGER_MS: '200' }
    const wrong = await startRelay(dataDir, fake, { ...env, TIKTOK_ACCESS_TOKEN: WRONG_TOKEN })
    const accepted = new Set<string>()
    await sendAll(() => wrong.url, batchesOf('held', 300), accepted)
    expect(accepted.size).toBe(300)
    await waitFor('the circuit held', async () => (await circuitState(wrong)) === 'held')
    const refusedAt = fake.requests[0]!.receivedAt
    await waitFor('every event back in the queue', async () => (await status(dataDir)).queueDepth === 300)

    const HELD_SENTENCE = await HELD()
    const held = await status(dataDir)
    expect(held).toMatchObject({ queueDepth: 300, deadLetters: 0, deliveryHeld: [HELD_SENTENCE] })
    const health = await fetch(`${wrong.url}/healthz`)
    expect(health.status).toBe(200)
    expect(await health.json()).toMatchObject({ ok: true, deliveryHeld: [HELD_SENTENCE] })
    const text = (await runCli(['status', '--data-dir', dataDir])).stdout
    expect(text).toContain(`Delivery held:       ${HELD_SENTENCE}`)
    // One line says it when the hold starts, with TikTok's code and words; nothing was dead-lettered.
    expect(logLines(wrong, HELD_SENTENCE)).toEqual([
      expect.objectContaining({ level: 'error', pixel: OUTAGE_PIXEL, code: 40105, nextProbeInMs: 30_000 })
    ])
    expect(logLines(wrong, 'dead-letter')).toEqual([])
    expect(deliveryReport(fake, accepted).missing).toHaveLength(300)
    expect(await wrong.stop()).toBe(0)
    expect(wrong.stderr()).not.toContain(WRONG_TOKEN)
    expect(dataDirHolds(dataDir, WRONG_TOKEN)).toBe(false)
    const refusedRequests = fake.requests.length

    const right = await startRelay(dataDir, fake, env)
    await waitFor(
      `all ${accepted.size} held events at TikTok`,
      () => deliveryReport(fake!, accepted).missing.length === 0,
      60_000
    )
    const report = deliveryReport(fake, accepted)
    expect(report).toMatchObject({ extraCopies: 0, strangers: [], repeatsWithinRequest: 0 })
    // The held circuit was the wrong token's: the restarted relay (the data dir's only one) removed it at its start
    // and sent at once, not when the held circuit's next probe (30 s after the refusal) came.
    expect(logLines(right, 'removed the held circuit of an access token')).toEqual([
      expect.objectContaining({ pixel: OUTAGE_PIXEL, authFault: 'TikTok refused the access token (40105)' })
    ])
    expect(fake.requests[refusedRequests]!.receivedAt).toBeLessThan(refusedAt + 30_000)
    await waitFor('the circuit closed', async () => (await circuitState(right)) === 'closed')
    expect(await status(dataDir)).toMatchObject({ queueDepth: 0, deadLetters: 0, deliveryHeld: [] })
    expect(await (await fetch(`${right.url}/healthz`)).json()).not.toHaveProperty('deliveryHeld')
    expect(await right.stop()).toBe(0)
  }, 180_000)

  it('events held past maxAgeMs are dead-lettered with a reason naming the token fault', async () => {
    fake = await fakeTikTok()
    const dataDir = tempDataDir('relay-auth-hold-age-')
    const relay = await startRelay(dataDir, fake, {
      TIKTOK_ACCESS_TOKEN: WRONG_TOKEN,
      RELAY_MAX_AGE_MS: '3000',
      RELAY_PROBE_MAX_INTERVAL_MS: '500',
      RELAY_LINGER_MS: '50'
    })
    const accepted = new Set<string>()
    await sendAll(() => relay.url, batchesOf('aged', 100), accepted)
    await waitFor('every held event dead-lettered for its age', async () => (await status(dataDir)).deadLetters === 100)
    const { deadLettersShown, queueDepth } = await status(dataDir, ['--show-dead-letters', '100'])
    expect(queueDepth).toBe(0)
    expect(deadLettersShown).toHaveLength(100)
    for (const d of deadLettersShown) expect(d.errorMessage).toContain('TikTok refused the access token (40105)')
    // They waited for the token, not for attempts: more refused probes than maxAttempts would not matter.
    expect(fake.requests.length).toBeGreaterThanOrEqual(1)
    expect(await relay.stop()).toBe(0)
    expect(relay.stderr()).not.toContain(WRONG_TOKEN)
  }, 120_000)
})
