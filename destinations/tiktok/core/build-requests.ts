/**
 * Events -> request bodies. TikTok rejects a WHOLE request of more than 1000 events, so bodies hold at most that
 * many; with a test_event_code every event goes alone, as TikTok's Test Events tool expects.
 */
import { MAX_EVENTS_PER_REQUEST, type TikTokEvent, type TikTokRequestBody } from './contract.ts'

/** A request around events of any form: TikTokEvent objects, or their JSON text (see sendCheckedEventJson). */
export type RequestBodyOf<E> = Omit<TikTokRequestBody, 'data'> & { data: E[] }

import type { CoreSettings } from './settings.ts'

export type RequestSettings = Pick<CoreSettings, 'pixelCode'> &
  Partial<Pick<CoreSettings, 'eventSource' | 'testEventCode' | 'partnerName'>>

export function buildRequestBodies<E = TikTokEvent>(events: E[], settings: RequestSettings): RequestBodyOf<E>[] {
  const size = settings.testEventCode ? 1 : MAX_EVENTS_PER_REQUEST
  const bodies: RequestBodyOf<E>[] = []
  for (let start = 0; start < events.length; start += size) {
    const body: RequestBodyOf<E> = {
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
