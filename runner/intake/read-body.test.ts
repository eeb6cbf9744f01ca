import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { IntakeError } from './intake-error.ts'
import { readBody } from './read-body.ts'

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request('http://relay.test/v1/track', { method: 'POST', body, headers, duplex: 'half' } as RequestInit)

const LIMITS = { maxBytes: 1000, timeoutMs: 5000 }

function streamOf(bytes: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(c) {
      for (let i = 0; i < bytes.length; i += 1000) c.enqueue(bytes.slice(i, i + 1000))
      c.close()
    }
  })
}

/** A body whose connection breaks after the first bytes, as a runtime reports an aborted upload. */
function brokenStream(first: Uint8Array): ReadableStream<Uint8Array> {
  let sent = false
  return new ReadableStream({
    pull(c) {
      if (sent) return c.error(new Error('aborted'))
      sent = true
      c.enqueue(first)
    }
  })
}

/** A body that sends its first bytes and then nothing, ever (a stalled or slowloris client). */
function stalledStream(first: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(c) {
      c.enqueue(first)
    }
  })
}

async function failure(p: Promise<unknown>): Promise<string> {
  try {
    await p
    return 'ok'
  } catch (err) {
    if (err instanceof IntakeError) return `${err.status} ${err.reason}`
    throw err
  }
}

describe('readBody', () => {
  it('reads plain and gzip bodies alike', async () => {
    const json = JSON.stringify({ userId: 'u', event: 'Ünïcode ✓' })
    expect(await readBody(post(json), LIMITS)).toBe(json)
    expect(await readBody(post(gzipSync(json), { 'content-encoding': 'gzip' }), LIMITS)).toBe(json)
    expect(await readBody(post(streamOf(new TextEncoder().encode(json))), LIMITS)).toBe(json)
    expect(await readBody(post(streamOf(gzipSync(json)), { 'content-encoding': 'gzip' }), LIMITS)).toBe(json)
  })

  it.each([
    ['a declared length over the limit', () => post('x'.repeat(2000))],
    ['a streamed body over the limit', () => post(streamOf(new Uint8Array(5000)))],
    [
      'a small gzip that inflates over the limit',
      () => post(gzipSync('x'.repeat(100_000)), { 'content-encoding': 'gzip' })
    ]
  ])('answers 413 for %s', async (_n, make) => {
    expect(await failure(readBody(make(), LIMITS))).toBe('413 too_large')
  })

  it.each([
    ['corrupt gzip', () => post('not gzip at all', { 'content-encoding': 'gzip' }), '400 invalid_gzip'],
    ['an unsupported encoding', () => post('x', { 'content-encoding': 'br' }), '400 unsupported_encoding'],
    ['a connection that breaks mid-body', () => post(brokenStream(new Uint8Array(10))), '400 body_aborted'],
    [
      'a gzip upload whose connection breaks (not taken for bad gzip)',
      () => post(brokenStream(gzipSync('{"a":1}').slice(0, 8)), { 'content-encoding': 'gzip' }),
      '400 body_aborted'
    ]
  ])('answers %s with what is wrong', async (_n, make, expected) => {
    expect(await failure(readBody(make(), LIMITS))).toBe(expected)
  })

  it.each([
    ['plain', {}],
    ['gzip', { 'content-encoding': 'gzip' }]
  ])('answers 408 for a %s body that stalls past the deadline', async (_n, headers) => {
    const started = Date.now()
    const outcome = await failure(
      readBody(post(stalledStream(new Uint8Array(10)), headers), { ...LIMITS, timeoutMs: 200 })
    )
    expect(outcome).toBe('408 body_timeout')
    expect(Date.now() - started).toBeGreaterThanOrEqual(190)
  })
})
