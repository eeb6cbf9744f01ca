/**
 * First-party identity on every message: the relay's `_ttp` / `ttclid` cookies become `context.ttp` /
 * `context.ttclid` (what the event already carries wins), `Sec-GPC: 1` becomes `context.gpc: true`, and for a call
 * a browser made itself, its address and user agent become `context.ip` / `context.userAgent` when absent.
 */
import type { SegmentMessage } from '../intake/parse-messages.ts'
import { clientAddress } from './client-address.ts'
import { parseCookies, TTCLID_COOKIE, TTP_COOKIE } from './cookies.ts'

export function contextOf(message: SegmentMessage): Record<string, any> {
  if (typeof message.context !== 'object' || message.context === null) message.context = {}
  return message.context
}

export function hasGpcHeader(req: Request): boolean {
  return req.headers.get('sec-gpc')?.trim() === '1'
}

/** What one request tells about the person behind all of its messages, read once per request. */
export interface RequestFacts {
  cookies: Record<string, string>
  gpc: boolean
  /** Only for calls a browser made itself: a server library's connection is the server, not the person. */
  browser?: { ip?: string; userAgent?: string }
}

/**
 * A browser's cross-origin call (analytics.js, RudderStack's JS SDK) carries an Origin header; server libraries send
 * none. The collector is always a browser. Only then is the connection (or trusted proxy) address the person's,
 * which is how Segment and RudderStack fill context.ip for browser traffic.
 */
export function requestFacts(
  req: Request,
  remoteAddress: string | undefined,
  trustProxy: number,
  opts: { browser?: boolean; credentialed: boolean }
): RequestFacts {
  // The relay's cookies are read only for a call allowed to use them (cors.ts): a page on another origin must not
  // act as its visitor's _ttp.
  const cookies = opts.credentialed ? parseCookies(req.headers.get('cookie')) : {}
  const facts: RequestFacts = { cookies, gpc: hasGpcHeader(req) }
  if (opts.browser || req.headers.has('origin')) {
    facts.browser = {
      ip: clientAddress(remoteAddress, req.headers.get('x-forwarded-for'), trustProxy),
      userAgent: req.headers.get('user-agent') ?? undefined
    }
  }
  return facts
}

export function enrichFromRequest(message: SegmentMessage, facts: RequestFacts): void {
  const ctx = contextOf(message)
  const { cookies, browser } = facts
  if (cookies[TTP_COOKIE] && !ctx.ttp) ctx.ttp = cookies[TTP_COOKIE]
  if (cookies[TTCLID_COOKIE] && !ctx.ttclid) ctx.ttclid = cookies[TTCLID_COOKIE]
  if (facts.gpc) ctx.gpc = true
  if (browser?.ip && !ctx.ip) ctx.ip = browser.ip
  if (browser?.userAgent && !ctx.userAgent) ctx.userAgent = browser.userAgent
}
