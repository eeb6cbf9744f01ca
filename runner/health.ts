/**
 * GET /healthz: ready only while the queue can commit, so a load balancer sends traffic to a relay that can take
 * it. Two signals: a probe (one tiny write transaction), and any intake request that failed on the relay's side
 * (answered 503 "unavailable": almost always its commit) in the last FAILURE_WINDOW_MS, because a nearly full disk
 * may still take the probe's tiny write. The answer is computed at most once a second, concurrent checks share one
 * computation, and a store that does not answer within PROBE_TIMEOUT_MS (PostgreSQL unreachable: connecting waits)
 * is reported as such: a load balancer's probe gets its answer in time. The answer reads the queue's depth (a
 * count) and must stay cheap however deep the queue is. It names why it is 503 (the store's own words: a socket
 * error, a SQLSTATE), never a database URL or password (store-errors.ts). A pixel whose delivery this relay holds
 * because TikTok refused its access token is named in `deliveryHeld` (delivery/auth-fault.ts), the answer still 200:
 * the relay's `facts` carry it (the delivery worker's view, delivery/pixel-circuits.ts), since a token refused for
 * another relay on the same store does not hold this one.
 */
import { errorMessage, type Logger } from './log.ts'
import type { Store } from './store/store-interface.ts'

const CACHE_MS = 1000
const FAILURE_WINDOW_MS = 10_000
const PROBE_TIMEOUT_MS = 3000

type Answer = { status: 200 | 503; body: Record<string, unknown> }

export interface Health {
  /** An intake request failed on the relay's side (answered 503 "unavailable"). */
  intakeFailed(err: unknown): void
  check(): Promise<Answer>
}

/** `work`, or a rejection once `ms` have passed. */
function within<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms / 1000} s`)), ms)
  })
  return Promise.race([work, late]).finally(() => clearTimeout(timer))
}

export function createHealth(store: Store, log: Logger, facts: () => Record<string, unknown> = () => ({})): Health {
  let lastFailure: { at: number; message: string } | undefined
  let cached: { at: number; answer: Answer } | undefined
  let computing: Promise<Answer> | undefined
  const queueName = store.kind === 'postgres' ? 'the PostgreSQL queue' : 'the on-disk queue'

  const compute = async (now: number): Promise<Answer> => {
    try {
      const [, depth, first] = await within(
        Promise.all([store.probe(), store.queue.depth(), store.queue.firstInLineEnqueuedAt()]),
        PROBE_TIMEOUT_MS,
        'the store'
      )
      if (lastFailure && now - lastFailure.at < FAILURE_WINDOW_MS) throw new Error(lastFailure.message)
      const firstInLineAgeSeconds = first === undefined ? 0 : Math.max(0, Math.round((now - first) / 1000))
      // Still 200 when delivery is held (facts' deliveryHeld): the relay takes events and keeps them; only their
      // delivery waits for an operator.
      return { status: 200, body: { ok: true, ...facts(), queueDepth: depth, firstInLineAgeSeconds } }
    } catch (err) {
      log.error('health check: the queue cannot commit', { error: errorMessage(err) })
      return {
        status: 503,
        body: { ok: false, ...facts(), error: `${queueName} cannot commit: ${errorMessage(err)}` }
      }
    }
  }

  return {
    intakeFailed(err) {
      lastFailure = { at: Date.now(), message: errorMessage(err) }
      cached = undefined
    },
    async check() {
      const now = Date.now()
      if (cached && now - cached.at < CACHE_MS) return cached.answer
      computing ??= compute(now).then((answer) => {
        cached = { at: now, answer }
        computing = undefined
        return answer
      })
      return computing
    }
  }
}
