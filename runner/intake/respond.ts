/**
 * Intake answers. Bodies are JSON a person can read; SDKs only look at the status (analytics-node and
 * rudder-sdk-node retry anything but 400/401/413).
 */
import type { IntakeError } from './intake-error.ts'
import type { Rejection } from './parse-messages.ts'

export interface AcceptSummary {
  accepted: number
  duplicates: number
  /** Messages accepted but not sent: consent, integrations turned off, or no pipeline (with the event's name). */
  dropped: Array<{ index: number; reason: string; event?: string }>
  /**
   * Fields left out of accepted events (a value TikTok could not take), by message index: never the value. `field`
   * is the path the client sent; `tiktokField`, TikTok's field it would have filled, when that is another path.
   */
  warnings: Array<{ index: number; field: string; reason: string; tiktokField?: string }>
  /** Warnings left out of `warnings` (over the caps below); /metrics counts them all the same. */
  warningsOmitted: number
  rejected: Rejection[]
}

/**
 * How much of a request's outcome its answer lists. The answer is for a person debugging a client, and its size
 * must not grow with what an attacker packs into a small compressed body: an attacker trial had a 1,166-byte gzipped
 * batch of 25 messages, each with 1,400 products priced "x", answered with 4.5 MB of warnings. One message's first
 * 20 warnings show what its client gets wrong (the rest are almost always the same mistake repeated on every
 * product); 200 in all cover ten such messages and keep the answer near 30 KB. /metrics (relay_intake_dropped_fields_total)
 * counts every warning; the answer says how many it left out (`warningsOmitted`).
 */
export const MAX_WARNINGS_PER_MESSAGE = 20
export const MAX_WARNINGS_PER_ANSWER = 200
/**
 * rejected[] and dropped[] hold at most one entry per message, but a batch may hold 2,500 (maxBatchEvents): 200 of
 * each are listed, as for warnings, then `rejectedOmitted` / `droppedOmitted` count the rest (/metrics counts all).
 */
export const MAX_LISTED_PER_ANSWER = 200

/** `_req`: CORS headers are no longer added here but by the handler, per kind of endpoint (cors.ts, admin-guard.ts). */
export function json(_req: Request, status: number, body: unknown, extra: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...extra }
  })
}

export function errorResponse(req: Request, err: IntakeError): Response {
  const extra: Record<string, string> = {}
  if (err.retryAfterSeconds !== undefined) extra['retry-after'] = String(err.retryAfterSeconds)
  return json(req, err.status, { success: false, code: err.reason, message: err.message }, extra)
}

export function acceptedResponse(req: Request, summary: AcceptSummary, setCookies: string[] = []): Response {
  const body: Record<string, unknown> = { success: true, accepted: summary.accepted }
  if (summary.duplicates) body.duplicates = summary.duplicates
  // Drops and dropped fields are a success for the client (nothing to retry), but worth seeing when debugging.
  if (summary.dropped.length) {
    body.dropped = summary.dropped.slice(0, MAX_LISTED_PER_ANSWER)
    if (summary.dropped.length > MAX_LISTED_PER_ANSWER)
      body.droppedOmitted = summary.dropped.length - MAX_LISTED_PER_ANSWER
  }
  if (summary.warnings.length) body.warnings = summary.warnings
  if (summary.warningsOmitted) body.warningsOmitted = summary.warningsOmitted
  if (summary.rejected.length) {
    body.rejected = summary.rejected
      .slice(0, MAX_LISTED_PER_ANSWER)
      .map(({ index, field, reason, message }) => ({ index, field, reason, message }))
    if (summary.rejected.length > MAX_LISTED_PER_ANSWER)
      body.rejectedOmitted = summary.rejected.length - MAX_LISTED_PER_ANSWER
  }
  const res = json(req, 200, body)
  for (const c of setCookies) res.headers.append('set-cookie', c)
  return res
}
