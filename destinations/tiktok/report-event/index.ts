/**
 * reportEvent: one Segment event -> one TikTok Events API event. Everything TikTok-specific (consent, hashing,
 * validation, chunking, reading TikTok's answer) is the core's; this action only maps actions-core in and out.
 */
import type { ActionDefinition } from '@segment/actions-core'
import type { CoreSettingsInput, ReportEventInput } from '../core/index.ts'
import { parseHostSettings } from '../settings-fields.ts'
import { deliverEvents } from './deliver-events.ts'
import { fields } from './fields.ts'
import { throwUnlessSent, toMultiStatus } from './outcome-to-actions.ts'

export const reportEvent: ActionDefinition<CoreSettingsInput, ReportEventInput> = {
  title: 'Report Event',
  description:
    'Send an event to the TikTok Events API 2.0. Match keys are normalised and SHA-256 hashed; consent and Global Privacy Control are honoured before anything is sent.',
  fields,
  perform: async (request, { payload, settings }) => {
    const [outcome] = await deliverEvents(request, [payload], parseHostSettings(settings))
    return throwUnlessSent(outcome!)
  },
  performBatch: async (request, { payload, settings }) =>
    toMultiStatus(await deliverEvents(request, payload, parseHostSettings(settings)))
}
