/**
 * One batch of one route, turned into TikTok requests by the core (buildRequestBodies: at most 1,000 events per
 * request, test events one per request) and sent with the core's sendTikTokRequest. The answer becomes an outcome
 * the worker acts on; retry or not is read from the core's error classes alone.
 */
import {
  EventValidationError,
  PermanentDeliveryError,
  RetryableDeliveryError
} from '../../destinations/tiktok/core/errors.ts'
import { buildRequestBodies, type RequestBodyOf, sendCheckedEventJson } from '../../destinations/tiktok/core/index.ts'
import type { CoreSettings } from '../../destinations/tiktok/core/settings.ts'
import type { DeliveryFailure, LeasedEvent } from '../store/store-interface.ts'
import { authFaultOf } from './auth-fault.ts'

/** TikTok's rate-limit codes (40100 on the Events API; 40016/40133 elsewhere in the Business API). */
const RATE_LIMIT_CODES = new Set([40100, 40016, 40133])

export interface RequestUnit {
  /** Its events as the queue stores them: JSON text, spliced into the request unparsed. */
  body: RequestBodyOf<string>
  events: LeasedEvent[]
}

export type SendOutcome =
  | { kind: 'delivered'; requestId?: string }
  | { kind: 'retry'; failure: DeliveryFailure; reason: 'rate_limited' | 'server_error'; retryAfterMs?: number }
  /** The request failed because of some of its events (TikTok's 40002 naming data.N, or the core's contract check
   * naming data.N.field): only those are dead, the others go again. */
  | { kind: 'reject-some'; indices: number[]; failure: DeliveryFailure }
  | { kind: 'reject-all'; failure: DeliveryFailure }
  /** TikTok refused the credentials (auth-fault.ts): the events are held in the queue, not dead-lettered. */
  | { kind: 'hold'; failure: DeliveryFailure; fault: string }

/** The settings the core builds this route's requests with. */
export function routeSettings(base: CoreSettings, events: LeasedEvent[], accessToken?: string): CoreSettings {
  const route = events[0]!.route
  return {
    ...base,
    accessToken: accessToken ?? base.accessToken ?? '',
    pixelCode: route.pixelCode,
    eventSource: route.eventSource,
    testEventCode: route.testEventCode
  }
}

/** Splits a batch into request bodies, each with the queue rows it carries (bodies keep the events' order). */
export function toRequestUnits(events: LeasedEvent[], settings: CoreSettings): RequestUnit[] {
  const bodies = buildRequestBodies(
    events.map((e) => e.eventJson),
    settings
  )
  const units: RequestUnit[] = []
  let at = 0
  for (const body of bodies) {
    units.push({ body, events: events.slice(at, at + body.data.length) })
    at += body.data.length
  }
  return units
}

function rejectSome(indices: number[], unit: RequestUnit, failure: DeliveryFailure): SendOutcome {
  const unique = [...new Set(indices)]
  const named = unique.length > 0 && unique.every((i) => i < unit.events.length)
  if (named && unique.length < unit.events.length) return { kind: 'reject-some', indices: unique, failure }
  return { kind: 'reject-all', failure }
}

export async function sendUnit(
  unit: RequestUnit,
  settings: CoreSettings,
  fetchFn: typeof fetch,
  timeoutMs: number
): Promise<SendOutcome> {
  try {
    // Intake stores only events the core built and checked against the contract; should one still be wrong
    // (a row from an older relay), TikTok's 40002 names it and only it is dead-lettered.
    const { requestId } = await sendCheckedEventJson(unit.body, settings, fetchFn, { timeoutMs })
    return { kind: 'delivered', requestId }
  } catch (err) {
    const fault = authFaultOf(err)
    if (fault !== undefined && err instanceof PermanentDeliveryError) {
      return { kind: 'hold', fault, failure: { code: err.details.code, message: err.message } }
    }
    if (err instanceof PermanentDeliveryError) {
      const failure = { code: err.details.code, message: err.message }
      return rejectSome(err.eventIndex === undefined ? [] : [err.eventIndex], unit, failure)
    }
    if (err instanceof EventValidationError) {
      const indices = err.issues.map((i) => /^data\.(\d+)(\.|$)/.exec(i.path)?.[1]).filter((i) => i !== undefined)
      return rejectSome(indices.map(Number), unit, { message: `invalid event: ${err.message}` })
    }
    if (err instanceof RetryableDeliveryError) {
      const { code, status, retryAfterMs } = err.details
      const rateLimited = (code !== undefined && RATE_LIMIT_CODES.has(code)) || status === 429
      return {
        kind: 'retry',
        failure: { code, message: err.message },
        reason: rateLimited ? 'rate_limited' : 'server_error',
        retryAfterMs
      }
    }
    // Anything else is unexpected (a bug, not TikTok): retry, so the attempt limit decides, never silently drop.
    return {
      kind: 'retry',
      failure: { message: err instanceof Error ? `${err.name}: ${err.message}` : String(err) },
      reason: 'server_error'
    }
  }
}
