/**
 * /console and /console/api/ (issue 16), behind the admin guard (admin/admin-guard.ts): pages, static files, the
 * sign-in form and the JSON API. Reads only the asynchronous Store, so it shows the same in SQLite and PostgreSQL
 * mode, on every relay of a shared database.
 */

import { throttleClient } from '../admin/admin-guard.ts'
import { createTokenThrottle, type TokenThrottle } from '../admin/token-throttle.ts'
import type { Store } from '../store/store-interface.ts'
import { createAnswerCache } from './answer-cache.ts'
import { deadLetters, replayDeadLetters } from './api/dead-letters.ts'
import { liveEvents } from './api/live.ts'
import { matchQuality } from './api/match-quality.ts'
import { overview } from './api/overview.ts'
import { type PlaygroundTarget, playground } from './api/playground.ts'
import { ConsoleRequestError } from './api/request-error.ts'
import { unmatched } from './api/unmatched.ts'
import { asset } from './assets.ts'
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
  now?: () => number
}

/** How long the aggregate answers (overview, match quality, unmatched) are shared: the tallies' flush interval. */
const AGGREGATE_TTL_MS = 2000

/** `remoteAddress`: the connection's address (the sign-in throttle counts per client). */
export type ConsoleHandler = (req: Request, url: URL, remoteAddress?: string) => Promise<Response | undefined>

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

async function bodyJson(req: Request): Promise<unknown> {
  try {
    return JSON.parse(await req.text())
  } catch {
    throw new ConsoleRequestError('body: not JSON')
  }
}

/** The console's routes; undefined for a path it does not have (the relay answers 404). */
export function createConsoleHandler(deps: ConsoleDeps): ConsoleHandler {
  const { store } = deps
  const now = deps.now ?? Date.now
  const cached = createAnswerCache(AGGREGATE_TTL_MS, now)
  const signing: SignInDeps = {
    adminToken: deps.adminToken,
    sessions: store.consoleSessions,
    throttle: deps.throttle ?? createTokenThrottle(),
    now
  }
  const api: Record<string, (req: Request, url: URL) => Promise<unknown>> = {
    'GET overview': () => cached('overview', () => overview(store, now())),
    'GET match-quality': () => cached('match-quality', () => matchQuality(store, now())),
    'GET live': (_req, url) => liveEvents(store, url),
    'GET unmatched': () => cached('unmatched', () => unmatched(store, now())),
    'GET dead-letters': (_req, url) => deadLetters(store, url),
    'POST dead-letters/replay': async (req) => replayDeadLetters(store, await bodyJson(req), now()),
    'POST playground': async (req) => playground(deps.playground, await bodyJson(req))
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
      if (!handler) return undefined
      try {
        return json(200, await handler(req, url))
      } catch (err) {
        if (err instanceof ConsoleRequestError)
          return json(400, { success: false, code: 'invalid_request', message: err.message })
        throw err
      }
    }
    const page = (path === '/console' ? '' : path.slice('/console/'.length)) as PageName
    if (req.method === 'GET' && Object.hasOwn(PAGES, page)) return pageHtml(page, deps.adminToken !== undefined)
    return undefined
  }
}
