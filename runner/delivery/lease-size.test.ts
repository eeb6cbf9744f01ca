import { describe, expect, it } from 'vitest'
import { createLeaseSizer } from './lease-size.ts'

// The defaults: 10 requests of up to 1,000 events in flight, a buffer of 11,000 rows.
const sizer = () => createLeaseSizer({ concurrency: 10, maxBatch: 1000, bufferCap: 11_000, sendableInLease: 40_000 })

describe('how many rows a lease takes', () => {
  it('an idle relay takes its free slots and one batch ready; a busy one with a batch ready takes none', () => {
    const s = sizer()
    expect(s.limit({ inFlight: 0, buffered: 0, held: 0 })).toBe(11_000)
    expect(s.limit({ inFlight: 10, buffered: 1000, held: 11_000 })).toBe(0)
    expect(s.limit({ inFlight: 7, buffered: 1000, held: 8000 })).toBe(3000)
  })

  it('keeps ready what goes out while a lease runs: the whole buffer for a fast TikTok and a slow lease', () => {
    const s = sizer()
    // 1,000 events a request in 50 ms on 10 slots: 200 rows a millisecond; a lease of 100 ms.
    for (let i = 0; i < 20; i++) {
      s.sent(1000, 50)
      s.leased(100)
    }
    expect(s.limit({ inFlight: 10, buffered: 0, held: 10_000 })).toBe(11_000)
    expect(s.limit({ inFlight: 10, buffered: 4000, held: 14_000 })).toBe(7000)
  })

  it('takes one batch ahead when TikTok is slow beside a quick lease, leaving the rest to other relays', () => {
    const s = sizer()
    // 1,000 events a request in 2 s: 5 rows a millisecond; a lease of 20 ms needs 200 rows ready: one batch.
    s.sent(1000, 2000)
    s.leased(20)
    expect(s.limit({ inFlight: 10, buffered: 0, held: 10_000 })).toBe(1000)
    expect(s.limit({ inFlight: 10, buffered: 1000, held: 11_000 })).toBe(0)
  })

  it('never holds more than can go out before a lease would end', () => {
    const s = createLeaseSizer({ concurrency: 10, maxBatch: 1000, bufferCap: 11_000, sendableInLease: 12_000 })
    expect(s.limit({ inFlight: 5, buffered: 0, held: 10_000 })).toBe(2000)
  })
})
