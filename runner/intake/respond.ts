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
  rejected: Rejection[]
}

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
  if (summary.dropped.length) body.dropped = summary.dropped
  if (summary.warnings.length) body.warnings = summary.warnings
  if (summary.rejected.length) {
    body.rejected = summary.rejected.map(({ index, field, reason, message }) => ({ index, field, reason, message }))
  }
  const res = json(req, 200, body)
  for (const c of setCookies) res.headers.append('set-cookie', c)
  return res
}
