/**
 * POST /collect: one page view, track or identify call from collector.js. The answer sets `_ttp` (a new one when the
 * browser has none) and `ttclid` (from the landing URL, a same-host referrer, or the cookie already there) as
 * server-set first-party cookies, and the event carries both, plus the browser's IP and user agent. An identify's
 * traits are hashed at once into the visitor's profile (its userId and its _ttp), for the match keys of later events.
 */
import { generateTtp, resolveClickId } from '../../destinations/tiktok/core/index.ts'
import type { HandlerContext } from '../handler.ts'
import { serializeCookie, TTCLID_COOKIE, TTP_COOKIE } from '../identity/cookies.ts'
import { contextOf, enrichFromRequest, requestFacts } from '../identity/first-party.ts'
import { acceptMessages } from '../intake/accept-messages.ts'
import { IntakeError } from '../intake/intake-error.ts'
import { messagesFromBody, parseJsonObject } from '../intake/parse-messages.ts'
import { readBody } from '../intake/read-body.ts'
import { acceptedResponse } from '../intake/respond.ts'

const stringOr = (v: unknown) => (typeof v === 'string' ? v : undefined)
const COLLECTED_TYPES = new Set(['page', 'track', 'screen', 'identify'])
/** A _ttp we did not mint may still be TikTok's pixel's; keep anything plausible, replace junk. */
const PLAUSIBLE_TTP = /^[A-Za-z0-9._-]{8,128}$/

export async function handleCollect(
  ctx: HandlerContext,
  req: Request,
  url: URL,
  remoteAddress: string | undefined
): Promise<Response> {
  await ctx.overload.check()
  // The collector works through the relay's cookies: from a page not allowed them it has nothing to offer.
  if (!ctx.cors.credentialed(req)) {
    throw new IntakeError(
      403,
      'origin_not_allowed',
      "This origin may not use the relay's cookies: add it to allowedOrigins (RELAY_ALLOWED_ORIGINS)"
    )
  }
  const text = await readBody(req, { maxBytes: ctx.limits.maxEventBytes, timeoutMs: ctx.limits.bodyTimeoutMs })
  const body = parseJsonObject(text)
  const type = typeof body.type === 'string' && COLLECTED_TYPES.has(body.type) ? body.type : undefined
  if (!type) throw new IntakeError(400, 'invalid_type', 'type: expected page, track, screen or identify')
  const route = ctx.routes.resolve(
    url.searchParams.get('writeKey') ?? (typeof body.writeKey === 'string' ? body.writeKey : undefined)
  )

  const facts = requestFacts(req, remoteAddress, ctx.trustProxy ?? 0, { browser: true, credentialed: true })
  const { cookies } = facts
  const existing = cookies[TTP_COOKIE]
  const ttp = existing && PLAUSIBLE_TTP.test(existing) ? existing : generateTtp()
  // The browser's _ttp is its anonymous id unless the page named one, signed in or not: it is the id a browser-scoped
  // identify binds traits to (profiles.ts).
  if (body.anonymousId === undefined) body.anonymousId = ttp

  const { messages } = messagesFromBody(type as 'page', body, text, ctx.limits)
  const message = messages[0]!.message
  // The browser talks to us (maybe through trusted proxies): its address and agent are the person's.
  enrichFromRequest(message, facts)
  const context = contextOf(message)
  context.ttp = ttp
  const page = typeof context.page === 'object' && context.page !== null ? context.page : {}
  const ttclid = resolveClickId({
    url: stringOr(page.url),
    referrer: stringOr(page.referrer),
    ttclid: cookies[TTCLID_COOKIE]
  })
  if (ttclid) context.ttclid = ttclid
  else delete context.ttclid

  ctx.metrics.received.inc()
  const summary = await acceptMessages(ctx, route, messages)
  if (summary.rejected.length > 0) {
    const r = summary.rejected[0]!
    throw new IntakeError(400, r.reason, `${r.field}: ${r.message}`)
  }
  // An event dropped for consent (GPC, denied category) must not leave a tracking cookie behind either.
  if (summary.dropped.length > 0) return acceptedResponse(req, summary)
  const setCookies = [serializeCookie(TTP_COOKIE, ttp, ctx.cookieDomain)]
  if (ttclid) setCookies.push(serializeCookie(TTCLID_COOKIE, ttclid, ctx.cookieDomain))
  return acceptedResponse(
    req,
    summary,
    setCookies.filter((c): c is string => c !== undefined)
  )
}
