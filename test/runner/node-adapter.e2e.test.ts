import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serveWithNode } from '../../runner/adapters/node.ts'
import type { ServedRelay } from '../../runner/adapters/served.ts'
import { loadRelayConfig } from '../../runner/config/load-config.ts'
import { silentLogger } from '../../runner/log.ts'
import { createRelay, type Relay } from '../../runner/main-relay.ts'
import { tempDir } from '../fixtures/temp-dir.ts'

let relay: Relay
let served: ServedRelay

beforeAll(async () => {
  const loaded = await loadRelayConfig({
    env: { RELAY_WRITE_KEYS: 'node-key', RELAY_DATA_DIR: join(tempDir('relay-node-'), 'data') }
  })
  relay = await createRelay(loaded, silentLogger)
  served = await serveWithNode(relay.handler, { port: 0, hostname: '127.0.0.1' })
})
afterAll(async () => {
  await served?.stop()
  await relay?.close()
})

describe('Node adapter', () => {
  it('serves intake with gzip bodies and Basic auth', async () => {
    const res = await fetch(`${served.url}/v1/batch`, {
      method: 'POST',
      body: gzipSync(JSON.stringify({ batch: [{ type: 'track', userId: 'u', event: 'Order Completed' }] })),
      headers: { 'content-encoding': 'gzip', authorization: `Basic ${btoa('node-key:')}` }
    })
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ success: true, accepted: 1 })
  })

  it('passes several Set-Cookie headers and CORS headers through', async () => {
    // A page on the relay's own site (another port of the same host) is allowed the cookies by default.
    const origin = 'http://127.0.0.1:3000'
    const res = await fetch(`${served.url}/collect`, {
      method: 'POST',
      body: JSON.stringify({
        type: 'page',
        writeKey: 'node-key',
        context: { page: { url: 'https://s.example/?ttclid=abc' } }
      }),
      headers: { origin }
    })
    expect(res.status).toBe(200)
    expect(res.headers.getSetCookie().map((c) => c.split('=')[0])).toEqual(['_ttp', 'ttclid'])
    expect(res.headers.get('access-control-allow-origin')).toBe(origin)
    expect(res.headers.get('access-control-allow-credentials')).toBe('true')
  })

  it('answers 401 and 404 like the other runtimes', async () => {
    expect((await fetch(`${served.url}/v1/track`, { method: 'POST', body: '{}' })).status).toBe(401)
    expect((await fetch(`${served.url}/nope`)).status).toBe(404)
  })

  it('answers 405 with Allow, and a 20 MB body 413 naming the limit, like the other runtimes', async () => {
    const put = await fetch(`${served.url}/v1/track`, { method: 'PUT', body: '{}' })
    expect(put.status).toBe(405)
    expect(put.headers.get('allow')).toBe('POST, OPTIONS')
    const res = await fetch(`${served.url}/v1/batch`, {
      method: 'POST',
      body: new Uint8Array(20 * 1024 * 1024).fill(0x20),
      headers: { authorization: `Basic ${btoa('node-key:')}` }
    })
    expect(res.status).toBe(413)
    expect((await res.json()).message).toBe('Request size exceeds max limit of 512000 bytes')
  })
})
