/**
 * RudderStack's per-event `process`: one input -> the REST request(s) that send its TikTok events. Failures throw
 * RudderStackEventError (status 400 with the field path, or 298 when consent filtered the event), which is how a
 * RudderStack transformer reports a per-event error. A processor result has no place for notes: fields dropped from
 * an event are reported by processRouterDest (in the job's metadata), the path RudderStack uses for this destination.
 */
import { buildRequestBodies, groupBySource } from '../core/build-requests.ts'
import { buildMessageEvents, type RudderStackInput } from './build-message-events.ts'
import { type RudderStackRequest, restRequest } from './rest-request.ts'

export async function processEvent(input: RudderStackInput): Promise<RudderStackRequest | RudderStackRequest[]> {
  const { setup, events, testEventCode } = await buildMessageEvents(input)
  // One request per event source and id (a message mapped to several events may feed more than one).
  const bodies = groupBySource(events, (e) => e).flatMap((group) =>
    buildRequestBodies(
      group.items.map((e) => e.event),
      {
        eventSource: group.eventSource,
        eventSourceId: group.eventSourceId,
        ...(testEventCode ? { testEventCode } : {})
      }
    )
  )
  const requests = bodies.map((body) => restRequest(body, setup.config))
  return requests.length === 1 ? requests[0] : requests
}
