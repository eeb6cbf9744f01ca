/**
 * Per-pixel request pacing: a token bucket refilled at `requestsPerSecond` whose burst is a tenth of that, so no
 * one-second window exceeds 1.1x the rate (TikTok allows 1,000 requests/s per pixel). Pauses for outages and
 * rate limits are the pixel's circuit (pixel-circuits.ts), kept in the store.
 */
export interface PixelPacer {
  /** Takes a token and returns 0, or returns how many ms until this pixel may send again. */
  take(pixel: string, now: number): number
}

export function createPixelPacer(requestsPerSecond: number): PixelPacer {
  const burst = Math.max(1, Math.floor(requestsPerSecond / 10))
  const perMs = requestsPerSecond / 1000
  const buckets = new Map<string, { tokens: number; at: number }>()
  const bucket = (pixel: string, now: number) => {
    let b = buckets.get(pixel)
    if (!b) {
      b = { tokens: burst, at: now }
      buckets.set(pixel, b)
    }
    return b
  }
  return {
    take(pixel, now) {
      const b = bucket(pixel, now)
      b.tokens = Math.min(burst, b.tokens + (now - b.at) * perMs)
      b.at = now
      if (b.tokens >= 1) {
        b.tokens -= 1
        return 0
      }
      return Math.max(1, Math.ceil((1 - b.tokens) / perMs))
    }
  }
}
