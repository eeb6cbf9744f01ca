/**
 * createRelayHandler(deps): the whole relay as one fetch handler `(req) => Promise<Response>`. Bun.serve,
 * Deno.serve and the Node adapter only serve it; tests call it directly.
 */
import type { FetchHandler } from './adapters/served.ts'
import { ADMIN_HEADERS, createAdminGuard, isAdminPath } from './admin/admin-guard.ts'
import type { TokenThrottle } from './admin/token-throttle.ts'
import { handleCollect } from './collector/collect-route.ts'
import type { CollectorScript } from './collector/collector-script.ts'
import type { IntakeLimits } from './config/schema.ts'
import type { ConsoleHandler } from './console/console-handler.ts'
import { tapIntakeMetrics } from './console/intake-tap.ts'
import type { ConsoleTally } from './console/tally.ts'
import { createHealth } from './health.ts'
import { enrichFromRequest, requestFacts } from './identity/first-party.ts'
import { acceptMessages, type RelayRoute } from './intake/accept-messages.ts'
import { createOriginPolicy } from './intake/allowed-origins.ts'
import { type CorsPolicy, createCorsPolicy } from './intake/cors.ts'
import { IntakeError } from './intake/intake-error.ts'
import { createOverloadGuard, type OverloadGuard } from './intake/overload.ts'
import { messagesFromBody, PATH_KINDS, type PayloadKind, parseJsonObject } from './intake/parse-messages.ts'
import { readBody } from './intake/read-body.ts'
import { acceptedResponse, errorResponse, json } from './intake/respond.ts'
import { type IntakeStore, IntakeStoreError, intakeStore } from './intake/store-failure.ts'
import { basicAuthKey, type WriteKeyTable } from './intake/write-keys.ts'
import type { Logger } from './log.ts'
import { createIntakeMetrics, type IntakeMetrics } from './metrics/intake-metrics.ts'
import type { MetricsRegistry } from './metrics/registry.ts'
import { StoreClosedError, StoreUnavailableError } from './store/store-errors.ts'
import type { Store } from './store/store-interface.ts'

export interface RelayHandlerDeps {
  routes: WriteKeyTable<RelayRoute>
  /** The relay's store (SQLite, or PostgreSQL shared with other relays): intake, /healthz and /dry-run use it. */
  store: Store
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
  /** Bearer token of the admin endpoints (admin-guard.ts); none: they answer loopback clients only. */
  adminToken?: string
  /** Wrong admin-token throttle, shared with the console's sign-in form (token-throttle.ts); none: the guard's own. */
  adminThrottle?: TokenThrottle
  /** Origins allowed credentials (allowed-origins.ts); none: the relay's own site. */
  allowedOrigins?: string[]
  /** The console's per-minute counts and live events (console/tally.ts); none: not counted. */
  consoleTally?: ConsoleTally
  /** The console's pages and API (console/console-handler.ts), behind the admin guard; none: no console. */
  console?: ConsoleHandler
}

/** Paths whose answers a page elsewhere may read (CORS): the tracking endpoints. */
const isTrackingPath = (pathname: string) => pathname === '/collect' || payloadKind(pathname) !== undefined

/** `/v1/track`, `/v1/t`, `/beacon/v1/batch` -> what the body holds. */
function payloadKind(pathname: string): PayloadKind | undefined {
  if (pathname === '/beacon/v1/batch') return 'batch'
  const m = /^\/v1\/([a-z]+)\/?$/.exec(pathname)
  // Own keys only: `constructor` is a key of every object, and /v1/constructor no path of the relay.
  return m && Object.hasOwn(PATH_KINDS, m[1]!) ? PATH_KINDS[m[1]!] : undefined
}

/**
 * The methods a path of the relay's own answers (RFC 9110 §15.5.6: a 405 lists them in Allow); undefined for a path
 * it does not have (404). HEAD is answered wherever GET is; OPTIONS (CORS preflight) on the tracking endpoints.
 */
function allowedMethods(pathname: string, dryRun: boolean): string[] | undefined {
  if (isTrackingPath(pathname)) return ['POST', 'OPTIONS']
  if (pathname === '/healthz' || pathname === '/metrics' || pathname === '/collector.js') return ['GET', 'HEAD']
  if (pathname === '/dry-run' && dryRun) return ['GET', 'HEAD']
  return undefined
}

