import { describe, expect, it } from 'vitest'
import { mapAd, mapApp, mapDevice } from './map-app.ts'

const IDFA = '6D92078A-8246-4BA4-AE5B-76104861E7DC'
const GAID = '38400000-8cf0-11bd-b23e-10b96e40000d'
const ZERO = '00000000-0000-0000-0000-000000000000'

const IDFV = 'B5372DB0-C21E-11E4-8DFC-AA07A5B093DB'
const ios = (device: Record<string, unknown>, os = '17.2') => ({
  device: { type: 'ios', ...device },
  os: { version: os }
})

describe('mapDevice', () => {
  it.each([
    [
      'iOS, tracking allowed: IDFA (upper-case), IDFV and AUTHORIZED',
      ios({ advertisingId: IDFA.toLowerCase(), adTrackingEnabled: true, id: IDFV }),
      { idfa: IDFA, idfv: IDFV, att_status: 'AUTHORIZED' }
    ],
    [
      'iOS, tracking denied (the all-zero IDFA iOS hands out): DENIED goes, the id does not',
      ios({ advertisingId: ZERO, adTrackingEnabled: false, id: IDFV }),
      { idfv: IDFV, att_status: 'DENIED' }
    ],
    [
      'iOS, denied but the SDK still reports a real IDFA: DENIED, no IDFA',
      ios({ advertisingId: IDFA, adTrackingEnabled: false }),
      { att_status: 'DENIED' }
    ],
    [
      "Segment's IDFA plugin: trackingStatus restricted",
      ios({ advertisingId: ZERO, adTrackingEnabled: false, trackingStatus: 'restricted' }),
      { att_status: 'RESTRICTED' }
    ],
    [
      'the status the event names (RudderStack properties.att_status) wins, any case',
      { ...ios({ advertisingId: IDFA, adTrackingEnabled: false }), att_status: 'not_determined' },
      { att_status: 'NOT_DETERMINED' }
    ],
    [
      // Found by an attacker trial: the status was looked up on a plain object, so "constructor" found Object's own
      // and att_status was a function, which no TikTok request can carry.
      'a status named like a property every object has is no status: the one adTrackingEnabled gives',
      ios({ advertisingId: IDFA, adTrackingEnabled: true, trackingStatus: 'Constructor' }),
      { idfa: IDFA, att_status: 'AUTHORIZED' }
    ],
    [
      'iOS without any tracking fact: NOT_DETERMINED, no IDFA',
      ios({ advertisingId: IDFA }),
      { att_status: 'NOT_DETERMINED' }
    ],
    [
      'iOS 13 (no ATT): NOT_APPLICABLE, the IDFA goes unless ad tracking is limited',
      ios({ advertisingId: IDFA, adTrackingEnabled: true }, '13.7'),
      { idfa: IDFA, att_status: 'NOT_APPLICABLE' }
    ],
    [
      'iOS 12 with Limit Ad Tracking on: NOT_APPLICABLE, no IDFA',
      ios({ advertisingId: IDFA, adTrackingEnabled: false }, '12.4.1'),
      { att_status: 'NOT_APPLICABLE' }
    ],
    [
      'a hashed IDFA passes lower-case',
      ios({ advertisingId: 'A'.repeat(64), adTrackingEnabled: true }),
      { idfa: 'a'.repeat(64), att_status: 'AUTHORIZED' }
    ],
    [
      'Android: GAID lower-case, NOT_APPLICABLE',
      { device: { type: 'Android', advertisingId: GAID.toUpperCase(), id: 'abc' } },
      { gaid: GAID, att_status: 'NOT_APPLICABLE' }
    ],
    [
      'Android opted out of personalised ads: no GAID',
      { device: { type: 'android', advertisingId: GAID, adTrackingEnabled: false } },
      { att_status: 'NOT_APPLICABLE' }
    ],
    [
      'the platform from context.os when the device has no type',
      { device: { advertisingId: GAID }, os: { name: 'Android', version: '14' } },
      { gaid: GAID, att_status: 'NOT_APPLICABLE' }
    ],
    [
      'Android with a zero id: the status only',
      { device: { type: 'android', advertisingId: ZERO } },
      { att_status: 'NOT_APPLICABLE' }
    ],
    [
      'no platform: an advertising id of unknown kind is not guessed at',
      { device: { advertisingId: IDFA } },
      undefined
    ],
    ['a browser (no device at all)', {}, undefined],
    ['junk', { device: 'ios' as never }, undefined]
  ])('%s', (_, input, expected) => {
    expect(mapDevice(input)).toEqual(expected)
  })
})

describe('mapAd', () => {
  it.each([
    [
      'TikTok keys, flags from text',
      { campaign_id: 123, ad_id: 'ag-1', is_retargeting: 'true', attributed: false, attribution_provider: 'AppsFlyer' },
      { campaign_id: '123', ad_id: 'ag-1', is_retargeting: true, attributed: false, attribution_provider: 'AppsFlyer' }
    ],
    ['nothing usable', { callback: ' ', attributed: 'maybe' as never }, undefined],
    ['none', undefined, undefined]
  ])('%s', (_, ad, expected) => {
    expect(mapAd(ad)).toEqual(expected)
  })
})

describe('mapApp', () => {
  it.each([
    [
      'namespace, name and version',
      { namespace: 'com.example.shop', name: 'Shop', version: '4.2.0' },
      { app_id: 'com.example.shop', app_name: 'Shop', app_version: '4.2.0' }
    ],
    [
      'a numeric version and App Store id',
      { namespace: 1234567890, version: 42 } as never,
      { app_id: '1234567890', app_version: '42' }
    ],
    ['no namespace: no app object (app_id is required)', { name: 'Shop' }, undefined],
    ['none', undefined, undefined]
  ])('%s', (_, app, expected) => {
    expect(mapApp(app)).toEqual(expected)
  })
})
