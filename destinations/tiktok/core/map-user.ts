/**
 * ReportEventInput -> TikTok `user`: hashed identity keys, plain location (city, state, country) and the browser
 * identifiers TikTok wants raw (ttp, ttclid, ip, user_agent, locale). `ttp` is forwarded as sent: its format has
 * changed several times, so it is never validated strictly. A country given as a name or an alpha-3 code becomes
 * alpha-2; one that is neither, an email or a phone that cannot match, is left out and listed in `warnings`.
 */
import { toText } from './coerce-value.ts'
import { type EventSource, type TikTokUser, USER_KEYS, type UserKey } from './contract.ts'
import type { FieldWarning } from './field-warning.ts'
import { hashMatchKeysSync, type MatchKeySettings } from './hash-match-keys.ts'
import { mapDevice } from './map-app.ts'
import { MATCH_KEY_NAMES, type MatchKeyName } from './match-key-names.ts'
import { normaliseCountry } from './normalise-country.ts'
import { normalisePlain } from './normalise-match-key.ts'
import type { ReportEventInput } from './report-event-input.ts'
import { resolveClickId } from './resolve-click-id.ts'

const ALLOWED: Readonly<Record<EventSource, ReadonlySet<UserKey>>> = {
  web: new Set(USER_KEYS.web),
  app: new Set(USER_KEYS.app),
  offline: new Set(USER_KEYS.offline),
  crm: new Set(USER_KEYS.crm)
}

/**
 * Only the keys TikTok uses for the event's source are sent (contract.ts USER_KEYS): a browser's ttp on an offline
 * sale, or an external_id on an app event, is noise to TikTok, not a field to warn about.
 */
export function mapUser(
  input: ReportEventInput,
  settings: MatchKeySettings,
  warnings: FieldWarning[],
  source: EventSource = 'web'
): TikTokUser | undefined {
  const country = normaliseCountry(input.country)
  const user: TikTokUser = hashMatchKeysSync(input, settings, warnings, country)
  const allowed = ALLOWED[source]
  if (!allowed.has('external_id')) delete user.external_id
  const city = normalisePlain(input.city)
  if (city !== undefined) user.city = city
  const state = normalisePlain(input.state)
  if (state !== undefined) user.state = state
  if (country !== undefined) user.country = country
  else if (normalisePlain(input.country) !== undefined)
    warnings.push({ field: 'user.country', reason: 'invalid_country' })
  if (allowed.has('ttp')) {
    const ttp = toText(input.ttp)
    if (ttp !== undefined) user.ttp = ttp
    const ttclid = resolveClickId({ url: input.url, referrer: input.referrer, ttclid: input.ttclid })
    if (ttclid !== undefined) user.ttclid = ttclid
  }
  if (allowed.has('ip')) {
    const ip = toText(input.ip)
    if (ip !== undefined) user.ip = ip
    const userAgent = toText(input.user_agent)
    if (userAgent !== undefined) user.user_agent = userAgent
    const locale = toText(input.locale)
    if (locale !== undefined) user.locale = locale
  }
  if (allowed.has('att_status')) Object.assign(user, mapDevice(input))
  for (const _ in user) return user
  return undefined
}

/** The match keys an event carries, in MATCH_KEY_NAMES order (for coverage counters). */
export function presentMatchKeys(user: TikTokUser | undefined): MatchKeyName[] {
  if (!user) return []
  return MATCH_KEY_NAMES.filter((name) => user[name] !== undefined)
}
