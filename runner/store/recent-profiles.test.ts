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

  it('drops the entry set longest ago when full, and a re-set entry counts as new', () => {
    const recent = createRecentProfiles(2, 60_000)
    recent.set('a', null, 0)
    recent.set('b', null, 0)
    recent.set('a', { city: 'x' }, 1)
    recent.set('c', null, 2)
    expect(recent.get('b', 3)).toBeUndefined()
    expect(recent.get('a', 3)).toEqual({ city: 'x' })
    expect(recent.get('c', 3)).toBeNull()
  })
})
