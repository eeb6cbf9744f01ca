/**
 * Normalises and SHA-256 hashes the identifying match keys of one event. Values that are already a 64-hex digest
 * pass through lowercased (a CDP may hash upstream); empty and invalid values are omitted, never sent as "" or [].
 * Hashing is synchronous (see sha256-hex.ts for why not crypto.subtle); `hashMatchKeys` keeps a Promise API so a
 * host never depends on that choice.
 */
import type { FieldWarning } from './field-warning.ts'
import type { HashedMatchKeyName } from './match-key-names.ts'
import { normaliseCountry } from './normalise-country.ts'
import {
  normaliseEmail,
  normaliseExternalId,
  normaliseName,
  normalisePhoneKey,
  normaliseZip
} from './normalise-match-key.ts'
import { RecentMemo } from './recent-memo.ts'
import type { ReportEventInput } from './report-event-input.ts'
import type { CoreSettings } from './settings.ts'
import { isSha256Hex, sha256HexSync } from './sha256-hex.ts'

export type MatchKeyInput = Pick<
  ReportEventInput,
  | 'email'
  | 'phone'
  | 'external_id'
  | 'typed_external_ids'
  | 'user_id'
  | 'anonymous_id'
  | 'first_name'
  | 'last_name'
  | 'zip_code'
  | 'country'
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

/** Normalises one raw value by TikTok's rule for its key; the phone rule also needs the country of the event. */
type Normaliser = (raw: unknown, phoneCountry: string) => string | undefined

/**
 * Digests of recent first names, last names and zip codes. Unlike e-mails and ids these repeat across people (a
 * few thousand common names and postcodes cover most events), so a small memo saves most of their hashing; e-mails
 * and ids would only churn it. Bounded; in memory only.
 */
const sharedDigests = new RecentMemo<string>(4096)

function sharedDigest(normalised: string): string {
  let digest = sharedDigests.get(normalised)
  if (digest === undefined) {
    digest = sha256HexSync(normalised)
    sharedDigests.set(normalised, digest)
  }
  return digest
}

/** Where a value that was given but cannot be a match key is reported (so the host can say it was dropped). */
type Warnings = FieldWarning[] | undefined

/** Something was given: a non-blank string or a finite number (blank values are absent, not invalid). */
function given(raw: unknown): boolean {
  return typeof raw === 'string' ? raw.trim() !== '' : typeof raw === 'number' && Number.isFinite(raw)
}

/** One value to hash, or a digest that came in already hashed. */
function prepare(
  raw: unknown,
  normalise: Normaliser,
  phoneCountry: string,
  hash: (normalised: string) => string = sha256HexSync,
  warnings?: Warnings,
  warning?: FieldWarning
): string | undefined {
  if (typeof raw === 'string') {
    const trimmed = raw.trim()
    if (isSha256Hex(trimmed)) return trimmed.toLowerCase()
  }
  const normalised = normalise(raw, phoneCountry)
  if (normalised !== undefined) return hash(normalised)
  if (warnings && warning && given(raw)) warnings.push(warning)
  return undefined
}

function prepareMany(
  raw: unknown,
  normalise: Normaliser,
  phoneCountry: string,
  out: string[],
  warnings?: Warnings,
  warning?: FieldWarning
) {
  if (Array.isArray(raw)) {
    for (const item of raw) prepareMany(item, normalise, phoneCountry, out, warnings, warning)
    return
  }
  const prepared = prepare(raw, normalise, phoneCountry, sha256HexSync, warnings, warning)
  if (prepared !== undefined) out.push(prepared)
}

/**
 * A single value (the usual case, also as a list of one: actions-core turns a `multiple` field into an array) skips
 * the list oneOrMany needs: less garbage per event.
 */
function prepareOneOrMany(
  raw: unknown,
  normalise: Normaliser,
  phoneCountry: string,
  warnings?: Warnings,
  warning?: FieldWarning
): string | string[] | undefined {
  if (!Array.isArray(raw)) return prepare(raw, normalise, phoneCountry, sha256HexSync, warnings, warning)
  if (raw.length === 1 && !Array.isArray(raw[0]))
    return prepare(raw[0], normalise, phoneCountry, sha256HexSync, warnings, warning)
  const digests: string[] = []
  prepareMany(raw, normalise, phoneCountry, digests, warnings, warning)
  return oneOrMany(digests)
}

