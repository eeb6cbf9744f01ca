/**
 * One request body to TikTok through actions-core's RequestClient (so Segment's request middleware, timeouts and
 * logging apply). The core decides what the answer means; this file only turns transport failures into its errors.
 */
import type { RequestClient } from '@segment/actions-core'
import {
  classifyResponse,
  type DeliveryResult,
  RetryableDeliveryError,
  TIKTOK_EVENTS_URL,
  type TikTokRequestBody
} from '../core/index.ts'
import type { CoreSettings } from '../core/settings.ts'

export async function postRequestBody(
  request: RequestClient,
  body: TikTokRequestBody,
  settings: Pick<CoreSettings, 'accessToken' | 'apiUrl'>
): Promise<DeliveryResult> {
  let response: Awaited<ReturnType<RequestClient>>
  try {
    response = await request(settings.apiUrl ?? TIKTOK_EVENTS_URL, {
      method: 'POST',
      headers: { 'Access-Token': settings.accessToken },
      json: body,
      // TikTok's envelope, not the HTTP status, says whether the events were taken: read every answer.
      throwHttpErrors: false
    })
  } catch (error) {
    // Timeouts, refused connections, hang-ups: nothing says TikTok kept the events, and event_id makes resending safe.
    const reason = error instanceof Error ? error.name : 'unknown error'
    throw new RetryableDeliveryError(`could not reach TikTok (${reason})`)
  }
  return classifyResponse(response.status, response.content ?? '', response.headers)
}
