/**
 * A RudderStack destination's Config, parsed once per Config object: the validated Config, the event plan
 * (shipped pipelines + eventsToStandard) and the core settings every event of that destination shares.
 */
import type { EventSettings } from '../core/build-event.ts'
import { type EventPlan } from './map-message.ts'
import { RudderStackConfig, eventsToStandardMap } from './rudderstack-config.ts'
import { RudderStackEventError } from './rudderstack-error.ts'
import { shippedPipelines } from './shipped-pipelines.ts'

export interface DestinationSetup {
  config: RudderStackConfig
  plan: EventPlan
  eventSettings: EventSettings
}

const setups = new WeakMap<object, DestinationSetup>()

export function destinationSetup(destination: { Config: Record<string, unknown> } | undefined): DestinationSetup {
  const raw = destination?.Config
  if (!raw || typeof raw !== 'object') {
    throw new RudderStackEventError(400, 'configuration', 'destination.Config: expected the destination configuration')
  }
  const cached = setups.get(raw)
  if (cached) return cached
  const parsed = RudderStackConfig.safeParse(raw)
  if (!parsed.success) {
    const text = parsed.error.issues.map((i) => `Config.${i.path.join('.')}: ${i.message}`).join('; ')
    throw new RudderStackEventError(400, 'configuration', text)
  }
  const config = parsed.data
  const setup: DestinationSetup = {
    config,
    plan: {
      pipelines: shippedPipelines(),
      eventsToStandard: eventsToStandardMap(config),
      sendCustomEvents: config.sendCustomEvents
    },
    eventSettings: { eventSource: 'web' }
  }
  setups.set(raw, setup)
  return setup
}
