import { describe, expect, it } from 'vitest'
import { tiktokEnabled } from './integrations-filter.ts'

describe('tiktokEnabled', () => {
  it.each([
    ['no integrations object', undefined, true],
    ['other destinations only', { Mixpanel: false }, true],
    ["Segment's TikTok Conversions off", { 'TikTok Conversions': false }, false],
    ["RudderStack's TIKTOK_ADS off", { TIKTOK_ADS: false }, false],
    ['All off', { All: false, Mixpanel: true }, false],
    ['All off but TikTok on', { All: false, 'TikTok Events API': true }, true],
    ['All off but TikTok options given', { All: false, TikTok: { ttp: '01J_.tt.1' } }, true],
    ['TikTok options given, another TikTok name off', { TikTok: { ttp: 'x' }, 'TikTok Ads': false }, false],
    ['All on', { All: true }, true],
    ['names are case-sensitive, as in Segment', { tiktok: false }, true]
  ])('%s', (_, integrations, expected) => {
    expect(tiktokEnabled(integrations)).toBe(expected)
  })
})
