import { describe, expect, it } from 'vitest'
import { createBufferSize, MIN_BATCHES } from './buffer-size.ts'

const defaults = { concurrency: 10, maxBatch: 1000 }

describe('the delivery buffer holds what the slots send while one lease runs', () => {
  it('holds MIN_BATCHES batches before anything is measured, and when leases are fast (SQLite)', () => {
    const size = createBufferSize(defaults)
    expect(size.cap(1)).toBe(MIN_BATCHES * 1000)
    size.leased(15)
    size.requested(150)
    expect(size.cap(1)).toBe(MIN_BATCHES * 1000)
  })

  it('grows to the ceiling, (concurrency + 1) batches, when a lease takes as long as requests (PostgreSQL)', () => {
    const size = createBufferSize(defaults)
    size.leased(400)
    size.requested(150)
    expect(size.cap(1)).toBe(11_000)
  })

  it('in between: two batches for each slot freed during a lease, and one more', () => {
    const size = createBufferSize(defaults)
    size.leased(30)
    size.requested(150)
    // 10 slots x 30/150 = 2 refills during a lease, twice over, + 1
    expect(size.cap(1)).toBe(5000)
  })

  it('holds a batch per route and one more, so several pixels still fill whole batches', () => {
    const size = createBufferSize(defaults)
    expect(size.cap(6)).toBe(7000)
    expect(size.cap(40)).toBe(11_000)
  })

  it('follows lease times as they change (a running average, not the first reading)', () => {
    const size = createBufferSize(defaults)
    size.requested(150)
    size.leased(400)
    expect(size.cap(1)).toBe(11_000)
    for (let i = 0; i < 30; i++) size.leased(10)
    expect(size.cap(1)).toBe(MIN_BATCHES * 1000)
  })

  it('takes the configured batch size and concurrency', () => {
    const size = createBufferSize({ concurrency: 2, maxBatch: 500 })
    // The ceiling (3 batches) is below MIN_BATCHES: the ceiling wins.
    expect(size.cap(1)).toBe(1500)
  })
})
