/**
 * /console and /console/api/ (issue 16), behind the admin guard (admin/admin-guard.ts): pages, static files, the
 * sign-in form and the JSON API. Reads only the asynchronous Store, so it shows the same in SQLite and PostgreSQL
 * mode, on every relay of a shared database.
 */

import { throttleClient } from '../admin/admin-guard.ts'
import { createTokenThrottle, type TokenThrottle } from '../admin/token-throttle.ts'
import { IntakeError } from '../intake/intake-error.ts'
import { type BodyLimits, readBody } from '../intake/read-body.ts'
import type { Store } from '../store/store-interface.ts'
import { createAnswerCache } from './answer-cache.ts'
import { deadLetters, replayDeadLetters } from './api/dead-letters.ts'
import { liveEvents } from './api/live.ts'
import { matchQuality } from './api/match-quality.ts'
import { overview } from './api/overview.ts'
import { type PlaygroundTarget, playground } from './api/playground.ts'
import { ConsoleRequestError } from './api/request-error.ts'
import { unmatched } from './api/unmatched.ts'
import { asset, isAsset } from './assets.ts'
import { PAGES, type PageName, pageHtml } from './pages.ts'
import { type SignInDeps, signIn, signInPage, signOut } from './sign-in.ts'

export interface ConsoleDeps {
  store: Store
  adminToken?: string
  playground: PlaygroundTarget[]
  /** Wrong-token throttle, the same one the admin guard uses (main-relay.ts); none: the console's own. */
  throttle?: TokenThrottle
  /** Proxies in front whose X-Forwarded-For is believed (client-address.ts): whom the throttle counts. */
  trustProxy?: number
  /**
   * The largest console API body (a replay selection, a playground event) and the time a client has to send it:
   * intake's limits.maxRequestBytes and limits.bodyTimeoutMs. Default 500 KB and 10 s.
   */
  bodyLimits?: BodyLimits
  now?: () => number
}

/** The sign-in form's body limit: a form holding one token (an admin token is a few dozen characters). */
export const SIGN_IN_MAX_BYTES = 16 * 1024

/** How long the aggregate answers (overview, match quality, unmatched) are shared: the tallies' flush interval. */
const AGGREGATE_TTL_MS = 2000

/** `remoteAddress`: the connection's address (the sign-in throttle counts per client). */
export type ConsoleHandler = (req: Request, url: URL, remoteAddress?: string) => Promise<Response | undefined>

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

/**
 * A console body read within `limits` (read-body.ts: gunzipped, bounded after gunzip, before a deadline); a body too
 * large, too slow or broken is the answer to send instead (413, 408, 400 JSON), counted nowhere (the intake
 * counters count intake requests only: docs/counters.md). Without a bound, anyone could make the relay buffer
 * Bun's ceiling (128 MiB) per sign-in post.
 */
export async function readConsoleBody(req: Request, limits: BodyLimits): Promise<string | Response> {
  try {
    return await readBody(req, limits)
  } catch (err) {
    if (!(err instanceof IntakeError)) throw err
    const res = json(err.status, { success: false, code: err.reason, message: err.message })
    if (err.status === 408) res.headers.set('connection', 'close')
    return res
  }
}

function bodyJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    throw new ConsoleRequestError('body: not JSON')
  }
}

/** The console's routes; undefined for a path it does not have (the relay answers 404). */
export function createConsoleHandler(deps: ConsoleDeps): ConsoleHandler {
  const { store } = deps
  const now = deps.now ?? Date.now
  const bodyLimits = deps.bodyLimits ?? { maxBytes: 500 * 1024, timeoutMs: 10_000 }
  const cached = createAnswerCache(AGGREGATE_TTL_MS, now)
  const signing: SignInDeps = {
    adminToken: deps.adminToken,
    sessions: store.consoleSessions,
    throttle: deps.throttle ?? createTokenThrottle(),
    readBody: (req) => readConsoleBody(req, { maxBytes: SIGN_IN_MAX_BYTES, timeoutMs: bodyLimits.timeoutMs }),
    now
  }
  /** An API handler: `body` is the request's body, read within bodyLimits, for a POST; '' for a GET. */
  const api: Record<string, (req: Request, url: URL, body: string) => Promise<unknown>> = {
    'GET overview': () => cached('overview', () => overview(store, now())),
    'GET match-quality': () => cached('match-quality', () => matchQuality(store, now())),
    'GET live': (_req, url) => liveEvents(store, url),
    'GET unmatched': () => cached('unmatched', () => unmatched(store, now())),
    'GET dead-letters': (_req, url) => deadLetters(store, url),
    'POST dead-letters/replay': async (_req, _url, body) => replayDeadLetters(store, bodyJson(body), now()),
    'POST playground': async (_req, _url, body) => playground(deps.playground, bodyJson(body))
  }
  return async (req, url, remoteAddress) => {
    const path = url.pathname
    if (path === '/console/sign-in') {
      if (req.method === 'GET') return signInPage(undefined, !deps.adminToken)
      if (req.method === 'POST') return signIn(req, signing, throttleClient(req, remoteAddress, deps.trustProxy ?? 0))
    }
    if (path === '/console/sign-out' && req.method === 'POST') return signOut(req, signing)
    if (path.startsWith('/console/assets/') && req.method === 'GET') return asset(path.slice('/console/assets/'.length))
    if (path.startsWith('/console/api/')) {
      const handler = api[`${req.method} ${path.slice('/console/api/'.length)}`]
      if (!handler) return wrongMethod(req, path)
      const body = req.method === 'POST' ? await readConsoleBody(req, bodyLimits) : ''
      if (body instanceof Response) return body
      try {
        return json(200, await handler(req, url, body))
      } catch (err) {
        if (err instanceof ConsoleRequestError)
          return json(400, { success: false, code: 'invalid_request', message: err.message })
        throw err
      }
    }
    const page = (path === '/console' ? '' : path.slice('/console/'.length)) as PageName
    if (req.method === 'GET' && Object.hasOwn(PAGES, page)) return pageHtml(page, deps.adminToken !== undefined)
    return wrongMethod(req, path)
  }

  /** A console path asked with a method it does not take: 405 with Allow, as the relay's other paths answer; else 404. */
  function wrongMethod(req: Request, path: string): Response | undefined {
    const allow = allowedMethods(path)
    if (!allow) return undefined
    const res = json(405, {
      success: false,
      code: 'method_not_allowed',
      message: `${path} takes ${allow.join(', ')}, not ${req.method}`
    })
    res.headers.set('allow', allow.join(', '))
    return res
  }

  /** The methods a console path takes (HEAD wherever GET is: the relay answers it as GET); undefined: no such path. */
  function allowedMethods(path: string): string[] | undefined {
    const withHead = (methods: string[]) => methods.flatMap((m) => (m === 'GET' ? ['GET', 'HEAD'] : [m]))
    if (path === '/console/sign-in') return ['GET', 'HEAD', 'POST']
    if (path === '/console/sign-out') return ['POST']
    if (path.startsWith('/console/assets/'))
      return isAsset(path.slice('/console/assets/'.length)) ? ['GET', 'HEAD'] : undefined
    if (path.startsWith('/console/api/')) {
      const name = path.slice('/console/api/'.length)
      const methods = Object.keys(api)
        .filter((key) => key.slice(key.indexOf(' ') + 1) === name)
        .map((key) => key.slice(0, key.indexOf(' ')))
      return methods.length > 0 ? withHead(methods) : undefined
    }
    const page = path === '/console' ? '' : path.slice('/console/'.length)
    return Object.hasOwn(PAGES, page) ? ['GET', 'HEAD'] : undefined
  }
}
