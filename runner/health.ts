/**
 * GET /healthz: ready only while the queue can commit, so a load balancer sends traffic to a relay that can take
 * it. Two signals: a probe (one tiny write transaction), and any intake request that failed on the relay's side
 * (answered 429 "unavailable": almost always its commit) in the last FAILURE_WINDOW_MS, because a nearly full disk
 * may still take the probe's tiny write. The answer is computed at most once a second: it reads the queue's depth
 * (a count) and must stay cheap however deep the queue is.
 */
import { errorMessage, type Logger } from './log.ts'
import type { RelayStore } from './store/relay-store.ts'

const CACHE_MS = 1000
const FAILURE_WINDOW_MS = 10_000

export interface Health {
  /** An intake request failed on the relay's side (answered 429 "unavailable"). */
  intakeFailed(err: unknown): void
  check(): { status: 200 | 503; body: Record<string, unknown> }
}

export function createHealth(
  store: RelayStore,
  log: Logger,
  facts: () => Record<string, unknown> = () => ({})
): Health {
  let lastFailure: { at: number; message: string } | undefined
  let cached: { at: number; answer: ReturnType<Health['check']> } | undefined

  const compute = (now: number): ReturnType<Health['check']> => {
    try {
      store.probe()
      if (lastFailure && now - lastFailure.at < FAILURE_WINDOW_MS) throw new Error(lastFailure.message)
      const first = store.queue.firstInLineEnqueuedAt()
      const firstInLineAgeSeconds = first === undefined ? 0 : Math.max(0, Math.round((now - first) / 1000))
      return { status: 200, body: { ok: true, ...facts(), queueDepth: store.queue.depth(), firstInLineAgeSeconds } }
    } catch (err) {
      log.error('health check: the queue cannot commit', { error: errorMessage(err) })
      return {
        status: 503,
        body: { ok: false, ...facts(), error: `the on-disk queue cannot commit: ${errorMessage(err)}` }
      }
    }
  }

  return {
    intakeFailed(err) {
      lastFailure = { at: Date.now(), message: errorMessage(err) }
      cached = undefined
    },
    check() {
      const now = Date.now()
      if (!cached || now - cached.at >= CACHE_MS) cached = { at: now, answer: compute(now) }
      return cached.answer
    }
  }
}
