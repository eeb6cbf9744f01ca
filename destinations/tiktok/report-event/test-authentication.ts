/**
 * Segment's "Test connection". It must prove the token works for every id the destination sends to (the pixel, the
 * TikTok App ID, the offline and CRM event sets) WITHOUT polluting live data, so it sends one probe per configured
 * source carrying a test_event_code (the configured one, else TEST_AUTH): TikTok keeps no live data from test-coded
 * requests, they only appear in Events Manager's Test Events tab. An empty `data` probe was rejected: it cannot
 * tell a token without permission on the pixel (40001) from a good one. Each probe is an event its source takes:
 * a Pageview (web), LaunchAPP (app), a Purchase with an external_id (offline: standard names and a match key), a
 * custom stage with a lead id (CRM).
 */
import type { RequestClient } from '@segment/actions-core'
import {
  buildRequestBodies,
  buildTikTokEvent,
  type CoreSettingsInput,
  DeliveryError,
  EVENT_SOURCES,
  type EventSource,
  eventSourceIdFor,
  type ReportEventInput
} from '../core/index.ts'
import { parseHostSettings } from '../settings-fields.ts'
import { throwUnlessSent } from './outcome-to-actions.ts'
import { postRequestBody } from './post-request-body.ts'

export const AUTH_TEST_EVENT_CODE = 'TEST_AUTH'

const PROBES: Record<EventSource, Omit<ReportEventInput, 'event_id'>> = {
  web: { event: 'Pageview' },
  app: { event: 'LaunchAPP' },
  offline: { event: 'Purchase', external_id: 'test-authentication' },
  crm: { event: 'Test Connection', lead_id: 'test-authentication' }
}

export async function testAuthentication(
  request: RequestClient,
  { settings }: { settings: CoreSettingsInput }
): Promise<void> {
  const parsed = parseHostSettings(settings)
  const testEventCode = parsed.testEventCode ?? AUTH_TEST_EVENT_CODE
  for (const source of EVENT_SOURCES) {
    if (eventSourceIdFor(source, parsed) === undefined) continue
    const input = { ...PROBES[source], event_source: source, event_id: `test-authentication-${Date.now()}` }
    // No consent inputs on a probe, so the core always builds it; `drop` here would be a core bug, reported as one.
    const built = await buildTikTokEvent(input, parsed)
    if (built.kind !== 'send') throw new Error(`authentication probe was dropped (${built.reason})`)
    const [body] = buildRequestBodies([built.event], {
      ...parsed,
      testEventCode,
      eventSource: built.eventSource,
      eventSourceId: built.eventSourceId
    })
    try {
      await postRequestBody(request, body!, parsed)
    } catch (error) {
      if (!(error instanceof DeliveryError)) throw error
      // Same wording and classes as a failed event: 40104/40105 -> InvalidAuthenticationError, 40001 -> permission.
      throwUnlessSent({ kind: 'failed', event: built.event, error })
    }
  }
}
