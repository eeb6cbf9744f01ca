/**
 * Events -> request bodies. TikTok rejects a WHOLE request of more than 1000 events, so bodies hold at most that
 * many; with a test_event_code every event goes alone, as TikTok's Test Events tool expects.
 */
import { type EventSource, MAX_EVENTS_PER_REQUEST, type TikTokEvent, type TikTokRequestBody } from './contract.ts'
import type { CoreSettings } from './settings.ts'

/** A request around events of any form: TikTokEvent objects, or their JSON text (see sendCheckedEventJson). */
export type RequestBodyOf<E> = Omit<TikTokRequestBody, 'data'> & { data: E[] }

/**
 * One request's source and id: `eventSourceId` (the built event's) or, for callers that still name it so, the
 * `pixelCode` (the runner's queue keeps the id of every source in its pixel_code column).
 */
export type RequestSettings = Partial<
  Pick<CoreSettings, 'pixelCode' | 'eventSource' | 'testEventCode' | 'partnerName'>
> & {
  eventSourceId?: string
}

/** Events of one source and one id (as buildTikTokEvent says where each goes). */
export interface SourceGroup<T> {
  eventSource: EventSource
  eventSourceId: string
  items: T[]
}

/**
 * Items -> one group per (event source, id), in the order each group first appears, items in their order: TikTok
 * takes one source and one id per request, so a batch of web and app events is two requests at least.
 */
export function groupBySource<T>(
  items: T[],
  routeOf: (item: T) => { eventSource: EventSource; eventSourceId: string }
): SourceGroup<T>[] {
  const groups = new Map<string, SourceGroup<T>>()
  for (const item of items) {
    const { eventSource, eventSourceId } = routeOf(item)
    const key = `${eventSource}\u0000${eventSourceId}`
    let group = groups.get(key)
    if (!group) {
      group = { eventSource, eventSourceId, items: [] }
      groups.set(key, group)
    }
    group.items.push(item)
  }
  return [...groups.values()]
}

export function buildRequestBodies<E = TikTokEvent>(events: E[], settings: RequestSettings): RequestBodyOf<E>[] {
  const size = settings.testEventCode ? 1 : MAX_EVENTS_PER_REQUEST
  const eventSourceId = settings.eventSourceId ?? settings.pixelCode
  if (eventSourceId === undefined) throw new TypeError('buildRequestBodies: no event_source_id (eventSourceId)')
  const bodies: RequestBodyOf<E>[] = []
  for (let start = 0; start < events.length; start += size) {
    const body: RequestBodyOf<E> = {
      event_source: settings.eventSource ?? 'web',
      event_source_id: eventSourceId,
      data: events.slice(start, start + size)
    }
    if (settings.testEventCode) body.test_event_code = settings.testEventCode
    if (settings.partnerName) body.partner_name = settings.partnerName
    bodies.push(body)
  }
  return bodies
}
