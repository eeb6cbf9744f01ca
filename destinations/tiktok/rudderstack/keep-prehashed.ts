/**
 * hashUserProperties: false means the sender hashed its match keys itself. The core hashes whatever is raw, so a
 * raw value here would be a value the user asked us not to process: only SHA-256 hex digests are kept, raw ones are
 * omitted (never hashed, never sent). userId/anonymousId feed external_id, so the same rule applies to them.
 */

import type { ReportEventInput } from '../core/report-event-input.ts'
import { isSha256Hex } from '../core/sha256-hex.ts'
import { withTraitSpellings } from '../core/trait-spellings.ts'

const HASHED_KEYS = [
  'email',
  'phone',
  'external_id',
  'user_id',
  'anonymous_id',
  'first_name',
  'last_name',
  'zip_code'
] as const

function digestsOnly(value: unknown): unknown {
  if (Array.isArray(value)) {
    const kept = value.filter((v) => typeof v === 'string' && isSha256Hex(v.trim()))
    return kept.length > 0 ? kept : undefined
  }
  return typeof value === 'string' && isSha256Hex(value.trim()) ? value : undefined
}

export function keepPrehashedOnly(input: ReportEventInput): ReportEventInput {
  // The traits' other spellings are filled in first, so they are judged like the rest; then the raw traits go.
  const out: Record<string, unknown> = { ...withTraitSpellings(input) }
  delete out.user_traits
  for (const key of HASHED_KEYS) {
    if (out[key] === undefined) continue
    const kept = digestsOnly(out[key])
    if (kept === undefined) delete out[key]
    else out[key] = kept
  }
  return out as unknown as ReportEventInput
}
