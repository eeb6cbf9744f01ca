/**
 * buildTikTokEvent: one ReportEventInput -> one TikTok event, or a consent drop. Consent is decided first so a
 * dropped event is never hashed. The result is validated against contract.ts. A field TikTok could not take is
 * left out and listed in `warnings` (issue 13: never lose a conversion over a cosmetic field); only an event TikTok
 * could not take at all (no name, no usable time) is refused, with every such problem in one EventValidationError.
 * Building is synchronous (hashing is, see sha256-hex.ts): batch hosts call buildTikTokEventSync and skip an async
 * call and a promise per event; buildTikTokEvent keeps a Promise API so no other host depends on that choice.
 */
import { INVALID, toText } from './coerce-value.ts'
import { TikTokEvent } from './contract.ts'
import { contractIssues } from './contract-issues.ts'
import { type ConsentDropReason, decideConsent } from './decide-consent.ts'
import { EventValidationError, type Issue } from './errors.ts'
import { toEventTime } from './event-time.ts'
import { type FieldWarning, NO_WARNINGS } from './field-warning.ts'
import { mapApp } from './map-app.ts'
import { mapProperties } from './map-properties.ts'
import { mapUser, presentMatchKeys } from './map-user.ts'
import type { MatchKeyName } from './match-key-names.ts'
import type { ReportEventInput } from './report-event-input.ts'
import { scrubPersonalData } from './scrub-personal-data.ts'
import type { CoreSettings } from './settings.ts'
import { resolveEventName } from './standard-events.ts'
import { withTraitSpellings } from './trait-spellings.ts'

export type BuiltEvent =
  | { kind: 'send'; event: TikTokEvent; matchKeys: MatchKeyName[]; warnings: readonly FieldWarning[] }
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

/** Without these TikTok cannot take the event at all; every other field can be left out. */
const REQUIRED: ReadonlySet<string> = new Set(['event', 'event_time'])

/**
 * Leaves out whatever the contract still refuses after mapping (the mappers handle the known cases; this catches
 * the rest), one field per violation: the value at the violation's path, or, for a list that would be left empty,
 * the list. Violations of required fields are returned, for the caller to refuse the event.
 */
function dropViolations(event: TikTokEvent, violations: Issue[], warnings: FieldWarning[]): Issue[] {
  const refused: Issue[] = []
  for (const violation of violations) {
    const keys = violation.path.split('.')
    if (REQUIRED.has(keys[0]!)) {
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
function leaveOutViolations(event: TikTokEvent, first: Issue[], issues: Issue[], warnings: FieldWarning[]): void {
  const reported = new Set(issues.map((i) => i.path))
  let violations = first
  for (let pass = 0; pass < 3 && violations.length > 0; pass++) {
    for (const issue of dropViolations(event, violations, warnings)) if (!reported.has(issue.path)) issues.push(issue)
    if (issues.length > 0) return
    violations = contractIssues(TikTokEvent, event)
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
  const user = mapUser(input, settings, warnings)
  if (user) event.user = user
  const properties = mapProperties(input, warnings)
  if (properties) event.properties = properties
  if ((settings.eventSource ?? 'web') === 'web') {
    const page = mapPage(input)
    if (page) event.page = page
  }
  if (settings.eventSource === 'app') {
    const app = mapApp(input.app)
    if (app) event.app = app
  }
  const lead = mapLead(input)
  if (lead) event.lead = lead
  if (consent.limitedDataUse) event.limited_data_use = true
  scrubPersonalData(event, settings)

  const violations = contractIssues(TikTokEvent, event)
  // Built only when needed: the usual event breaks nothing.
  if (violations.length > 0) leaveOutViolations(event, violations, issues, warnings)
  if (issues.length > 0) throw new EventValidationError(issues)
  const matchKeys = presentMatchKeys(event.user)
  return { kind: 'send', event, matchKeys, warnings: warnings.length > 0 ? warnings : NO_WARNINGS }
}

export async function buildTikTokEvent(
  input: ReportEventInput,
  settings: EventSettings,
  nowMs: number = Date.now()
): Promise<BuiltEvent> {
  return buildTikTokEventSync(input, settings, nowMs)
}
