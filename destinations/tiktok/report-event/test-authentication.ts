/**
 * Segment's "Test connection". It must prove the token works for this pixel WITHOUT polluting live data, so it sends
 * one Pageview carrying a test_event_code (the configured one, else TEST_AUTH): TikTok keeps no live data from
 * test-coded requests, they only appear in Events Manager's Test Events tab. An empty `data` probe was rejected: it
 * cannot tell a token without permission on the pixel (40001) from a good one.
 */
import type { RequestClient } from '@segment/actions-core'
import { buildRequestBodies, buildTikTokEvent, type CoreSettingsInput, DeliveryError } from '../core/index.ts'
import { parseHostSettings } from '../settings-fields.ts'
import { throwUnlessSent } from './outcome-to-actions.ts'
import { postRequestBody } from './post-request-body.ts'

export const AUTH_TEST_EVENT_CODE = 'TEST_AUTH'

export async function testAuthentication(
  request: RequestClient,
  { settings }: { settings: CoreSettingsInput }
): Promise<void> {
  const parsed = parseHostSettings(settings)
  const testSettings = { ...parsed, testEventCode: parsed.testEventCode ?? AUTH_TEST_EVENT_CODE }
  // No consent inputs on a probe, so the core always builds it; `drop` here would be a core bug, reported as one.
  const built = await buildTikTokEvent({ event: 'Pageview', event_id: `test-authentication-${Date.now()}` }, parsed)
  if (built.kind !== 'send') throw new Error(`authentication probe was dropped (${built.reason})`)
  const [body] = buildRequestBodies([built.event], testSettings)
  try {
    await postRequestBody(request, body!, parsed)
  } catch (error) {
    if (!(error instanceof DeliveryError)) throw error
    // Same wording and classes as a failed event: 40104/40105 -> InvalidAuthenticationError, 40001 -> permission.
    throwUnlessSent({ kind: 'failed', event: built.event, error })
  }
}
