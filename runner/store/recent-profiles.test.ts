import { describe, expect, it } from 'vitest'
import { createRecentProfiles } from './recent-profiles.ts'

describe('createRecentProfiles', () => {
  it('remembers profiles and "no profile" until they expire', () => {
    const recent = createRecentProfiles(10, 1000)
    recent.set('u:1', { email: ['a'.repeat(64)] }, 0)
    recent.set('u:2', null, 0)
    expect(recent.get('u:1', 999)).toEqual({ email: ['a'.repeat(64)] })
    expect(recent.get('u:2', 999)).toBeNull()
    expect(recent.get('u:3', 0)).toBeUndefined()
    expect(recent.get('u:1', 1000)).toBeUndefined()
  })

  it('stays bounded: the oldest entries go first, a re-set entry is new again', () => {
    const recent = createRecentProfiles(4, 60_000)
    for (const k of ['a', 'b', 'c', 'd', 'e', 'f']) recent.set(k, null, 0)
    recent.set('a', { city: 'x' }, 1)
    expect(recent.get('a', 2)).toEqual({ city: 'x' })
    expect(['b', 'c', 'd', 'e', 'f'].filter((k) => recent.get(k, 2) === undefined).length).toBeGreaterThanOrEqual(3)
    expect(recent.get('f', 2)).toBeNull()
  })
})
