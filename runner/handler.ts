/**
 * createRelayHandler(deps): the whole relay as one fetch handler `(req) => Promise<Response>`. Bun.serve,
 * Deno.serve and the Node adapter only serve it; tests call it directly.
 */
import type { FetchHandler } from './adapters/served.ts'
import { handleCollect } from './collector/collect-route.ts'
import type { CollectorScript } from './collector/collector-script.ts'
import type { IntakeLimits } from './config/schema.ts'
import { createHealth } from './health.ts'
import { enrichFromRequest, requestFacts } from './identity/first-party.ts'
import { acceptMessages, type RelayRoute } from './intake/accept-messages.ts'
import { preflight } from './intake/cors.ts'
import { createRecentIds, type RecentIds } from './intake/dedup.ts'
import { IntakeError } from './intake/intake-error.ts'
import { createOverloadGuard, type OverloadGuard } from './intake/overload.ts'
import { messagesFromBody, PATH_KINDS, type PayloadKind, parseJsonObject } from './intake/parse-messages.ts'
import { readBody } from './intake/read-body.ts'
import { acceptedResponse, errorResponse, json } from './intake/respond.ts'
import { basicAuthKey, type WriteKeyTable } from './intake/write-keys.ts'
import type { Logger } from './log.ts'
import { createIntakeMetrics, type IntakeMetrics } from './metrics/intake-metrics.ts'
import type { MetricsRegistry } from './metrics/registry.ts'
import type { RelayStore } from './store/relay-store.ts'

export interface RelayHandlerDeps {
  routes: WriteKeyTable<RelayRoute>
  store: RelayStore
  limits: IntakeLimits
  /** Domain attribute of the _ttp/ttclid cookies; none: host-only cookies. */
  cookieDomain?: string
  /** Reverse proxies in front of the relay whose X-Forwarded-For is believed (client-address.ts); 0: none. */
  trustProxy?: number
  registry: MetricsRegistry
  log: Logger
  collector: CollectorScript
  /** Extra facts for /healthz (dry-run, version). */
  health?: () => Record<string, unknown>
  /** Dry-run: GET /dry-run shows the newest requests the relay would have sent to TikTok. */
  dryRun?: boolean
}

/** `/v1/track`, `/v1/t`, `/beacon/v1/batch` -> what the body holds. */
function payloadKind(pathname: string): PayloadKind | undefined {
  if (pathname === '/beacon/v1/batch') return 'batch'
  const m = /^\/v1\/([a-z]+)\/?$/.exec(pathname)
  return m ? PATH_KINDS[m[1]!] : undefined
}

export function createRelayHandler(deps: RelayHandlerDeps): FetchHandler {
  const metrics = createIntakeMetrics(deps.registry)
  const recent = createRecentIds()
  const overload = createOverloadGuard({
    queueDepth: () => deps.store.queue.depth(),
    maxPendingEvents: deps.limits.maxPendingEvents,
    maxQueueDepth: deps.limits.maxQueueDepth
  })
  const health = createHealth(deps.store, deps.log, deps.health)
  const ctx: HandlerContext = { ...deps, metrics, recent, overload }

  async function intake(req: Request, url: URL, kind: PayloadKind, remoteAddress?: string): Promise<Response> {
    overload.check()
    // A key in the header or query is checked before the body is read or parsed.
    const headerKey = url.searchParams.get('writeKey') ?? basicAuthKey(req.headers.get('authorization'))
    const early = headerKey !== undefined && headerKey !== null ? deps.routes.resolve(headerKey) : undefined
    const text = await readBody(req, deps.limits.maxRequestBytes)
    const body = parseJsonObject(text)
    // Authenticate before judging the messages: a caller without a valid key learns nothing about its payload.
    const route = early ?? deps.routes.resolve(typeof body.writeKey === 'string' ? body.writeKey : undefined)
    const payload = messagesFromBody(kind, body, text, deps.limits)
    const facts = requestFacts(req, remoteAddress, deps.trustProxy ?? 0)
    for (const { message } of payload.messages) enrichFromRequest(message, facts)
    metrics.received.inc(undefined, payload.messages.length + payload.rejected.length)
    const summary = await acceptMessages(ctx, route, payload.messages)
    // A single call whose only message failed in the core is refused like a parse failure: 400 naming the path.
    if (kind !== 'batch' && summary.rejected.length > 0) {
      const r = summary.rejected[0]!
      // Core issues already name their paths ("properties.currency: ..."); parse problems name the field here.
      throw new IntakeError(400, r.reason, r.reason === 'invalid_event' ? r.message : `${r.field}: ${r.message}`)
    }
    summary.rejected.push(...payload.rejected)
    summary.rejected.sort((a, b) => a.index - b.index)
    for (const r of summary.rejected) metrics.rejected.inc({ reason: r.reason })
    return acceptedResponse(req, summary)
  }

  // Every POST is timed: the latency SDKs see, queue commit included.
  return async function handle(req, info) {
    // HEAD (load balancers probe /healthz with it) answers as GET does: the same status and headers, no body.
    if (req.method === 'HEAD') {
      const res = await route(new Request(req, { method: 'GET' }), info)
      const headers = new Headers(res.headers)
      headers.set('content-length', String((await res.arrayBuffer()).byteLength))
      return new Response(null, { status: res.status, headers })
    }
    if (req.method !== 'POST') return route(req, info)
    const started = performance.now()
    const res = await route(req, info)
    metrics.requestSeconds.observe({}, (performance.now() - started) / 1000)
    return res
  }

  async function route(req: Request, info?: { remoteAddress?: string }): Promise<Response> {
    const url = new URL(req.url)
    try {
      if (req.method === 'OPTIONS') return preflight(req)
      if (req.method === 'GET') {
        if (url.pathname === '/healthz') {
          const { status, body } = health.check()
          return json(req, status, body)
        }
        if (url.pathname === '/metrics') {
          return new Response(deps.registry.render(), { headers: { 'content-type': 'text/plain; version=0.0.4' } })
        }
        if (url.pathname === '/collector.js') return deps.collector.respond(req)
        if (url.pathname === '/dry-run' && deps.dryRun) {
          const limit = Math.min(Math.max(Number(url.searchParams.get('limit')) || 20, 1), 200)
          return json(req, 200, { dryRun: true, requests: deps.store.dryRun.latest(limit) })
        }
      }
      if (req.method === 'POST') {
        if (url.pathname === '/collect') return await handleCollect(ctx, req, url, info?.remoteAddress)
        const kind = payloadKind(url.pathname)
        if (kind) return await intake(req, url, kind, info?.remoteAddress)
      }
      return json(req, 404, {
        success: false,
        code: 'not_found',
        message: `No route for ${req.method} ${url.pathname}`
      })
    } catch (err) {
      if (err instanceof IntakeError) {
        metrics.rejected.inc({ reason: err.reason })
        return errorResponse(req, err)
      }
      deps.log.error('intake failed', { path: url.pathname, error: err instanceof Error ? err.name : 'unknown' })
      health.intakeFailed(err)
      // Most likely the queue could not commit: the client should retry later, nothing was accepted.
      return errorResponse(req, new IntakeError(429, 'unavailable', 'Temporarily unable to accept events', 5))
    }
  }
}

export type HandlerContext = RelayHandlerDeps & {
  metrics: IntakeMetrics
  recent: RecentIds
  overload: OverloadGuard
}
