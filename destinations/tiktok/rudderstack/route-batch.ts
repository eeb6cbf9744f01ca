/**
 * RudderStack's `processRouterDest`: many inputs -> batched requests of up to 1,000 events per request per
 * destination, event source and its id (web to the pixel, app to the TikTok App ID, ...), and test code, each carrying the metadata of every input in it; failed inputs come back
 * one by one beside the batches (batched: false, with the status, error and statTags), never inside them. An input
 * whose event was sent without a field TikTok could not take gets its metadata back with `warnings: [{ field,
 * reason }]` added (rudder-server passes metadata through and reports it; it never carries a value).
 */
import { buildRequestBodies } from '../core/build-requests.ts'
import type { TikTokEvent } from '../core/contract.ts'
import {
  buildMessageEvents,
  type MessageEvents,
  type RudderStackDestination,
  type RudderStackInput,
  type SourcedEvent
} from './build-message-events.ts'
import { type RudderStackRequest, restRequest } from './rest-request.ts'
import { RudderStackEventError } from './rudderstack-error.ts'

type Metadata = Record<string, unknown> | undefined

export interface BatchedResponse {
  batchedRequest: RudderStackRequest | RudderStackRequest[]
  metadata: Metadata[]
  batched: true
  statusCode: 200
  destination: RudderStackDestination
}

export interface FailedResponse {
  batchedRequest?: undefined
  metadata: Metadata[]
  batched: false
  statusCode: number
  error: string
  statTags: { errorCategory: string; errorType: string }
  destination: RudderStackDestination
}

export type RouterResponse = BatchedResponse | FailedResponse

interface Group {
  built: MessageEvents
  source: Pick<SourcedEvent, 'eventSource' | 'eventSourceId'>
  destination: RudderStackDestination
  items: Array<{ event: TikTokEvent; metadata: Metadata }>
}

function failure(input: RudderStackInput, err: unknown): FailedResponse {
  const known = err instanceof RudderStackEventError ? err : undefined
  return {
    metadata: [input.metadata],
    batched: false,
    statusCode: known?.status ?? 500,
    error: known?.message ?? `unexpected error: ${err instanceof Error ? err.name : 'unknown'}`,
    statTags: known?.statTags ?? { errorCategory: 'transformation', errorType: 'unknown' },
    destination: input.destination
  }
}

/** A request goes to one destination, one event source and its id, with one test code, to one URL. */
function groupKey(input: RudderStackInput, built: MessageEvents, event: SourcedEvent): string {
  return [
    input.destination.ID ?? '',
    event.eventSource,
    event.eventSourceId,
    built.testEventCode ?? '',
    built.setup.config.apiUrl ?? '',
    built.setup.config.accessToken
  ].join('\u0000')
}

export async function processRouterDest(inputs: RudderStackInput[]): Promise<RouterResponse[]> {
  const failures: FailedResponse[] = []
  const groups = new Map<string, Group>()
  for (const input of inputs) {
    let built: MessageEvents
    try {
      built = await buildMessageEvents(input)
    } catch (err) {
      failures.push(failure(input, err))
      continue
    }
    const metadata =
      built.warnings.length > 0
        ? { ...input.metadata, warnings: built.warnings.map((w) => ({ ...w })) }
        : input.metadata
    for (const sourced of built.events) {
      const key = groupKey(input, built, sourced)
      let group = groups.get(key)
      if (!group) {
        group = { built, source: sourced, destination: input.destination, items: [] }
        groups.set(key, group)
      }
      group.items.push({ event: sourced.event, metadata })
    }
  }

  const batches: BatchedResponse[] = []
  for (const { built, source, destination, items } of groups.values()) {
    const settings = {
      eventSource: source.eventSource,
      eventSourceId: source.eventSourceId,
      ...(built.testEventCode ? { testEventCode: built.testEventCode } : {})
    }
    const bodies = buildRequestBodies(
      items.map((i) => i.event),
      settings
    )
    let offset = 0
    for (const body of bodies) {
      const slice = items.slice(offset, offset + body.data.length)
      offset += body.data.length
      // An input that became two TikTok events lists its metadata once per batch.
      const metadata = [...new Set(slice.map((i) => i.metadata))]
      batches.push({
        batchedRequest: restRequest(body, built.setup.config),
        metadata,
        batched: true,
        statusCode: 200,
        destination
      })
    }
  }
  return [...batches, ...failures]
}
