/**
 * One RudderStack transformer input -> the TikTok events it becomes, with the request settings they go out under.
 * Everything that decides (mapping, consent, hashing, validation) is the core's or the pipelines'; this file only
 * turns RudderStack's Config and metadata into their inputs and their outcomes into RudderStackEventError.
 */
import { buildTikTokEvent } from '../core/build-event.ts'
import type { EventSource, TikTokEvent } from '../core/contract.ts'
import { EventValidationError } from '../core/errors.ts'
import type { FieldWarning } from '../core/field-warning.ts'
import type { ConsentManagement, ReportEventInput } from '../core/report-event-input.ts'
import { type ConsentPlan, consentPlan } from './consent-settings.ts'
import { type DestinationSetup, destinationSetup } from './destination-setup.ts'
import { keepPrehashedOnly } from './keep-prehashed.ts'
import { mapMessage } from './map-message.ts'
import { FILTERED_STATUS, RudderStackEventError } from './rudderstack-error.ts'

export interface RudderStackDestination {
  ID?: string
  Config: Record<string, unknown>
  [key: string]: unknown
}

export interface RudderStackInput {
  message: Record<string, unknown>
  destination: RudderStackDestination
  metadata?: Record<string, unknown>
}

const NO_CONSENT_SETTINGS: ConsentPlan = { categories: [] }

/** One built event and the source and id its request goes to. */
export interface SourcedEvent {
  event: TikTokEvent
  eventSource: EventSource
  eventSourceId: string
}

export interface MessageEvents {
  setup: DestinationSetup
  events: SourcedEvent[]
  /** Fields left out of these events (a value TikTok could not take), with the reason; the events still go. */
  warnings: FieldWarning[]
  testEventCode?: string
}

function readString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined
}

export async function buildMessageEvents(input: RudderStackInput): Promise<MessageEvents> {
  const setup = destinationSetup(input.destination)
  const message = input.message
  if (!message || typeof message !== 'object') {
    throw new RudderStackEventError(400, 'instrumentation', 'message: expected an event object')
  }
  const mapped = mapMessage(message, setup.plan)
  if (mapped.kind === 'not_mapped') throw new RudderStackEventError(400, 'instrumentation', mapped.message)

  const context = (message.context ?? {}) as Record<string, unknown>
  const eventConsent = context.consentManagement as ConsentManagement | undefined
  const consent = setup.hasConsentSettings
    ? consentPlan(setup.config, eventConsent, readString(input.metadata?.sourceType))
    : NO_CONSENT_SETTINGS
  const settings = setup.settingsFor(consent.categories)
  const properties = (message.properties ?? {}) as Record<string, unknown>

  const events: SourcedEvent[] = []
  const warnings: FieldWarning[] = []
  for (const mappedInput of mapped.inputs) {
    // Mapped inputs are fresh objects per event, so the override is set in place.
    if (consent.override) mappedInput.consent_management = consent.override
    let reportInput: ReportEventInput = mappedInput
    if (!setup.config.hashUserProperties) reportInput = keepPrehashedOnly(reportInput)
    let built: Awaited<ReturnType<typeof buildTikTokEvent>>
    try {
      built = await buildTikTokEvent(reportInput, settings)
    } catch (err) {
      if (err instanceof EventValidationError) {
        // A source the Config has no id for is the destination's to fix, not the event's.
        const configuration = err.issues.some((i) => i.code === 'missing_event_source_id')
        throw new RudderStackEventError(400, configuration ? 'configuration' : 'instrumentation', err.message)
      }
      throw err
    }
    if (built.kind === 'drop') {
      throw new RudderStackEventError(FILTERED_STATUS, 'filtered', `event dropped (${built.reason}): ${built.detail}`)
    }
    events.push({ event: built.event, eventSource: built.eventSource, eventSourceId: built.eventSourceId })
    for (const warning of built.warnings) warnings.push(warning)
  }
  // RudderStack senders put a test code on the event (properties.testEventCode); the Config may set one for all.
  const testEventCode = readString(properties.testEventCode) ?? setup.config.testEventCode
  return testEventCode ? { setup, events, warnings, testEventCode } : { setup, events, warnings }
}