export function createRelayHandler(deps: RelayHandlerDeps): FetchHandler {
  const metrics = tapIntakeMetrics(createIntakeMetrics(deps.registry), deps.consoleTally)
  const store = intakeStore(deps.store)
  const overload = createOverloadGuard({
    queueDepth: store.queueDepth,
    maxPendingEvents: deps.limits.maxPendingEvents,
    maxQueueDepth: deps.limits.maxQueueDepth,
    // The depth is a COUNT over a queue every relay of a PostgreSQL store shares (and each relay reads it): less
    // often there, where a deep queue costs the one database server a scan per read.
    refreshMs: deps.store.kind === 'postgres' ? 2000 : undefined
  })
  const health = createHealth(deps.store, deps.log, deps.health)
  const cors = createCorsPolicy(
    createOriginPolicy({ allowedOrigins: deps.allowedOrigins, cookieDomain: deps.cookieDomain })
  )
  const admin = createAdminGuard({
    adminToken: deps.adminToken,
    sessions: deps.store.consoleSessions,
    throttle: deps.adminThrottle,
    trustProxy: deps.trustProxy
  })
  const ctx: HandlerContext = { ...deps, store, metrics, overload, cors }

  async function intake(req: Request, url: URL, kind: PayloadKind, remoteAddress?: string): Promise<Response> {
    await overload.check()
    // A key in the header or query is checked before the body is read or parsed.
    const headerKey = url.searchParams.get('writeKey') ?? basicAuthKey(req.headers.get('authorization'))
    const early = headerKey !== undefined && headerKey !== null ? deps.routes.resolve(headerKey) : undefined
    const text = await readBody(req, { maxBytes: deps.limits.maxRequestBytes, timeoutMs: deps.limits.bodyTimeoutMs })
    const body = parseJsonObject(text)
    // Authenticate before judging the messages: a caller without a valid key learns nothing about its payload.
    const route = early ?? deps.routes.resolve(typeof body.writeKey === 'string' ? body.writeKey : undefined)
    const payload = messagesFromBody(kind, body, text, deps.limits)
    const facts = requestFacts(req, remoteAddress, deps.trustProxy ?? 0, { credentialed: cors.credentialed(req) })
    for (const { message } of payload.messages) enrichFromRequest(message, facts)
    metrics.received.inc(undefined, payload.messages.length + payload.rejected.length)
    const summary = await acceptMessages(ctx, route, payload.messages)
    // A single call whose only message failed in the core is refused like a parse failure: 400 naming the path.
    if (kind !== 'batch' && summary.rejected.length > 0) {
      const r = summary.rejected[0]!
      // Every rejection names its field apart from its message (a core refusal too: rejection-reasons.ts rejectionOf).
      throw new IntakeError(400, r.reason, `${r.field}: ${r.message}`)
    }
    summary.rejected.push(...payload.rejected)
    summary.rejected.sort((a, b) => a.index - b.index)
    for (const r of summary.rejected) metrics.rejected.inc({ reason: r.reason })
    return acceptedResponse(req, summary)
  }

  // HEAD (load balancers probe /healthz with it) answers as GET does: the same status and headers, no body.
  return async function handle(req, info) {
    if (req.method !== 'HEAD') return serve(req, info)
    const res = await serve(new Request(req, { method: 'GET' }), info)
    const headers = new Headers(res.headers)
    headers.set('content-length', String((await res.arrayBuffer()).byteLength))
    return new Response(null, { status: res.status, headers })
  }

  async function serve(req: Request, info?: { remoteAddress?: string }): Promise<Response> {
    const url = new URL(req.url)
    // Every admin request passes the guard first, preflights included: none ever gets CORS headers.
    if (isAdminPath(url.pathname)) {
      const res = (await admin.refuse(req, info?.remoteAddress)) ?? (await route(req, url, info))
      for (const [k, v] of Object.entries(ADMIN_HEADERS)) res.headers.set(k, v)
      return res
    }
    if (!isTrackingPath(url.pathname)) return route(req, url, info)
    if (req.method === 'OPTIONS') return cors.preflight(req)
    // Every tracking POST is timed: the latency SDKs see, queue commit included.
    const started = performance.now()
    const res = await route(req, url, info)
    for (const [k, v] of Object.entries(cors.headers(req))) res.headers.set(k, v)
    if (req.method === 'POST') metrics.requestSeconds.observe({}, (performance.now() - started) / 1000)
    return res
  }

  async function route(req: Request, url: URL, info?: { remoteAddress?: string }): Promise<Response> {
    try {
      if (deps.console && /^\/console(\/|$)/.test(url.pathname)) {
        const res = await deps.console(req, url, info?.remoteAddress)
        if (res) return res
      }
      if (req.method === 'GET') {
        if (url.pathname === '/healthz') {
          const { status, body } = await health.check()
          return json(req, status, body)
        }
        if (url.pathname === '/metrics') {
          return new Response(deps.registry.render(), { headers: { 'content-type': 'text/plain; version=0.0.4' } })
        }
        if (url.pathname === '/collector.js') return deps.collector.respond(req)
        if (url.pathname === '/dry-run' && deps.dryRun) {
          const limit = Math.min(Math.max(Number(url.searchParams.get('limit')) || 20, 1), 200)
          return json(req, 200, { dryRun: true, requests: await deps.store.dryRun.latest(limit) })
        }
      }
      if (req.method === 'POST') {
        if (url.pathname === '/collect') return await handleCollect(ctx, req, url, info?.remoteAddress)
        const kind = payloadKind(url.pathname)
        if (kind) return await intake(req, url, kind, info?.remoteAddress)
      }
      const allow = allowedMethods(url.pathname, deps.dryRun === true)
      if (allow) {
        return json(
          req,
          405,
          {
            success: false,
            code: 'method_not_allowed',
            message: `${url.pathname} takes ${allow.join(', ')}, not ${req.method}`
          },
          { allow: allow.join(', ') }
        )
      }
      return json(req, 404, {
        success: false,
        code: 'not_found',
        message: `No route for ${req.method} ${url.pathname}`
      })
    } catch (err) {
      if (err instanceof IntakeError) {
        metrics.rejected.inc({ reason: err.reason })
        const res = errorResponse(req, err)
        // The rest of a stalled body is not worth waiting for: the connection closes after the answer.
        if (err.status === 408) res.headers.set('connection', 'close')
        return res
      }
      if (err instanceof IntakeStoreError) {
        // The relay's own failure: nothing was accepted, the client should retry later, and /healthz says so.
        deps.log.error('intake failed: the store is unavailable', { path: url.pathname, error: err.message })
        health.intakeFailed(err)
        metrics.rejected.inc({ reason: 'unavailable' })
        const unavailable = new IntakeError(
          503,
          'unavailable',
          'Temporarily unable to accept events',
          err.retryAfterSeconds
        )
        return errorResponse(req, unavailable)
      }
      const intakePath = url.pathname === '/collect' || payloadKind(url.pathname) !== undefined
      if (!intakePath && (err instanceof StoreUnavailableError || err instanceof StoreClosedError)) {
        // An admin or console read while the store is down (PostgreSQL restarting): the outage's 503, as /healthz
        // says it, and no intake counter moves (docs/counters.md: those count intake requests only).
        deps.log.warn('an admin request could not read the store', { path: url.pathname, error: err.message })
        const retryAfter = err instanceof StoreUnavailableError ? err.retryAfterSeconds : 5
        return errorResponse(
          req,
          new IntakeError(503, 'store_unavailable', 'The relay store is unavailable; try again shortly', retryAfter)
        )
      }
      // A defect met with this request: said loudly, but no client can make the relay unhealthy by finding one.
      deps.log.error(intakePath ? 'intake failed: unexpected error' : 'request failed: unexpected error', {
        path: url.pathname,
        error: err instanceof Error ? err.name : 'unknown'
      })
      if (intakePath) metrics.rejected.inc({ reason: 'internal_error' })
      return errorResponse(req, new IntakeError(500, 'internal_error', 'Internal error'))
    }
  }
}

export type HandlerContext = Omit<RelayHandlerDeps, 'store'> & {
  /** The store as intake sees it: its failures marked as the relay's own (store-failure.ts). */
  store: IntakeStore
  cors: CorsPolicy
  metrics: IntakeMetrics
  overload: OverloadGuard
}
