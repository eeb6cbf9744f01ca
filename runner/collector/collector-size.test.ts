import { readFileSync } from 'node:fs'
import { gunzipSync, gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { loadCollectorScript } from './collector-script.ts'

const source = readFileSync(new URL('./collector.js', import.meta.url))

describe('collector.js', () => {
  it('stays under 2 KB gzipped', () => {
    expect(gzipSync(source, { level: 9 }).byteLength).toBeLessThan(2048)
  })

  it('has no imports or requires (dependency-free)', () => {
    expect(source.toString()).not.toMatch(/\bimport\b|\brequire\(/)
  })

  it('is served gzipped to browsers that accept it, and plain otherwise', async () => {
    const script = await loadCollectorScript()
    const zipped = script.respond(new Request('http://r/collector.js', { headers: { 'accept-encoding': 'gzip, br' } }))
    expect(zipped.headers.get('content-encoding')).toBe('gzip')
    const bytes = new Uint8Array(await zipped.arrayBuffer())
    expect(bytes.byteLength).toBeLessThan(2048)
    expect(gunzipSync(bytes).equals(source)).toBe(true)
    const plain = script.respond(new Request('http://r/collector.js'))
    expect(plain.headers.get('content-type')).toBe('application/javascript; charset=utf-8')
    expect(Buffer.from(await plain.arrayBuffer()).equals(source)).toBe(true)
  })
})
