/**
 * A new `_ttp` browser id in TikTok's current (2025) format: a ULID followed by `_.tt.1`, e.g.
 * `01K1A8BXG7CFS8QC92XKKJD081_.tt.1`. ULID = 48-bit millisecond time (10 chars) + 80 random bits (16 chars), in
 * Crockford base32, so ids sort by creation time like TikTok's own.
 */

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
export const TTP_SUFFIX = '_.tt.1'
const MAX_TIME = 2 ** 48 - 1

function encodeTime(ms: number): string {
  let n = Math.min(Math.max(Math.floor(ms), 0), MAX_TIME)
  let out = ''
  for (let i = 0; i < 10; i++) {
    out = CROCKFORD[n % 32] + out
    n = Math.floor(n / 32)
  }
  return out
}

/** 80 random bits = 16 base32 characters of 5 bits each, from 10 random bytes. */
function encodeRandom(bytes: Uint8Array): string {
  let out = ''
  let buffer = 0
  let bits = 0
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte
    bits += 8
    while (bits >= 5) {
      bits -= 5
      out += CROCKFORD[(buffer >> bits) & 31]
    }
    buffer &= (1 << bits) - 1
  }
  return out
}

export function generateTtp(nowMs: number = Date.now()): string {
  const random = crypto.getRandomValues(new Uint8Array(10))
  return encodeTime(nowMs) + encodeRandom(random) + TTP_SUFFIX
}

/** The creation time encoded in a ULID-format `_ttp`, or undefined for older formats (UUID, base62). */
export function ttpTimestampMs(ttp: string): number | undefined {
  if (!/^[0-9A-HJKMNP-TV-Z]{26}/.test(ttp)) return undefined
  let n = 0
  for (let i = 0; i < 10; i++) n = n * 32 + CROCKFORD.indexOf(ttp[i])
  return n
}
