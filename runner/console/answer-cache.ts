/**
 * Answers of the console's aggregate APIs, shared for a moment: the counts they read change only when the tallies
 * flush (every 2 s), so however many consoles are open, each aggregate query runs at most once per `ttlMs` and
 * intake never queues behind a crowd of identical reads. Concurrent callers share one pending query.
 */
export function createAnswerCache(ttlMs: number, now: () => number = Date.now) {
  const answers = new Map<string, { at: number; value: Promise<unknown> }>()
  return function cached<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const hit = answers.get(key)
    if (hit && now() - hit.at < ttlMs) return hit.value as Promise<T>
    const value = compute()
    answers.set(key, { at: now(), value })
    // A failed query is not remembered: the next caller tries again.
    value.catch(() => answers.delete(key))
    return value
  }
}
