/**
 * buildTikTokEvent: one ReportEventInput -> one TikTok event, or a consent drop. Consent is decided first so a
 * dropped event is never hashed. The result is validated against contract.ts. A field TikTok could not take is
 * left out and listed in `warnings` (issue 13: never lose a conversion over a cosmetic field); only an event TikTok
 * could not take at all (no name, no usable time) is refused, with every such problem in one EventValidationError.
 * Building is synchronous (hashing is, see sha256-hex.ts): batch hosts call buildTikTokEventSync and skip an async
 * call and a promise per event; buildTikTokEvent keeps a Promise API so no other host depends on that choice.
 */
import { isAppDevice } from './app-device.ts'
import { INVALID, toText } from './coerce-value.ts'
import { EVENT_SCHEMAS, type EventSource, REQUIRED_PATHS, type TikTokEvent } from './contract.ts'
import { contractIssues } from './contract-issues.ts'
import { type ConsentDropReason, decideConsent } from './decide-consent.ts'
import { EventValidationError, type Issue } from './errors.ts'
import { eventSourceIdFor, readEventSource, SOURCE_ID_SETTINGS } from './event-source.ts'
import { toEventTime } from './event-time.ts'
import { type FieldWarning, NO_WARNINGS } from './field-warning.ts'
import { mapAd, mapApp } from './map-app.ts'
import { mapProperties } from './map-properties.ts'
import { mapUser, presentMatchKeys } from './map-user.ts'
import type { MatchKeyName } from './match-key-names.ts'
import type { ReportEventInput } from './report-event-input.ts'
import { scrubPersonalData } from './scrub-personal-data.ts'
import type { CoreSettings } from './settings.ts'
import { resolveEventName } from './standard-events.ts'
import { withTraitSpellings } from './trait-spellings.ts'

export type BuiltEvent =
  | {
      kind: 'send'
      event: TikTokEvent
      /** The source the event goes to and its id there (event_source, event_source_id of its request). */
      eventSource: EventSource
      eventSourceId: string
      matchKeys: MatchKeyName[]
      warnings: readonly FieldWarning[]
    }
  | { kind: 'drop'; reason: ConsentDropReason; detail: string }

/** The settings buildTikTokEvent reads; a parsed CoreSettings always fits. Missing ones take the schema defaults. */
export type EventSettings = Partial<
  Pick<
    CoreSettings,
    | 'eventSource'
    | 'pixelCode'
    | 'appId'
    | 'offlineEventSetId'
    | 'crmEventSetId'
    | 'defaultPhoneCountry'
    | 'consentCategories'
    | 'gpcAction'
    | 'limitedDataUse'
    | 'renameLegacyEvents'
    | 'externalIdSource'
  >
>

/** Per source, the paths without which TikTok cannot take the event at all (contract.ts REQUIRED_PATHS). */
const REQUIRED: Readonly<Record<EventSource, ReadonlySet<string>>> = {
  web: new Set(REQUIRED_PATHS.web),
  app: new Set(REQUIRED_PATHS.app),
  offline: new Set(REQUIRED_PATHS.offline),
  crm: new Set(REQUIRED_PATHS.crm)
}

/**
 * Leaves out whatever the contract still refuses after mapping (the mappers handle the known cases; this catches
 * the rest), one field per violation: the value at the violation's path, or, for a list that would be left empty,
 * the list. Violations of required fields are returned, for the caller to refuse the event.
 */
function dropViolations(
  event: TikTokEvent,
  violations: Issue[],
  warnings: FieldWarning[],
  required: ReadonlySet<string>
): Issue[] {
  const refused: Issue[] = []
  for (const violation of violations) {
    const keys = violation.path.split('.')
    if (required.has(violation.path) || keys[0] === 'event' || keys[0] === 'event_time') {
      refused.push(violation)
      continue
    }
    let parent: Record<string, unknown> = event as unknown as Record<string, unknown>
    for (const key of keys.slice(0, -1)) parent = (parent?.[key] ?? undefined) as Record<string, unknown>
    if (parent && typeof parent === 'object') delete parent[keys[keys.length - 1]!]
    warnings.push({ field: violation.path, reason: 'invalid_value' })
  }
  return refused
}

/**
 * Each pass leaves out what the contract refuses; a list emptied by that is refused (and left out) in the next. A
 * path already reported while mapping (an unreadable timestamp) is not reported twice by the contract.
 */
function leaveOutViolations(
  event: TikTokEvent,
  source: EventSource,
  first: Issue[],
  issues: Issue[],
  warnings: FieldWarning[]
): void {
  const reported = new Set(issues.map((i) => i.path))
  let violations = first
  for (let pass = 0; pass < 3 && violations.length > 0; pass++) {
    for (const issue of dropViolations(event, violations, warnings, REQUIRED[source]))
      if (!reported.has(issue.path)) issues.push(issue)
    if (issues.length > 0) return
    violations = contractIssues(EVENT_SCHEMAS[source], event)
  }
}

