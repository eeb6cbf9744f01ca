/**
 * Exponential backoff with full jitter (a uniformly random delay below an exponentially growing ceiling), so that
 * many batches failing together do not come back together. A server-given wait (Retry-After) is a floor.
 */
export function retryDelayMs(
  attempt: number,
  opts: { backoffBaseMs: number; backoffCapMs: number; retryAfterMs?: number },
  random: () => number = Math.random
): number {
  const ceiling = Math.min(opts.backoffCapMs, opts.backoffBaseMs * 2 ** Math.min(attempt, 30))
  const jittered = Math.floor(random() * ceiling)
  return Math.max(jittered, opts.retryAfterMs ?? 0)
}
