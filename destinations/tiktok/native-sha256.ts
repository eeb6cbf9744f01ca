/**
 * The runtime's own SHA-256 for the core's match-key hashing (core/sha256-hex.ts: the core imports nothing
 * runtime-specific, so each host hands it in). node:crypto's one-shot `hash()` (Node >= 20.12, Bun) digests an
 * e-mail address in ~0.45 us on Node and ~0.25 us on Bun against the core's plain-TypeScript ~1.0 / ~0.9 us; on
 * Deno the same call costs ~2 us (measured on this project's bench machine), so Deno keeps the core's own, as does
 * a Node without `hash()` (its createHash() is slower than the core's per short value).
 */
import * as crypto from 'node:crypto'
import { type Sha256HexFn, useSha256Hex } from './core/sha256-hex.ts'

type OneShotHash = (algorithm: string, data: string, outputEncoding: 'hex') => string

/** node:crypto's one-shot SHA-256 where it is the quicker one, else undefined (the core's own stays). */
export function nativeSha256Hex(): Sha256HexFn | undefined {
  if ('Deno' in globalThis) return undefined
  const oneShot = (crypto as unknown as { hash?: OneShotHash }).hash
  if (typeof oneShot !== 'function') return undefined
  return (text) => oneShot('sha256', text, 'hex')
}

/** Hands the runtime's SHA-256 to the core (once per process; harmless to repeat). */
export function installNativeSha256(): void {
  const native = nativeSha256Hex()
  if (native) useSha256Hex(native)
}
