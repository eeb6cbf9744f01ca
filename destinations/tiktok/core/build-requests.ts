/**
 * Events -> request bodies. TikTok rejects a WHOLE request of more than 1000 events, so bodies hold at most that
 * many; with a test_event_code every event goes alone, as TikTok's Test Events tool expects.
 */
import { MAX_EVENTS_PER_REQUEST, type TikTokEvent, type TikTokRequestBody } from './contract.ts'
import type { CoreSettings } from './settings.ts'

export type RequestSettings = Pick<CoreSettings, 'pixelCode'> &
  Partial<Pick<CoreSettings, 'eventSource' | 'testEventCode' | 'partnerName'>>

export function buildRequestBodies(events: TikTokEvent[], settings: RequestSettings): TikTokRequestBody[] {
  const size = settings.testEventCode ? 1 : MAX_EVENTS_PER_REQUEST
  const bodies: TikTokRequestBody[] = []
  for (let start = 0; start < events.length; start += size) {
    const body: TikTokRequestBody = {
      event_source: settings.eventSource ?? 'web',
      event_source_id: settings.pixelCode,
      data: events.slice(start, start + size)
    }
    if (settings.testEventCode) body.test_event_code = settings.testEventCode
    if (settings.partnerName) body.partner_name = settings.partnerName
    bodies.push(body)
  }
  return bodies
}
