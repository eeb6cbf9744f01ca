/**
 * Track events that no pipeline matches (issue 13, "nothing silent"). With the per-destination setting
 * `sendCustomEvents` (RudderStack's Config key of the same meaning) they go to TikTok as custom events under their
 * own name, mapped by the reportEvent field defaults; without it a host lists them as dropped with reason
 * `no_pipeline`. In Segment (actions-core) the same is a subscription of its own: `type = "track"` plus the
 * conditions that exclude your other subscriptions, with this mapping (manifest.json `customEvents`).
 */
import type { ReportEventInput } from '../core/report-event-input.ts'
import { scrubEventName } from '../core/scrub-personal-data.ts'
import { type CompiledMapping, compileMapping } from '../mapping/compile-mapping.ts'
import type { Mapping } from '../mapping/mapping-types.ts'
import { FIELD_DEFAULTS, fieldDefaultsFor } from './field-defaults.ts'

/** The reportEvent mapping of a custom event: the track defaults, the event name from the event itself. */
export const CUSTOM_EVENT_MAPPING: Mapping = {
  event: { '@path': '$.event' },
  ...fieldDefaultsFor(FIELD_DEFAULTS, { callTypes: ['track'] })
}

let compiled: CompiledMapping | undefined

/** The reportEvent input of an unmatched track event sent as a custom event (the core keeps its name's case). */
export function customEventInput(message: Record<string, unknown>): ReportEventInput {
  compiled ??= compileMapping(CUSTOM_EVENT_MAPPING)
  return compiled(message) as unknown as ReportEventInput
}

/** Why an event no pipeline matched was not sent, as intake answers and metrics name it. */
export const NO_PIPELINE = 'no_pipeline'

/**
 * What names an unmatched event in answers and metrics: a track's event name, a page or screen call's name, else
 * its call type. Identify, alias and group calls carry identity, not events, and are never "unmatched". The name is
 * scrubbed of email addresses and phone numbers (scrubEventName): it becomes a metric label and a console row.
 */
export function unmatchedEventName(message: Record<string, unknown>): string | undefined {
  const type = message.type
  if (type === 'track') return typeof message.event === 'string' ? scrubEventName(message.event) : 'track'
  if (type === 'page' || type === 'screen')
    return typeof message.name === 'string' && message.name ? scrubEventName(message.name) : type
  return undefined
}
