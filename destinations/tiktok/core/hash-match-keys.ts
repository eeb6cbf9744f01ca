/**
 * Normalises and SHA-256 hashes the identifying match keys of one event. Values that are already a 64-hex digest
 * pass through lowercased (a CDP may hash upstream); empty and invalid values are omitted, never sent as "" or [].
 * All digests of one event are computed concurrently: crypto.subtle is asynchronous and several digests in flight
 * cost barely more than one.
 */
import type { HashedMatchKeyName } from './match-key-names.ts'
import {
  normaliseCountry,
  normaliseEmail,
  normaliseExternalId,
  normaliseName,
  normalisePhoneKey,
  normaliseZip
} from './normalise-match-key.ts'
import type { ReportEventInput } from './report-event-input.ts'
import type { CoreSettings } from './settings.ts'
import { isSha256Hex, sha256Hex } from './sha256-hex.ts'

export type MatchKeyInput = Pick<
  ReportEventInput,
  'email' | 'phone' | 'external_id' | 'user_id' | 'anonymous_id' | 'first_name' | 'last_name' | 'zip_code' | 'country'
>
export type MatchKeySettings = Partial<Pick<CoreSettings, 'defaultPhoneCountry' | 'externalIdSource'>>

/** The hashed part of TikTok's `user` object. email, phone and external_id become arrays only with 2+ distinct values. */
export interface HashedMatchKeys {
  email?: string | string[]
  phone?: string | string[]
  external_id?: string | string[]
  first_name?: string
  last_name?: string
  zip_code?: string
}

type Normaliser = (raw: unknown) => string | undefined

/** One value to hash, or a digest that came in already hashed. */
function prepare(raw: unknown, normalise: Normaliser): string | Promise<string> | undefined {
  if (typeof raw === 'string') {
    const trimmed = raw.trim()
    if (isSha256Hex(trimmed)) return trimmed.toLowerCase()
  }
  const normalised = normalise(raw)
  return normalised === undefined ? undefined : sha256Hex(normalised)
}

function prepareMany(raw: unknown, normalise: Normaliser, out: Array<string | Promise<string>>): void {
  if (Array.isArray(raw)) {
    for (const item of raw) prepareMany(item, normalise, out)
    return
  }
  const prepared = prepare(raw, normalise)
  if (prepared !== undefined) out.push(prepared)
}

function oneOrMany(digests: string[]): string | string[] | undefined {
  if (digests.length === 0) return undefined
  if (digests.length === 1) return digests[0]
  const distinct = [...new Set(digests)]
  return distinct.length === 1 ? distinct[0] : distinct
}

/** The ids that become external_id: the explicit value first, then userId/anonymousId as the settings choose. */
export function externalIdCandidates(
  input: MatchKeyInput,
  source: CoreSettings['externalIdSource'] = 'userId'
): unknown[] {
  const ids: unknown[] = []
  if (input.external_id !== undefined) ids.push(input.external_id)
  if ((source === 'userId' || source === 'both') && input.user_id !== undefined) ids.push(input.user_id)
  if ((source === 'anonymousId' || source === 'both') && input.anonymous_id !== undefined) ids.push(input.anonymous_id)
  return ids
}

export async function hashMatchKeys(input: MatchKeyInput, settings: MatchKeySettings = {}): Promise<HashedMatchKeys> {
  // The event's own country is the better guess for a national phone number than the destination-wide default.
  const phoneCountry = normaliseCountry(input.country) ?? settings.defaultPhoneCountry ?? 'US'
  const normalisePhone: Normaliser = (raw) => normalisePhoneKey(raw, phoneCountry)

  const emails: Array<string | Promise<string>> = []
  const phones: Array<string | Promise<string>> = []
  const externalIds: Array<string | Promise<string>> = []
  prepareMany(input.email, normaliseEmail, emails)
  prepareMany(input.phone, normalisePhone, phones)
  prepareMany(externalIdCandidates(input, settings.externalIdSource), normaliseExternalId, externalIds)
  const firstName = prepare(input.first_name, normaliseName)
  const lastName = prepare(input.last_name, normaliseName)
  const zip = prepare(input.zip_code, normaliseZip)

  const [e, p, x, fn, ln, z] = await Promise.all([
    Promise.all(emails),
    Promise.all(phones),
    Promise.all(externalIds),
    firstName,
    lastName,
    zip
  ])
  const out: HashedMatchKeys = {}
  const email = oneOrMany(e)
  if (email !== undefined) out.email = email
  const phone = oneOrMany(p)
  if (phone !== undefined) out.phone = phone
  const externalId = oneOrMany(x)
  if (externalId !== undefined) out.external_id = externalId
  if (fn !== undefined) out.first_name = fn
  if (ln !== undefined) out.last_name = ln
  if (z !== undefined) out.zip_code = z
  return out
}

/** Hashes one match key value the way hashMatchKeys would (e.g. for a runner's profile store). */
export async function hashMatchKey(
  name: HashedMatchKeyName,
  raw: unknown,
  defaultPhoneCountry = 'US'
): Promise<string | undefined> {
  const normalisers: Record<HashedMatchKeyName, Normaliser> = {
    email: normaliseEmail,
    phone: (v) => normalisePhoneKey(v, defaultPhoneCountry),
    external_id: normaliseExternalId,
    first_name: normaliseName,
    last_name: normaliseName,
    zip_code: normaliseZip
  }
  return prepare(raw, normalisers[name])
}
