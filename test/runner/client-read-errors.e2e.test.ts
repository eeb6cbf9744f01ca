/**
 * Clients that fail to deliver their body, over a real socket against the relay as a process: an aborted upload, a
 * body shorter than its Content-Length, a chunked body trickled for ever. Each is answered 400/408 when anyone still
 * listens, counted by reason, and /healthz stays 200: health turns only on the relay's own failures. The Deno and
 * Node adapters are put through the same attacks by the runtime smoke suite (test/runtimes/smoke.ts).
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { abortMidBody, shortBody, slowChunkedBody } from '../fixtures/raw-http.ts'
import { tempDir } from '../fixtures/temp-dir.ts'
import { type RelayProcess, startRelayProcess } from './relay-process.ts'

const KEY = 'wk-read-errors'
const BODY_TIMEOUT_MS = 1000
let relay: RelayProcess

beforeAll(async () => {
  const file = join(tempDir('relay-read-errors-'), 'relay.yaml')
  writeFileSync(file, `limits:\n  bodyTimeoutMs: ${BODY_TIMEOUT_MS}\n`)
  relay = await startRelayProcess({ RELAY_WRITE_KEYS: KEY }, ['--config', file])
})
afterAll(async () => {
  await relay?.stop()
})

const auth = { authorization: `Basic ${Buffer.from(`${KEY}:`).toString('base64')}` }

async function rejected(reason: string): Promise<number> {
  const text = await (await fetch(`${relay.url}/metrics`)).text()
  const m = new RegExp(`^relay_intake_rejected_total\\{reason="${reason}"\\} (\\d+)$`, 'm').exec(text)
  return m ? Number(m[1]) : 0
}

/** /healthz after the health answer's one-second cache has passed, so it reflects what just happened. */
async function healthAfterCache(): Promise<number> {
  await new Promise((r) => setTimeout(r, 1100))
  return (await fetch(`${relay.url}/healthz`)).status
}

describe('a client that fails to deliver its body', () => {
  it.each([
    ['/v1/batch', {}],
    ['/v1/batch (gzip)', { 'content-encoding': 'gzip' }],
    ['/collect', {}],
    ['/v1/batch without a write key', { authorization: '' }]
  ])('aborted uploads to %s are counted and leave /healthz at 200', async (label, headers) => {
    const path = label.split(' ')[0]!
    const before = await rejected('body_aborted')
    for (let i = 0; i < 3; i++) {
      await abortMidBody(relay.url, path, { declaredBytes: 10_000, sentBytes: 400, headers: { ...auth, ...headers } })
    }
    // Counted once the relay noticed each connection went away.
    for (let tries = 0; tries < 100 && (await rejected('body_aborted')) < before + 3; tries++) {
      await new Promise((r) => setTimeout(r, 50))
    }
    expect(await rejected('body_aborted')).toBe(before + 3)
    expect(await healthAfterCache()).toBe(200)
  })

  it('a body shorter than its Content-Length is answered 408 at the deadline', async () => {
    const before = await rejected('body_timeout')
    const answer = await shortBody(relay.url, '/v1/batch', {
      declaredBytes: 10_000,
      sentBytes: 400,
      giveUpMs: 20_000,
      headers: auth
    })
    expect(answer.status).toBe(408)
    expect(answer.ms).toBeGreaterThanOrEqual(BODY_TIMEOUT_MS - 50)
    expect(await rejected('body_timeout')).toBe(before + 1)
    expect(await healthAfterCache()).toBe(200)
  })

  it('a chunked body trickled for ever is answered 408 at the deadline, however lively the trickle', async () => {
    const answer = await slowChunkedBody(relay.url, '/v1/batch', { everyMs: 100, giveUpMs: 20_000, headers: auth })
    expect(answer.status).toBe(408)
    expect(answer.ms).toBeGreaterThanOrEqual(BODY_TIMEOUT_MS - 50)
    expect(await healthAfterCache()).toBe(200)
  })

  it('the relay still takes events afterwards', async () => {
    const res = await fetch(`${relay.url}/v1/track`, {
      method: 'POST',
      body: JSON.stringify({ userId: 'u', event: 'Order Completed', properties: {} }),
      headers: auth
    })
    expect(res.status).toBe(200)
  })
})
