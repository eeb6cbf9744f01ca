import { describe, expect, it } from 'vitest'
import { KEEP_PER_KEY, mergeProfiles } from './profiles-table.ts'

const h = (n: number) => n.toString(16).padStart(64, '0')

describe('mergeProfiles: how many of a person’s emails and phones are kept', () => {
  it('keeps the newest three emails and two phones, newest first', () => {
    let profile = mergeProfiles(undefined, { email: [h(1)], phone: [h(11)] })
    for (const n of [2, 3, 4]) profile = mergeProfiles(profile, { email: [h(n)], phone: [h(10 + n)] })
    expect(profile.email).toEqual([h(4), h(3), h(2)])
    expect(profile.phone).toEqual([h(14), h(13)])
    expect(KEEP_PER_KEY).toEqual({ email: 3, phone: 2, external_id: 3 })
  })

  it('moves a repeated email to the front instead of adding it twice', () => {
    const profile = mergeProfiles({ email: [h(3), h(2), h(1)] }, { email: [h(1)] })
    expect(profile.email).toEqual([h(1), h(3), h(2)])
  })

  it('replaces scalars and keeps what the new identify does not mention', () => {
    const profile = mergeProfiles({ email: [h(1)], first_name: h(20), city: 'Austin' }, { first_name: h(21) })
    expect(profile).toEqual({ email: [h(1)], first_name: h(21), city: 'Austin' })
  })

  it('cuts a profile stored with more (before these limits) when it is read through the merge', () => {
    const stored = { email: [1, 2, 3, 4, 5].map(h), phone: [6, 7, 8].map(h) }
    expect(mergeProfiles(undefined, stored)).toEqual({ email: [1, 2, 3].map(h), phone: [6, 7].map(h) })
  })
})
