/** SHA-256 as lowercase hex through Web Crypto, the one hashing primitive every runtime (Bun, Deno, Node 20) has. */

const HEX_BYTE: readonly string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'))
const encoder = new TextEncoder()
const SHA256_HEX = /^[0-9a-fA-F]{64}$/

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
