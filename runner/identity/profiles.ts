/**
 * Identity across calls: an identify's traits are hashed at once (the core's hashing, the same normalisation as
 * every event) and merged into the stored profile of its userId/anonymousId; an alias links two ids. A later
 * event from the same person gets the stored digests for the match keys it does not carry itself.
 */
import {
  type ConsentDropReason,
  type ConsentInput,
  decideConsent,
  hashMatchKeys
} from '../../destinations/tiktok/core/index.ts'
import type { ReportEventInput } from '../../destinations/tiktok/core/report-event-input.ts'
import type { CoreSettings } from '../../destinations/tiktok/core/settings.ts'
import { compileMapping } from '../../destinations/tiktok/mapping/index.ts'
import { FIELD_DEFAULTS } from '../../destinations/tiktok/pipelines/field-defaults.ts'
import type { WriteKeyScope } from '../config/schema.ts'
import type { SegmentMessage } from '../intake/parse-messages.ts'
import type { HashedProfile, ProfileStore } from '../store/store-interface.ts'

type Ids = { userId?: string; anonymousId?: string }
const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v : typeof v === 'number' ? String(v) : undefined
const obj = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {}

/** Segment spec traits (and common snake_case variants) -> the raw match keys they hold. */
export function matchKeysFromTraits(traits: Record<string, unknown>): Partial<ReportEventInput> {
  const address = obj(traits.address)
  const name = str(traits.name)?.trim().split(/\s+/)
  const out: Partial<ReportEventInput> = {
    email: str(traits.email),
    phone: str(traits.phone),
    first_name: str(traits.firstName) ?? str(traits.first_name) ?? (name && name.length > 1 ? name[0] : undefined),
    last_name: str(traits.lastName) ?? str(traits.last_name) ?? (name && name.length > 1 ? name.at(-1) : undefined),
    zip_code: str(address.postalCode) ?? str(address.postal_code) ?? str(address.zip) ?? str(traits.postalCode),
    city: str(address.city),
    state: str(address.state),
    country: str(address.country)
  }
  for (const k of Object.keys(out) as Array<keyof typeof out>) if (out[k] === undefined) delete out[k]
  return out
}

const asList = (v: string | string[] | undefined) => (v === undefined ? undefined : Array.isArray(v) ? v : [v])

export async function hashProfile(raw: Partial<ReportEventInput>, settings: CoreSettings): Promise<HashedProfile> {
  const { email, phone, first_name, last_name, zip_code, country } = raw
  const hashed = await hashMatchKeys({ email, phone, first_name, last_name, zip_code, country }, settings)
  // city/state/country are sent plain (the core normalises them when the event is built).
  const profile: HashedProfile = {
    email: asList(hashed.email),
    phone: asList(hashed.phone),
    first_name: hashed.first_name,
    last_name: hashed.last_name,
    zip_code: hashed.zip_code,
    city: raw.city,
    state: raw.state,
    country: raw.country
  }
  for (const k of Object.keys(profile) as Array<keyof HashedProfile>) if (profile[k] === undefined) delete profile[k]
  return profile
}

/** A message's consent inputs, read where every event reads them: the reportEvent field defaults. */
const consentInputsOf = compileMapping({
  consent_preferences: FIELD_DEFAULTS.consent_preferences!,
  consent_management: FIELD_DEFAULTS.consent_management!,
  gpc: FIELD_DEFAULTS.gpc!
})

/** Why this call's own consent keeps it from TikTok (the decision its events would get), or undefined. */
function consentRefusal(message: SegmentMessage, settings: CoreSettings): ConsentDropReason | undefined {
  const decision = decideConsent(consentInputsOf(message) as ConsentInput, settings)
  return decision.kind === 'drop' ? decision.reason : undefined
}

/**
 * identify: hash and store its traits; alias: link previousId to userId. Other calls leave profiles alone. An
 * identify whose consent would drop its events (GPC, a denied category) leaves nothing behind for later ones either:
 * the reason is returned, and the caller drops the call whole.
 *
 * The write key's scope decides which profiles a call may change (profile poisoning, README "Security"): a `server`
 * key's identify binds its traits to its userId and anonymousId, and its alias carries a profile over to a userId.
 * A `browser` key is public, so its identify binds traits only to the caller's own anonymousId (the collector's is
 * the browser's _ttp), and its alias changes no profile: neither can put one visitor's email on another's userId,
 * nor change what a server key set for it. Events from that browser still carry both (get() merges them).
 *
 * The write is handed to the store at once (in message order) and returned as `written`, resolving once committed:
 * the caller awaits it before reading profiles, so hashing the next identify need not wait for this commit.
 */
export async function rememberIdentity(
  store: { profiles: Pick<ProfileStore, 'merge' | 'alias'> },
  message: SegmentMessage,
  ids: Ids,
  settings: CoreSettings,
  scope: WriteKeyScope
): Promise<{ refused?: ConsentDropReason; written?: Promise<void> }> {
  if (message.type === 'alias') {
    if (scope !== 'server') return {}
    return { written: handled(store.profiles.alias(String(message.previousId), String(message.userId))) }
  }
  if (message.type !== 'identify') return {}
  const refused = consentRefusal(message, settings)
  if (refused) return { refused }
  const raw = matchKeysFromTraits({ ...obj(obj(message.context).traits), ...obj(message.traits) })
  if (Object.keys(raw).length === 0) return {}
  const profile = await hashProfile(raw, settings)
  const bound = scope === 'server' ? ids : { anonymousId: ids.anonymousId }
  if (Object.keys(profile).length === 0 || !(bound.userId || bound.anonymousId)) return {}
  return { written: handled(store.profiles.merge(bound, profile)) }
}

/** The same promise, marked as handled: it may fail before the caller gets to await it (it still rejects then). */
function handled(write: Promise<void>): Promise<void> {
  write.catch(() => {})
  return write
}

const PROFILE_KEYS = ['email', 'phone', 'first_name', 'last_name', 'zip_code', 'city', 'state', 'country'] as const

/** Fills the match keys the event lacks from the stored profile (digests pass through the core unchanged). */
export function applyProfile(input: ReportEventInput, profile: HashedProfile | undefined): ReportEventInput {
  if (!profile) return input
  const out: ReportEventInput = { ...input }
  for (const key of PROFILE_KEYS) {
    const current = out[key]
    const empty = current === undefined || current === '' || (Array.isArray(current) && current.length === 0)
    if (empty && profile[key] !== undefined) (out as unknown as Record<string, unknown>)[key] = profile[key]
  }
  return out
}
