import { describe, expect, it } from 'vitest'
import { retryDelayMs } from './backoff.ts'

const opts = { backoffBaseMs: 1000, backoffCapMs: 60_000 }

describe('retryDelayMs (full jitter)', () => {
  it.each([
    [0, 0.999, 999],
    [1, 0.999, 1998],
    [3, 0.5, 4000],
    [10, 0.999, 59_940],
    [40, 0.5, 30_000],
    [2, 0, 0]
  ])('attempt %i with random %f waits %i ms', (attempt, r, expected) => {
    expect(retryDelayMs(attempt, opts, () => r)).toBe(expected)
  })

  it('never waits less than the Retry-After TikTok or a proxy asked for', () => {
    expect(retryDelayMs(0, { ...opts, retryAfterMs: 7_000 }, () => 0.1)).toBe(7_000)
  })
})
