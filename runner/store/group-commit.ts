/**
 * Group commit: enqueues are written in ONE transaction per round, and each caller's promise resolves only after
 * that transaction committed AND reached stable storage (`durable`), or rejects if either failed. A round starts on
 * the next tick; while a round's sync is running, new enqueues wait and all go into the round after it. Under load
 * that is one commit and one sync per disk sync time, whatever the request rate, and no caller waits longer than the
 * sync already running plus its own.
 */
export interface GroupCommit<T> {
  add(items: T[]): Promise<void>
  /** Schedules a round even with nothing added (buffered profile writes ride along). */
  poke(): void
  /** Commits whatever is waiting now, without waiting for its sync (close, tests). */
  flushNow(): void
}

interface Waiter {
  resolve: () => void
  reject: (e: unknown) => void
}

const nextTick: (fn: () => void) => void =
  typeof setImmediate === 'function' ? (fn) => setImmediate(fn) : (fn) => setTimeout(fn, 0)

export function createGroupCommit<T>(
  commit: (items: T[]) => void,
  durable: () => Promise<void> = () => Promise.resolve()
): GroupCommit<T> {
  let items: T[] = []
  let waiters: Waiter[] = []
  let scheduled = false
  let syncing = false
  let poked = false

  const schedule = () => {
    if (scheduled || syncing) return
    scheduled = true
    nextTick(round)
  }

  const commitWaiting = (): Waiter[] | undefined => {
    const batch = items
    const batchWaiters = waiters
    items = []
    waiters = []
    try {
      commit(batch)
    } catch (err) {
      for (const w of batchWaiters) w.reject(err)
      return undefined
    }
    return batchWaiters
  }

  function round(): void {
    scheduled = false
    poked = false
    const committed = commitWaiting()
    if (!committed || committed.length === 0) return
    syncing = true
    durable()
      .then(
        () => {
          for (const w of committed) w.resolve()
        },
        (err) => {
          for (const w of committed) w.reject(err)
        }
      )
      .finally(() => {
        syncing = false
        if (waiters.length > 0 || poked) schedule()
      })
  }

  return {
    add(newItems) {
      return new Promise<void>((resolve, reject) => {
        for (const item of newItems) items.push(item)
        waiters.push({ resolve, reject })
        schedule()
      })
    },
    poke() {
      poked = true
      schedule()
    },
    flushNow() {
      scheduled = false
      const committed = commitWaiting()
      // The caller is closing: the database's own close syncs what was committed.
      for (const w of committed ?? []) w.resolve()
    }
  }
}