function oneOrMany(digests: string[]): string | string[] | undefined {
  if (digests.length === 0) return undefined
  if (digests.length === 1) return digests[0]
  const distinct = [...new Set(digests)]
  return distinct.length === 1 ? distinct[0] : distinct
}

/** RudderStack's type for the id a sender keeps for TikTok in context.externalId (its tiktok_ads reads it). */
const TIKTOK_EXTERNAL_ID_TYPE = 'tiktokexternalid'

/**
 * The ids that become external_id: the explicit value first, then context.externalId entries of type
 * tiktokExternalId, then userId/anonymousId as the settings choose. An id already listed is not listed again (an
 * explicit external_id is often the userId itself), so it is hashed once.
 */
export function externalIdCandidates(
  input: MatchKeyInput,
  source: CoreSettings['externalIdSource'] = 'userId'
): unknown[] {
  const ids: unknown[] = []
  if (input.external_id !== undefined) ids.push(input.external_id)
  const typed = input.typed_external_ids
  if (Array.isArray(typed)) {
    for (const entry of typed) {
      const type = entry && typeof entry === 'object' ? entry.type : undefined
      if (typeof type === 'string' && type.toLowerCase() === TIKTOK_EXTERNAL_ID_TYPE && entry.id !== undefined) {
        ids.push(entry.id)
      }
    }
  }
  const userId = source === 'userId' || source === 'both' ? input.user_id : undefined
  if (userId !== undefined && !ids.includes(userId)) ids.push(userId)
  const anonymousId = source === 'anonymousId' || source === 'both' ? input.anonymous_id : undefined
  if (anonymousId !== undefined && !ids.includes(anonymousId)) ids.push(anonymousId)
  return ids
}

const BAD_EMAIL: FieldWarning = Object.freeze({ field: 'user.email', reason: 'invalid_email' })
const BAD_PHONE: FieldWarning = Object.freeze({ field: 'user.phone', reason: 'invalid_phone' })

/**
 * Synchronous core of hashMatchKeys (what buildTikTokEvent uses). An email or phone that was given but cannot match
 * anyone is left out and, when `warnings` is passed, listed there (invalid_email, invalid_phone).
 */
export function hashMatchKeysSync(
  input: MatchKeyInput,
  settings: MatchKeySettings = {},
  warnings?: FieldWarning[],
  /** The event's country already normalised (mapUser has it), so it is not looked up twice. */
  country: string | undefined = normaliseCountry(input.country)
): HashedMatchKeys {
  // The event's own country (a code or a name, "Germany") is the better guess for a national phone number than the
  // destination-wide default.
  const phoneCountry = country ?? settings.defaultPhoneCountry ?? 'US'
  const out: HashedMatchKeys = {}
  const email = prepareOneOrMany(input.email, normaliseEmail, phoneCountry, warnings, BAD_EMAIL)
  if (email !== undefined) out.email = email
  const phone = prepareOneOrMany(input.phone, normalisePhoneKey, phoneCountry, warnings, BAD_PHONE)
  if (phone !== undefined) out.phone = phone
  const externalIds: string[] = []
  prepareMany(externalIdCandidates(input, settings.externalIdSource), normaliseExternalId, phoneCountry, externalIds)
  const externalId = oneOrMany(externalIds)
  if (externalId !== undefined) out.external_id = externalId
  const firstName = prepare(input.first_name, normaliseName, phoneCountry, sharedDigest)
  if (firstName !== undefined) out.first_name = firstName
  const lastName = prepare(input.last_name, normaliseName, phoneCountry, sharedDigest)
  if (lastName !== undefined) out.last_name = lastName
  const zip = prepare(input.zip_code, normaliseZip, phoneCountry, sharedDigest)
  if (zip !== undefined) out.zip_code = zip
  return out
}

export async function hashMatchKeys(input: MatchKeyInput, settings: MatchKeySettings = {}): Promise<HashedMatchKeys> {
  return hashMatchKeysSync(input, settings)
}

const NORMALISERS: Record<HashedMatchKeyName, Normaliser> = {
  email: normaliseEmail,
  phone: normalisePhoneKey,
  external_id: normaliseExternalId,
  first_name: normaliseName,
  last_name: normaliseName,
  zip_code: normaliseZip
}

/** Hashes one match key value the way hashMatchKeys would (e.g. for a runner's profile store). */
export async function hashMatchKey(
  name: HashedMatchKeyName,
  raw: unknown,
  defaultPhoneCountry = 'US'
): Promise<string | undefined> {
  return prepare(raw, NORMALISERS[name], defaultPhoneCountry)
}
