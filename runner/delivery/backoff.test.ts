import { describe, expect, it } from 'vitest'
import { holdMs, probeIntervalMs } from './backoff.ts'

const opts = { backoffBaseMs: 1000, backoffCapMs: 10 * 60_000, probeMaxIntervalMs: 15_000 }

describe('circuit waits', () => {
  it('probes start a second apart, double per failed probe, and stop growing at probeMaxIntervalMs', () => {
    expect([1, 2, 3, 4, 5, 6, 50, 5000].map((f) => probeIntervalMs(f, opts))).toEqual([
      1000, 2000, 4000, 8000, 15_000, 15_000, 15_000, 15_000
    ])
    expect(probeIntervalMs(1, { backoffBaseMs: 1000, probeMaxIntervalMs: 500 })).toBe(500)
  })

  it('a Retry-After pauses for as long as it asks, capped at backoffCapMs; without one the probe interval holds', () => {
    expect(holdMs(1, 120_000, opts)).toBe(120_000)
    expect(holdMs(1, 31_536_000_000, opts)).toBe(10 * 60_000)
    expect(holdMs(1, 120_000, { ...opts, backoffCapMs: 15_000 })).toBe(15_000)
    expect(holdMs(3, undefined, opts)).toBe(4000)
  })
})
