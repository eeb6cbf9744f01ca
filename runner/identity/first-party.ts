/**
 * First-party identity on every message: the relay's `_ttp` / `ttclid` cookies become `context.ttp` /
 * `context.ttclid` (what the event already carries wins), and `Sec-GPC: 1` becomes `context.gpc: true`.
 */
import type { SegmentMessage } from '../intake/parse-messages.ts'
import { parseCookies, TTCLID_COOKIE, TTP_COOKIE } from './cookies.ts'

export function contextOf(message: SegmentMessage): Record<string, any> {
  if (typeof message.context !== 'object' || message.context === null) message.context = {}
  return message.context
}

export function hasGpcHeader(req: Request): boolean {
  return req.headers.get('sec-gpc')?.trim() === '1'
}

export function enrichFromRequest(
  req: Request,
  message: SegmentMessage,
  cookies = parseCookies(req.headers.get('cookie'))
): void {
  const ctx = contextOf(message)
  if (cookies[TTP_COOKIE] && !ctx.ttp) ctx.ttp = cookies[TTP_COOKIE]
  if (cookies[TTCLID_COOKIE] && !ctx.ttclid) ctx.ttclid = cookies[TTCLID_COOKIE]
  if (hasGpcHeader(req)) ctx.gpc = true
}
