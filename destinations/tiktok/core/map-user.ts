/**
 * ReportEventInput -> TikTok `user`: hashed identity keys, plain location (city, state, country) and the browser
 * identifiers TikTok wants raw (ttp, ttclid, ip, user_agent, locale). `ttp` is forwarded as sent: its format has
 * changed several times, so it is never validated strictly. A country given as a name or an alpha-3 code becomes
 * alpha-2; one that is neither, an email or a phone that cannot match, is left out and listed in `warnings`.
 */
import { toText } from './coerce-value.ts'
import type { TikTokUser } from './contract.ts'
import type { FieldWarning } from './field-warning.ts'
import { hashMatchKeysSync, type MatchKeySettings } from './hash-match-keys.ts'
import { mapDevice } from './map-app.ts'
import { MATCH_KEY_NAMES, type MatchKeyName } from './match-key-names.ts'
import { normaliseCountry } from './normalise-country.ts'
import { normalisePlain } from './normalise-match-key.ts'
import type { ReportEventInput } from './report-event-input.ts'
import { resolveClickId } from './resolve-click-id.ts'

export function mapUser(
  input: ReportEventInput,
  settings: MatchKeySettings,
  warnings: FieldWarning[]
): TikTokUser | undefined {
  const country = normaliseCountry(input.country)
  const user: TikTokUser = hashMatchKeysSync(input, settings, warnings, country)
  const city = normalisePlain(input.city)
  if (city !== undefined) user.city = city
  const state = normalisePlain(input.state)
  if (state !== undefined) user.state = state
  if (country !== undefined) user.country = country
  else if (normalisePlain(input.country) !== undefined)
    warnings.push({ field: 'user.country', reason: 'invalid_country' })
  const ttp = toText(input.ttp)
  if (ttp !== undefined) user.ttp = ttp
  const ttclid = resolveClickId({ url: input.url, referrer: input.referrer, ttclid: input.ttclid })
  if (ttclid !== undefined) user.ttclid = ttclid
  const ip = toText(input.ip)
  if (ip !== undefined) user.ip = ip
  const userAgent = toText(input.user_agent)
  if (userAgent !== undefined) user.user_agent = userAgent
  const locale = toText(input.locale)
  if (locale !== undefined) user.locale = locale
  if (input.device !== undefined) Object.assign(user, mapDevice(input.device))
  for (const _ in user) return user
  return undefined
}

/** The match keys an event carries, in MATCH_KEY_NAMES order (for coverage counters). */
export function presentMatchKeys(user: TikTokUser | undefined): MatchKeyName[] {
  if (!user) return []
  return MATCH_KEY_NAMES.filter((name) => user[name] !== undefined)
}
