import { describe, expect, it } from 'vitest'
import { RecentMemo } from './recent-memo.ts'

describe('RecentMemo', () => {
  it('remembers what was set, and nothing else', () => {
    const memo = new RecentMemo<string | null>(4)
    memo.set('a', 'A')
    memo.set('invalid', null)
    expect([memo.get('a'), memo.get('invalid'), memo.get('b')]).toEqual(['A', null, undefined])
  })

  it('stays within its limit and keeps the most recent entries', () => {
    const memo = new RecentMemo<number>(100)
    for (let i = 0; i < 1000; i++) memo.set(`k${i}`, i)
    const kept = Array.from({ length: 1000 }, (_, i) => memo.get(`k${i}`)).filter((v) => v !== undefined)
    expect(kept.length).toBeLessThanOrEqual(100)
    expect(kept.length).toBeGreaterThanOrEqual(50)
    expect(memo.get('k999')).toBe(999)
    expect(memo.get('k0')).toBeUndefined()
  })

  it('keeps an entry that is read while its generation ages out', () => {
    const memo = new RecentMemo<number>(4)
    memo.set('hot', 1)
    memo.set('x', 2)
    for (let i = 0; i < 10; i++) {
      expect(memo.get('hot')).toBe(1)
      memo.set(`filler${i}`, i)
    }
  })
})
