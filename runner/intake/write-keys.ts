/**
 * Which write key a request carries, and which route it opens. Keys come from Basic auth (`key:`), the body's
 * `writeKey` or the `writeKey` query parameter (RudderStack's beacon). Comparison is constant-time over every
 * configured key, so timing says nothing about how much of a guess matched.
 */
import { IntakeError } from './intake-error.ts'

const encoder = new TextEncoder()

/** Constant-time equality of two strings (time depends only on the longer length). */
export function safeEqual(a: string, b: string): boolean {
  const x = encoder.encode(a)
  const y = encoder.encode(b)
  const n = Math.max(x.length, y.length)
  let diff = x.length ^ y.length
  for (let i = 0; i < n; i++) diff |= (x[i] ?? 0) ^ (y[i] ?? 0)
  return diff === 0
}

/** The write key in `Authorization: Basic base64(key:)`, if any. */
export function basicAuthKey(header: string | null): string | undefined {
  if (!header) return undefined
  const m = /^\s*Basic\s+([A-Za-z0-9+/=_-]+)\s*$/i.exec(header)
  if (!m) return undefined
  let decoded: string
  try {
    decoded = atob(m[1]!.replace(/-/g, '+').replace(/_/g, '/'))
  } catch {
    return undefined
  }
  const key = decoded.split(':')[0]
  return key ? key : undefined
}

export interface WriteKeyTable<R> {
  /** The route for a presented key; throws 401 when it matches none. */
  resolve(presented: string | undefined): R
  /** No keys configured: intake is open (said loudly at start). */
  readonly open: boolean
}

export function createWriteKeyTable<R>(entries: Array<{ key: string; route: R }>, openRoute: R): WriteKeyTable<R> {
  const open = entries.length === 0
  return {
    open,
    resolve(presented) {
      if (open) return openRoute
      if (!presented) throw new IntakeError(401, 'unauthorized', 'Invalid Write Key')
      let found: R | undefined
      // No early exit: every key is compared whatever matched first.
      for (const e of entries) if (safeEqual(presented, e.key) && found === undefined) found = e.route
      if (found === undefined) throw new IntakeError(401, 'unauthorized', 'Invalid Write Key')
      return found
    }
  }
}
