/**
 * A RudderStack destination's Config, parsed once per Config object: the validated Config, the event plan
 * (shipped pipelines + eventsToStandard) and the core settings every event of that destination shares.
 */
import type { EventSettings } from '../core/build-event.ts'
import { missingDefaultSourceId } from '../core/event-source.ts'
import type { EventPlan } from './map-message.ts'
import { eventsToStandardMap, RudderStackConfig } from './rudderstack-config.ts'
import { RudderStackEventError } from './rudderstack-error.ts'
import { shippedPipelines } from './shipped-pipelines.ts'

export interface DestinationSetup {
  config: RudderStackConfig
  plan: EventPlan
  eventSettings: EventSettings
  /** Any consent setting at all; without one, no event needs a consent plan. */
  hasConsentSettings: boolean
  /** The event settings with these consent categories; one object per distinct list, so the core sees few shapes. */
  settingsFor(categories: string[]): EventSettings
}

/**
 * Parsed setups by Config object, and by Config text: rudder-server sends every router input with its own copy of
 * the destination, so identity alone would parse the same Config once per event. The text cache is bounded.
 */
const byObject = new WeakMap<object, DestinationSetup>()
const byText = new Map<string, DestinationSetup>()
const MAX_TEXT_ENTRIES = 256

export function destinationSetup(destination: { Config: Record<string, unknown> } | undefined): DestinationSetup {
  const raw = destination?.Config
  if (!raw || typeof raw !== 'object') {
    throw new RudderStackEventError(400, 'configuration', 'destination.Config: expected the destination configuration')
  }
  const known = byObject.get(raw)
  if (known) return known
  const text = JSON.stringify(raw)
  const same = byText.get(text)
  if (same) {
    byObject.set(raw, same)
    return same
  }
  const setup = parseSetup(raw)
  if (byText.size >= MAX_TEXT_ENTRIES) byText.clear()
  byText.set(text, setup)
  byObject.set(raw, setup)
  return setup
}

function parseSetup(raw: Record<string, unknown>): DestinationSetup {
  const parsed = RudderStackConfig.safeParse(raw)
  if (!parsed.success) {
    const text = parsed.error.issues.map((i) => `Config.${i.path.join('.')}: ${i.message}`).join('; ')
    throw new RudderStackEventError(400, 'configuration', text)
  }
  const config = parsed.data
  const missing = missingDefaultSourceId(config)
  if (missing) throw new RudderStackEventError(400, 'configuration', `Config.${missing.key}: ${missing.message}`)
  // The ids per source; the message decides which (properties.eventSource / event_source, else its channel).
  const eventSettings: EventSettings = {
    eventSource: config.eventSource,
    pixelCode: config.pixelCode,
    appId: config.appId,
    offlineEventSetId: config.offlineEventSetId,
    crmEventSetId: config.crmEventSetId
  }
  const byCategories = new Map<string, EventSettings>()
  const hasConsentSettings = Boolean(
    config.consentManagement || config.oneTrustCookieCategories || config.ketchConsentPurposes
  )
  return {
    config,
    hasConsentSettings,
    plan: {
      pipelines: shippedPipelines(),
      eventsToStandard: eventsToStandardMap(config),
      sendCustomEvents: config.sendCustomEvents
    },
    eventSettings,
    settingsFor(categories) {
      const key = categories.join('\u0000')
      let settings = byCategories.get(key)
      if (!settings) {
        settings = { ...eventSettings, consentCategories: categories }
        byCategories.set(key, settings)
      }
      return settings
    }
  }
}
