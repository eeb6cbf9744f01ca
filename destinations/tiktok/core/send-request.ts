/**
 * POSTs one request body to TikTok (or settings.apiUrl) with an injected fetch, so every host and every runtime
 * uses its own. The body is checked against the contract first: an invalid body is our bug or bad data, and TikTok
 * would reject the whole request anyway. The access token travels only in the header, never in a message.
 */
import type { RequestBodyOf } from './build-requests.ts'
import { classifyResponse, type DeliveryResult } from './classify-response.ts'
import { TIKTOK_EVENTS_URL, TikTokRequestBody, TikTokRequestEnvelope } from './contract.ts'
import { contractIssues } from './contract-issues.ts'
import { EventValidationError, RetryableDeliveryError } from './errors.ts'
import type { CoreSettings } from './settings.ts'

export const DEFAULT_TIMEOUT_MS = 10_000

export type FetchFn = (input: string, init: RequestInit) => Promise<Response>
export interface SendOptions {
  /** Covers the whole exchange, body included. */
  timeoutMs?: number
}
type SendSettings = Pick<CoreSettings, 'accessToken'> & Partial<Pick<CoreSettings, 'apiUrl'>>

export async function sendTikTokRequest(
  body: TikTokRequestBody,
  settings: SendSettings,
  fetchFn: FetchFn = fetch,
  opts: SendOptions = {}
): Promise<DeliveryResult> {
  const issues = contractIssues(TikTokRequestBody, body)
  if (issues.length > 0) throw new EventValidationError(issues)
  return post(JSON.stringify(body), settings, fetchFn, opts.timeoutMs ?? DEFAULT_TIMEOUT_MS)
}

/**
 * For a queue of built events (the runner's): each event was checked against TikTokEvent when it was built and
 * stored as JSON text. Only the request around them is checked, and their text goes into the body as it is: parsing
 * and re-serialising a thousand events cost more than everything else in sending them. Should a stored event still
 * be wrong (a row from an older relay), TikTok's 40002 names it.
 */
export async function sendCheckedEventJson(
  body: RequestBodyOf<string>,
  settings: SendSettings,
  fetchFn: FetchFn = fetch,
  opts: SendOptions = {}
): Promise<DeliveryResult> {
  const issues = contractIssues(TikTokRequestEnvelope, body)
  if (issues.length > 0) throw new EventValidationError(issues)
  return post(requestText(body), settings, fetchFn, opts.timeoutMs ?? DEFAULT_TIMEOUT_MS)
}

/** The request as TikTok receives it, its events' JSON text spliced in unparsed. */
export function requestText(body: RequestBodyOf<string>): string {
  const { data, ...envelope } = body
  // The envelope always has event_source and event_source_id, so its JSON ends in "...}" after at least one member.
  return `${JSON.stringify(envelope).slice(0, -1)},"data":[${data.join(',')}]}`
}

async function post(text: string, settings: SendSettings, fetchFn: FetchFn, timeoutMs: number) {
  const controller = new AbortController()
  let timer: ReturnType<typeof setTimeout> | undefined
  // Raced as well as signalled: an injected fetch that ignores the signal must not hang a delivery worker.
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort()
      reject(new RetryableDeliveryError(`no answer from TikTok within ${timeoutMs} ms`))
    }, timeoutMs)
  })
  const exchange = async () => {
    const response = await fetchFn(settings.apiUrl ?? TIKTOK_EVENTS_URL, {
      method: 'POST',
      headers: { 'Access-Token': settings.accessToken, 'Content-Type': 'application/json' },
      body: text,
      signal: controller.signal
    })
    return { status: response.status, headers: response.headers, text: await response.text() }
  }
  let answer: { status: number; headers: Headers; text: string }
  try {
    answer = await Promise.race([exchange(), timedOut])
  } catch (error) {
    if (error instanceof RetryableDeliveryError) throw error
    if (controller.signal.aborted) throw new RetryableDeliveryError(`no answer from TikTok within ${timeoutMs} ms`)
    const reason = error instanceof Error ? error.message : 'unknown error'
    throw new RetryableDeliveryError(`network error talking to TikTok: ${reason}`)
  } finally {
    clearTimeout(timer)
  }
  return classifyResponse(answer.status, answer.text, answer.headers)
}