function mapPage(input: ReportEventInput): TikTokEvent['page'] {
  const url = toText(input.url)
  const referrer = toText(input.referrer)
  if (url === undefined && referrer === undefined) return undefined
  const page: NonNullable<TikTokEvent['page']> = {}
  if (url !== undefined) page.url = url
  if (referrer !== undefined) page.referrer = referrer
  return page
}

function mapLead(input: ReportEventInput): TikTokEvent['lead'] {
  const leadId = toText(input.lead_id)
  const source = toText(input.lead_event_source)
  if (leadId === undefined && source === undefined) return undefined
  const lead: NonNullable<TikTokEvent['lead']> = {}
  if (leadId !== undefined) lead.lead_id = leadId
  if (source !== undefined) lead.lead_event_source = source
  return lead
}

const BAD_SOURCE: FieldWarning = Object.freeze({ field: 'event_source', reason: 'invalid_event_source' })

/**
 * The event's source and the id it goes to, or why not: its own Event Source when that names one; else app when it
 * comes from a mobile app (context.device.type ios or android, app-device.ts); else the destination's.
 */
function sourceOf(
  input: ReportEventInput,
  settings: EventSettings,
  warnings: FieldWarning[]
): { source: EventSource; id: string | undefined } {
  const reading = readEventSource(input.event_source)
  if (reading.source === undefined && reading.unknown) warnings.push(BAD_SOURCE)
  const source = reading.source ?? (isAppDevice(input.device) ? 'app' : undefined) ?? settings.eventSource ?? 'web'
  return { source, id: eventSourceIdFor(source, settings) }
}

export function buildTikTokEventSync(
  mapped: ReportEventInput,
  settings: EventSettings,
  nowMs: number = Date.now()
): BuiltEvent {
  const input = withTraitSpellings(mapped)
  const consent = decideConsent(input, settings)
  if (consent.kind === 'drop') return consent

  const issues: Issue[] = []
  const warnings: FieldWarning[] = []
  const { source, id } = sourceOf(input, settings, warnings)
  if (id === undefined) {
    const { key, label } = SOURCE_ID_SETTINGS[source]
    throw new EventValidationError([
      {
        code: 'missing_event_source_id',
        path: 'event_source',
        message: `${source} events go to the ${label}, and this destination has none (setting ${key})`
      }
    ])
  }
  const eventTime = toEventTime(input.timestamp, nowMs)
  if (eventTime === INVALID) {
    issues.push({ code: 'invalid_timestamp', path: 'event_time', message: 'expected an ISO-8601 time or Unix time' })
  }
  const event = {
    event: resolveEventName(
      input.event,
      source === settings.eventSource ? settings : { ...settings, eventSource: source }
    ),
    event_time: eventTime === INVALID ? undefined : eventTime
  } as TikTokEvent
  const eventId = toText(input.event_id)
  if (eventId !== undefined) event.event_id = eventId
  const user = mapUser(input, settings, warnings, source)
  if (user) event.user = user
  const properties = mapProperties(input, warnings)
  if (properties) event.properties = properties
  // Each source carries what TikTok defines for it: a page (web), the app and its ad (app), the lead (CRM).
  if (source === 'web') {
    const page = mapPage(input)
    if (page) event.page = page
  } else if (source === 'app') {
    const app = mapApp(input.app)
    if (app) event.app = app
    const ad = mapAd(input.ad)
    if (ad) event.ad = ad
  } else if (source === 'crm') {
    const lead = mapLead(input)
    if (lead) event.lead = lead
  }
  if (consent.limitedDataUse) {
    // TikTok takes limited_data_use on web and app events only; an offline or CRM event cannot carry the request.
    if (source === 'web' || source === 'app') event.limited_data_use = true
    else warnings.push({ field: 'limited_data_use', reason: 'not_for_event_source' })
  }
  scrubPersonalData(event, settings)

  const violations = contractIssues(EVENT_SCHEMAS[source], event)
  // Built only when needed: the usual event breaks nothing.
  if (violations.length > 0) leaveOutViolations(event, source, violations, issues, warnings)
  if (issues.length > 0) throw new EventValidationError(issues)
  const matchKeys = presentMatchKeys(event.user)
  return {
    kind: 'send',
    event,
    eventSource: source,
    eventSourceId: id,
    matchKeys,
    warnings: warnings.length > 0 ? warnings : NO_WARNINGS
  }
}

export async function buildTikTokEvent(
  input: ReportEventInput,
  settings: EventSettings,
  nowMs: number = Date.now()
): Promise<BuiltEvent> {
  return buildTikTokEventSync(input, settings, nowMs)
}
