import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { IntakeError } from './intake-error.ts'
import { readBody } from './read-body.ts'

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request('http://relay.test/v1/track', { method: 'POST', body, headers, duplex: 'half' } as RequestInit)

function streamOf(bytes: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(c) {
      for (let i = 0; i < bytes.length; i += 1000) c.enqueue(bytes.slice(i, i + 1000))
      c.close()
    }
  })
}

async function status(p: Promise<unknown>): Promise<number | string> {
  try {
    await p
    return 'ok'
  } catch (err) {
    if (err instanceof IntakeError) return err.status
    throw err
  }
}

describe('readBody', () => {
  it('reads plain and gzip bodies alike', async () => {
    const json = JSON.stringify({ userId: 'u', event: 'Ünïcode ✓' })
    expect(await readBody(post(json), 1000)).toBe(json)
    expect(await readBody(post(gzipSync(json), { 'content-encoding': 'gzip' }), 1000)).toBe(json)
    expect(await readBody(post(streamOf(new TextEncoder().encode(json))), 1000)).toBe(json)
  })

  it.each([
    ['a declared length over the limit', () => post('x'.repeat(2000))],
    ['a streamed body over the limit', () => post(streamOf(new Uint8Array(5000)))],
    [
      'a small gzip that inflates over the limit',
      () => post(gzipSync('x'.repeat(100_000)), { 'content-encoding': 'gzip' })
    ]
  ])('answers 413 for %s', async (_n, make) => {
    expect(await status(readBody(make(), 1000))).toBe(413)
  })

  it.each([
    ['corrupt gzip', () => post('not gzip at all', { 'content-encoding': 'gzip' })],
    ['an unsupported encoding', () => post('x', { 'content-encoding': 'br' })]
  ])('answers 400 for %s', async (_n, make) => {
    expect(await status(readBody(make(), 1000))).toBe(400)
  })
})
