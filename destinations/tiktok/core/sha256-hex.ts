/**
 * SHA-256 as lowercase hex.
 *
 * Match keys are hashed with `sha256HexSync`, a plain-TypeScript SHA-256 (FIPS 180-4) that runs the same on every
 * runtime. Why not only `crypto.subtle.digest`: it is asynchronous and hops to a worker thread per call; measured in
 * Bun on this project's bench machine a digest of an e-mail address cost ~6 us through Web Crypto against ~1 us here,
 * and an event carries up to six hashed keys, which alone put the 50,000 events/s target out of reach.
 * `sha256Hex` (Web Crypto) stays as the reference implementation: the tests check the two agree.
 *
 * A host whose runtime has a quicker synchronous SHA-256 hands it in with `useSha256Hex` (the core imports nothing
 * runtime-specific): node:crypto's one-shot `hash()` costs ~0.25 us per e-mail on Bun and ~0.45 us on Node against
 * ~0.9 / ~1.0 us here (measured on this project's bench machine; on Deno it is ~2 us, so Deno keeps this one).
 */

const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
])
const HEX_BYTE: readonly string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'))
const SHA256_HEX = /^[0-9a-fA-F]{64}$/
const encoder = new TextEncoder()
const decoder = new TextDecoder()
const HEX_DIGIT_CODES = new Uint8Array([...'0123456789abcdef'].map((c) => c.charCodeAt(0)))

// Reused between calls: hashing is synchronous, so no two calls can share them at the same time.
const W = new Int32Array(64)
const H = new Int32Array(8)
let block = new Uint8Array(128)
const hexOut = new Uint8Array(64)

/** Pads `length` bytes of message already in `block` (0x80, zeros, 64-bit big-endian bit length); returns the total. */
function pad(length: number): number {
  const total = Math.ceil((length + 9) / 64) * 64
  block.fill(0, length, total)
  block[length] = 0x80
  const bitsHigh = Math.floor(length / 0x20000000)
  const bitsLow = (length * 8) >>> 0
  block[total - 8] = bitsHigh >>> 24
  block[total - 7] = bitsHigh >>> 16
  block[total - 6] = bitsHigh >>> 8
  block[total - 5] = bitsHigh
  block[total - 4] = bitsLow >>> 24
  block[total - 3] = bitsLow >>> 16
  block[total - 2] = bitsLow >>> 8
  block[total - 1] = bitsLow
  return total
}

function compress(offset: number): void {
  for (let i = 0; i < 16; i++) {
    const j = offset + i * 4
    W[i] = (block[j] << 24) | (block[j + 1] << 16) | (block[j + 2] << 8) | block[j + 3]
  }
  for (let i = 16; i < 64; i++) {
    const w15 = W[i - 15]
    const w2 = W[i - 2]
    const s0 = ((w15 >>> 7) | (w15 << 25)) ^ ((w15 >>> 18) | (w15 << 14)) ^ (w15 >>> 3)
    const s1 = ((w2 >>> 17) | (w2 << 15)) ^ ((w2 >>> 19) | (w2 << 13)) ^ (w2 >>> 10)
    W[i] = (W[i - 16] + s0 + W[i - 7] + s1) | 0
  }
  let a = H[0]
  let b = H[1]
  let c = H[2]
  let d = H[3]
  let e = H[4]
  let f = H[5]
  let g = H[6]
  let h = H[7]
  for (let i = 0; i < 64; i++) {
    const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7))
    const t1 = (h + S1 + ((e & f) ^ (~e & g)) + K[i] + W[i]) | 0
    const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10))
    const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0
    h = g
    g = f
    f = e
    e = (d + t1) | 0
    d = c
    c = b
    b = a
    a = (t1 + t2) | 0
  }
  H[0] = (H[0] + a) | 0
  H[1] = (H[1] + b) | 0
  H[2] = (H[2] + c) | 0
  H[3] = (H[3] + d) | 0
  H[4] = (H[4] + e) | 0
  H[5] = (H[5] + f) | 0
  H[6] = (H[6] + g) | 0
  H[7] = (H[7] + h) | 0
}

/** SHA-256 of the UTF-8 bytes of `text`, as 64 lowercase hex characters, in plain TypeScript (any runtime). */
export function sha256HexPure(text: string): string {
  // UTF-8 needs at most 3 bytes per UTF-16 unit; grow the scratch block only for unusually long values.
  const room = text.length * 3 + 72
  if (block.length < room) block = new Uint8Array(Math.ceil(room / 64) * 64)
  // ASCII (e-mails, ids, E.164 numbers) is copied directly; encodeInto only for the rest.
  let written = 0
  for (; written < text.length; written++) {
    const c = text.charCodeAt(written)
    if (c > 0x7f) break
    block[written] = c
  }
  if (written < text.length) written = encoder.encodeInto(text, block).written
  const total = pad(written)
  // FIPS 180-4 initial hash values (as signed 32-bit integers).
  H[0] = 0x6a09e667
  H[1] = 0xbb67ae85 | 0
  H[2] = 0x3c6ef372
  H[3] = 0xa54ff53a | 0
  H[4] = 0x510e527f
  H[5] = 0x9b05688c | 0
  H[6] = 0x1f83d9ab
  H[7] = 0x5be0cd19
  for (let offset = 0; offset < total; offset += 64) compress(offset)
  // Hex digits are written as bytes and decoded once: one flat string instead of 32 concatenations (a rope the
  // contract check would then have to flatten); measured ~2x quicker on Bun and ~1.5x on Node.
  for (let i = 0; i < 8; i++) {
    const v = H[i]
    for (let j = 0; j < 8; j++) hexOut[i * 8 + j] = HEX_DIGIT_CODES[(v >>> (28 - j * 4)) & 15]
  }
  return decoder.decode(hexOut)
}

/** A synchronous SHA-256: UTF-8 bytes of the text in, 64 lowercase hex characters out. */
export type Sha256HexFn = (text: string) => string

let installed: Sha256HexFn = sha256HexPure

/** SHA-256 of the UTF-8 bytes of `text`, as 64 lowercase hex characters: the host's hasher, else sha256HexPure. */
export function sha256HexSync(text: string): string {
  return installed(text)
}

/** Inputs a handed-in hasher must get right before it is used: empty, one block, two blocks, non-ASCII. */
const SELF_CHECK = ['', 'abc', 'a'.repeat(64), 'zoë@例え.jp😀']

/**
 * Makes `hasher` the SHA-256 every match key is hashed with (a host calls this once at start-up; `undefined` goes
 * back to sha256HexPure). A hasher that disagrees with sha256HexPure on a few inputs (wrong encoding, upper-case
 * hex) is refused with an Error rather than allowed to send TikTok keys that never match.
 */
export function useSha256Hex(hasher: Sha256HexFn | undefined): void {
  if (hasher) {
    for (const text of SELF_CHECK)
      if (hasher(text) !== sha256HexPure(text)) throw new Error('the SHA-256 handed to the core gives wrong digests')
  }
  installed = hasher ?? sha256HexPure
}

/** SHA-256 through Web Crypto: the reference `sha256HexSync` is checked against. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text)))
  let hex = ''
  for (let i = 0; i < digest.length; i++) hex += HEX_BYTE[digest[i]]
  return hex
}

/** True for a value that is already a SHA-256 hex digest (any case): such values are passed through, not re-hashed. */
export function isSha256Hex(value: string): boolean {
  return value.length === 64 && SHA256_HEX.test(value)
}
