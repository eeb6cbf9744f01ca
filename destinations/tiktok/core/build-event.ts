/**
 * buildTikTokEvent: one ReportEventInput -> one TikTok event, or a consent drop. Consent is decided first so a
 * dropped event is never hashed. The result is validated against contract.ts; every problem (conversion issues
 * found while mapping plus contract violations) is thrown together in one EventValidationError.
 * Building is synchronous (hashing is, see sha256-hex.ts): batch hosts call buildTikTokEventSync and skip an async
 * call and a promise per event; buildTikTokEvent keeps a Promise API so no other host depends on that choice.
 */
import { INVALID, toText } from './coerce-value.ts'
import { TikTokEvent } from './contract.ts'
import { contractIssues } from './contract-issues.ts'
import { type ConsentDropReason, decideConsent } from './decide-consent.ts'
import { EventValidationError, type Issue } from './errors.ts'
import { toEventTime } from './event-time.ts'
import { mapApp } from './map-app.ts'
import { mapProperties } from './map-properties.ts'
import { mapUser, presentMatchKeys } from './map-user.ts'
import type { MatchKeyName } from './match-key-names.ts'
import type { ReportEventInput } from './report-event-input.ts'
import { scrubPersonalData } from './scrub-personal-data.ts'
import type { CoreSettings } from './settings.ts'
import { resolveEventName } from './standard-events.ts'

export type BuiltEvent =
  | { kind: 'send'; event: TikTokEvent; matchKeys: MatchKeyName[] }
  | { kind: 'drop'; reason: ConsentDropReason; detail: string }

/** The settings buildTikTokEvent reads; a parsed CoreSettings always fits. Missing ones take the schema defaults. */
export type EventSettings = Partial<
  Pick<
    CoreSettings,
    | 'eventSource'
    | 'defaultPhoneCountry'
    | 'consentCategories'
    | 'gpcAction'
    | 'limitedDataUse'
    | 'renameLegacyEvents'
    | 'externalIdSource'
  >
>

function mapPage(input: ReportEventInput): TikTokEvent['page'] {
  const url = toText(input.url)
  const referrer = toText(input.referrer)
  if (url === undefined && referrer === undefined) return undefined
  const page: NonNullable<TikTokEvent['page']> = {}
  if (url !== undefined) page.url = url
  if (referrer !== undefined) page.referrer = referrer
  return page
}

export function buildTikTokEventSync(
  input: ReportEventInput,
  settings: EventSettings,
  nowMs: number = Date.now()
): BuiltEvent {
  const consent = decideConsent(input, settings)
  if (consent.kind === 'drop') return consent

  const issues: Issue[] = []
  const eventTime = toEventTime(input.timestamp, nowMs)
  if (eventTime === INVALID) {
    issues.push({ code: 'invalid_timestamp', path: 'event_time', message: 'expected an ISO-8601 time or Unix time' })
  }
  const event = {
    event: resolveEventName(input.event, settings),
    event_time: eventTime === INVALID ? undefined : eventTime
  } as TikTokEvent
  const eventId = toText(input.event_id)
  if (eventId !== undefined) event.event_id = eventId
  const user = mapUser(input, settings)
  if (user) event.user = user
  const properties = mapProperties(input, issues)
  if (properties) event.properties = properties
  if ((settings.eventSource ?? 'web') === 'web') {
    const page = mapPage(input)
    if (page) event.page = page
  }
  if (settings.eventSource === 'app') {
    const app = mapApp(input.app)
    if (app) event.app = app
  }
  const leadId = toText(input.lead_id)
  if (leadId !== undefined) event.lead = { lead_id: leadId }
  if (consent.limitedDataUse) event.limited_data_use = true
  scrubPersonalData(event, settings)

  const violations = contractIssues(TikTokEvent, event)
  // Built only when needed: a Set per valid event was measurable garbage on the hot path.
  if (violations.length > 0) {
    // A path already reported while mapping (e.g. an unreadable timestamp) is not reported twice by the contract.
    const reported = new Set(issues.map((i) => i.path))
    for (const issue of violations) if (!reported.has(issue.path)) issues.push(issue)
  }
  if (issues.length > 0) throw new EventValidationError(issues)
  return { kind: 'send', event, matchKeys: presentMatchKeys(user) }
}

export async function buildTikTokEvent(
  input: ReportEventInput,
  settings: EventSettings,
  nowMs: number = Date.now()
): Promise<BuiltEvent> {
  return buildTikTokEventSync(input, settings, nowMs)
}
