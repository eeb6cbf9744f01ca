import { describe, expect, it } from 'vitest'
import { createDeliverySizing, MIN_BATCHES } from './buffer-size.ts'

// The defaults: 10 requests of up to 1,000 events in flight; sendableInLease far above the buffer.
const defaults = { concurrency: 10, maxBatch: 1000, sendableInLease: 40_000 }
const sizing = (over: Partial<typeof defaults> = {}) => createDeliverySizing({ ...defaults, ...over })

describe('the delivery buffer holds what the slots send while one lease runs', () => {
  it('holds MIN_BATCHES batches before anything is measured, and when leases are fast (SQLite)', () => {
    const s = sizing()
    expect(s.bufferCap(1)).toBe(MIN_BATCHES * 1000)
    s.leased(15)
    s.sent(1000, 150)
    expect(s.bufferCap(1)).toBe(MIN_BATCHES * 1000)
  })

  it('grows to the ceiling, (concurrency + 1) batches, when a lease takes as long as requests (PostgreSQL)', () => {
    const s = sizing()
    s.leased(400)
    s.sent(1000, 150)
    expect(s.bufferCap(1)).toBe(11_000)
  })

  it('in between: two batches for each slot freed during a lease, and one more', () => {
    const s = sizing()
    s.leased(30)
    s.sent(1000, 150)
    // 10 slots x 30/150 = 2 refills during a lease, twice over, + 1
    expect(s.bufferCap(1)).toBe(5000)
  })

  it('holds a batch per route and one more, so several pixels still fill whole batches', () => {
    const s = sizing()
    expect(s.bufferCap(6)).toBe(7000)
    expect(s.bufferCap(40)).toBe(11_000)
  })

  it('follows lease times as they change (a running average, not the first reading)', () => {
    const s = sizing()
    s.sent(1000, 150)
    s.leased(400)
    expect(s.bufferCap(1)).toBe(11_000)
    for (let i = 0; i < 30; i++) s.leased(10)
    expect(s.bufferCap(1)).toBe(MIN_BATCHES * 1000)
  })

  it('takes the configured batch size and concurrency (a ceiling below MIN_BATCHES wins)', () => {
    expect(sizing({ concurrency: 2, maxBatch: 500 }).bufferCap(1)).toBe(1500)
  })
})

describe('how many rows a lease takes', () => {
  it('an idle relay fills its buffer; a busy one with its next batches ready takes none', () => {
    const s = sizing()
    expect(s.leaseLimit({ inFlight: 0, buffered: 0, held: 0, routes: 1 })).toBe(MIN_BATCHES * 1000)
    expect(s.leaseLimit({ inFlight: 10, buffered: 1000, held: 11_000, routes: 1 })).toBe(0)
    expect(s.leaseLimit({ inFlight: 7, buffered: 1000, held: 8000, routes: 1 })).toBe(3000)
  })

  it('keeps ready what goes out while a lease runs: the whole buffer for a fast TikTok and a slow lease', () => {
    const s = sizing()
    // 1,000 events a request in 50 ms on 10 slots; a lease of 100 ms: 40 requests during a lease, twice over.
    for (let i = 0; i < 20; i++) {
      s.sent(1000, 50)
      s.leased(100)
    }
    expect(s.leaseLimit({ inFlight: 10, buffered: 0, held: 10_000, routes: 1 })).toBe(11_000)
    expect(s.leaseLimit({ inFlight: 10, buffered: 4000, held: 14_000, routes: 1 })).toBe(7000)
  })

  it('takes one batch ahead when TikTok is slow beside a quick lease, leaving the rest to other relays', () => {
    const s = sizing()
    // 1,000 events a request in 2 s; a lease of 20 ms: 0.2 requests during a lease, so one batch ready.
    s.sent(1000, 2000)
    s.leased(20)
    expect(s.leaseLimit({ inFlight: 10, buffered: 0, held: 10_000, routes: 1 })).toBe(1000)
    expect(s.leaseLimit({ inFlight: 10, buffered: 1000, held: 11_000, routes: 1 })).toBe(0)
  })

  it('never holds more than can go out before a lease would end', () => {
    const s = sizing({ sendableInLease: 12_000 })
    expect(s.leaseLimit({ inFlight: 5, buffered: 0, held: 10_000, routes: 1 })).toBe(2000)
  })
})
