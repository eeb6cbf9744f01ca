import { describe, expect, it } from 'vitest'
import type { LeasedEvent } from '../store/store-interface.ts'
import { createRouteBuffer } from './route-buffer.ts'

let nextId = 1
function leased(n: number, enqueuedAt: number, pixelCode = 'P1', testEventCode?: string): LeasedEvent[] {
  return Array.from({ length: n }, () => ({
    id: nextId,
    route: { routeId: 'r', pixelCode, eventSource: 'web' as const, ...(testEventCode ? { testEventCode } : {}) },
    eventJson: '{}',
    eventId: `e-${nextId++}`,
    attempts: 0,
    enqueuedAt
  }))
}
const open = () => false

describe('createRouteBuffer', () => {
  it('sends a full batch at once and holds a partial one until it lingered', () => {
    const buf = createRouteBuffer({ lingerMs: 1000, maxBatch: 1000 })
    buf.add(leased(1500, 10_000))
    expect(buf.take(10_000, open)).toHaveLength(1000)
    expect(buf.take(10_500, open)).toBeUndefined()
    expect(buf.nextDeadline()).toBe(11_000)
    expect(buf.take(11_000, open)).toHaveLength(500)
    expect(buf.size).toBe(0)
  })

  it('never mixes routes: pixel and test_event_code each make their own batch', () => {
    const buf = createRouteBuffer({ lingerMs: 0, maxBatch: 1000 })
    buf.add([...leased(2, 1, 'P1'), ...leased(2, 1, 'P2'), ...leased(2, 1, 'P1', 'TEST1'), ...leased(1, 1, 'P1')])
    const batches = [buf.take(5, open), buf.take(5, open), buf.take(5, open), buf.take(5, open)]
    expect(batches.map((b) => b?.length)).toEqual([3, 2, 2, undefined])
    for (const b of batches.slice(0, 3)) expect(new Set(b!.map((e) => JSON.stringify(e.route))).size).toBe(1)
  })

  it('skips a rate-limited pixel and gives back what a paused pixel held', () => {
    const buf = createRouteBuffer({ lingerMs: 0, maxBatch: 10 })
    buf.add([...leased(3, 1, 'P1'), ...leased(4, 2, 'P2')])
    expect(buf.take(5, (p) => p === 'P1')).toHaveLength(4)
    expect(buf.remove('P1')).toHaveLength(3)
    expect(buf.size).toBe(0)
  })

  it('holds a row once however often it is added, and lets go of rows whose lease was taken back', () => {
    const buf = createRouteBuffer({ lingerMs: 0, maxBatch: 10 })
    const rows = leased(4, 1)
    expect(buf.add(rows)).toHaveLength(4)
    expect(buf.add([rows[1]!, ...leased(1, 1)])).toHaveLength(1)
    expect(buf.size).toBe(5)
    expect(buf.drop(new Set([rows[0]!.id, rows[2]!.id, 999_999]))).toBe(2)
    expect(buf.take(5, open)!.map((e) => e.id)).toEqual([rows[1]!.id, rows[3]!.id, rows[3]!.id + 1])
    expect(buf.size).toBe(0)
  })

  it('never puts an event_id twice in one batch: the repeat goes in the next', () => {
    const buf = createRouteBuffer({ lingerMs: 0, maxBatch: 3 })
    const rows = leased(4, 1)
    const twin = { ...rows[0]!, id: 1_000_000 }
    buf.add([rows[0]!, twin, rows[1]!, rows[2]!, rows[3]!])
    const first = buf.take(5, open)!
    expect(first.map((e) => e.eventId)).toEqual([rows[0]!.eventId, rows[1]!.eventId, rows[2]!.eventId])
    expect(buf.take(5, open)!.map((e) => e.id)).toEqual([twin.id, rows[3]!.id])
  })
})
