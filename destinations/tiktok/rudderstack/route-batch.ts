/**
 * RudderStack's `processRouterDest`: many inputs -> batched requests of up to 1,000 events per request per event
 * source (destination, pixel, test code), each carrying the metadata of every input in it; failed inputs come back
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
  type RudderStackInput
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

function groupKey(input: RudderStackInput, built: MessageEvents): string {
  const c = built.setup.config
  return [
    input.destination.ID ?? '',
    c.pixelCode,
    built.setup.eventSettings.eventSource,
    built.testEventCode ?? '',
    c.apiUrl ?? ''
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
    const key = groupKey(input, built)
    let group = groups.get(key)
    if (!group) {
      group = { built, destination: input.destination, items: [] }
      groups.set(key, group)
    }
    const metadata =
      built.warnings.length > 0
        ? { ...input.metadata, warnings: built.warnings.map((w) => ({ ...w })) }
        : input.metadata
    for (const event of built.events) group.items.push({ event, metadata })
  }

  const batches: BatchedResponse[] = []
  for (const { built, destination, items } of groups.values()) {
    const settings = {
      pixelCode: built.setup.config.pixelCode,
      eventSource: built.setup.eventSettings.eventSource,
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
