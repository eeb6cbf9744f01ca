/**
 * The waits of a pixel's circuit (issue 11): probe requests while TikTok fails start `backoffBaseMs` apart and double
 * per failed probe up to `probeMaxIntervalMs` (at most 30 s, so delivery never lags TikTok's recovery by more); a
 * Retry-After (429, TikTok code 40100) pauses the pixel for as long as it asks, but never beyond `backoffCapMs` (a
 * Retry-After of a year must not hold events for a year). No jitter: one relay at a time sends the probe (the
 * store's claimProbe), so relays do not come back together.
 */
export function probeIntervalMs(failures: number, opts: { backoffBaseMs: number; probeMaxIntervalMs: number }): number {
  const base = Math.max(1, opts.backoffBaseMs)
  return Math.min(opts.probeMaxIntervalMs, base * 2 ** Math.min(Math.max(0, failures - 1), 30))
}

/** How long a failed request holds its pixel: the Retry-After (capped at backoffCapMs), else the probe interval. */
export function holdMs(
  failures: number,
  retryAfterMs: number | undefined,
  opts: { backoffBaseMs: number; backoffCapMs: number; probeMaxIntervalMs: number }
): number {
  if (retryAfterMs !== undefined && retryAfterMs > 0) return Math.min(retryAfterMs, opts.backoffCapMs)
  return probeIntervalMs(failures, opts)
}
