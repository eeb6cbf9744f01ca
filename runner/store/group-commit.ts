/**
 * Group commit: every enqueue made within one tick of the event loop is written in ONE transaction, and each caller's
 * promise resolves only after that transaction committed (or rejects if it failed). Concurrent HTTP requests to the
 * intake therefore share one log sync instead of paying one each.
 */
export interface GroupCommit<T> {
  add(items: T[]): Promise<void>
  /** Schedules a commit even with nothing added (buffered profile writes ride along). */
  poke(): void
  /** Commits whatever is waiting now (close, tests). */
  flushNow(): void
}

const nextTick: (fn: () => void) => void =
  typeof setImmediate === 'function' ? (fn) => setImmediate(fn) : (fn) => setTimeout(fn, 0)

export function createGroupCommit<T>(commit: (items: T[]) => void): GroupCommit<T> {
  let items: T[] = []
  let waiters: Array<{ resolve: () => void; reject: (e: unknown) => void }> = []
  let scheduled = false

  const flushNow = () => {
    scheduled = false
    const batch = items
    const batchWaiters = waiters
    items = []
    waiters = []
    try {
      commit(batch)
    } catch (err) {
      for (const w of batchWaiters) w.reject(err)
      return
    }
    for (const w of batchWaiters) w.resolve()
  }
  const schedule = () => {
    if (scheduled) return
    scheduled = true
    nextTick(flushNow)
  }

  return {
    add(newItems) {
      return new Promise<void>((resolve, reject) => {
        for (const item of newItems) items.push(item)
        waiters.push({ resolve, reject })
        schedule()
      })
    },
    poke: schedule,
    flushNow
  }
}
