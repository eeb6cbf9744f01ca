/**
 * Group commit over an asynchronous database: entries added while a round is being committed wait and go together
 * into the next one, so under load one COMMIT (one WAL flush) carries many requests. A round starts on the next tick
 * after an entry arrives (entries of the same tick share it); at most `maxInFlight` rounds commit at once, each on its
 * own connection, so a round's CPU overlaps another's disk flush. Each entry's promise settles with its round.
 */
export interface CommitRounds<E, R> {
  add(entry: E): Promise<R>
  /** Resolves once every entry added so far has settled. */
  idle(): Promise<void>
}

export interface CommitRoundOptions {
  maxInFlight: number
  /** A round takes entries until their weight reaches this (events); the rest wait for the next round. */
  maxWeight: number
}

interface Waiting<E, R> {
  entry: E
  resolve: (r: R) => void
  reject: (e: unknown) => void
}

const nextTick: (fn: () => void) => void =
  typeof setImmediate === 'function' ? (fn) => setImmediate(fn) : (fn) => setTimeout(fn, 0)

export function createCommitRounds<E, R>(
  commit: (entries: E[]) => Promise<R[]>,
  weightOf: (entry: E) => number,
  options: CommitRoundOptions
): CommitRounds<E, R> {
  let waiting: Array<Waiting<E, R>> = []
  let inFlight = 0
  let scheduled = false
  const idleWaiters: Array<() => void> = []

  const schedule = () => {
    if (scheduled || inFlight >= options.maxInFlight || waiting.length === 0) return
    scheduled = true
    nextTick(startRound)
  }

  function take(): Array<Waiting<E, R>> {
    let weight = 0
    let n = 0
    while (n < waiting.length && (n === 0 || weight + weightOf(waiting[n]!.entry) <= options.maxWeight)) {
      weight += weightOf(waiting[n]!.entry)
      n++
    }
    const round = waiting.slice(0, n)
    waiting = waiting.slice(n)
    return round
  }

  function startRound(): void {
    scheduled = false
    if (inFlight >= options.maxInFlight || waiting.length === 0) return
    const round = take()
    inFlight++
    commit(round.map((w) => w.entry))
      .then(
        (results) => {
          for (const [i, w] of round.entries()) w.resolve(results[i]!)
        },
        (err) => {
          for (const w of round) w.reject(err)
        }
      )
      .finally(() => {
        inFlight--
        if (inFlight === 0 && waiting.length === 0) for (const f of idleWaiters.splice(0)) f()
        schedule()
      })
    // Another connection may take the rest now.
    schedule()
  }

  return {
    add(entry) {
      return new Promise<R>((resolve, reject) => {
        waiting.push({ entry, resolve, reject })
        schedule()
      })
    },
    idle() {
      if (inFlight === 0 && waiting.length === 0) return Promise.resolve()
      return new Promise((resolve) => idleWaiters.push(resolve))
    }
  }
}
