import { describe, expect, it } from 'vitest'
import { mapApp, mapDevice } from './map-app.ts'

const IDFA = '6D92078A-8246-4BA4-AE5B-76104861E7DC'
const GAID = '38400000-8cf0-11bd-b23e-10b96e40000d'
const ZERO = '00000000-0000-0000-0000-000000000000'

describe('mapDevice', () => {
  it.each([
    [
      'iOS with tracking allowed: IDFA, IDFV and ATT AUTHORIZED',
      { type: 'ios', advertisingId: IDFA, adTrackingEnabled: true, id: 'B5372DB0-C21E-11E4-8DFC-AA07A5B093DB' },
      { idfa: IDFA, idfv: 'B5372DB0-C21E-11E4-8DFC-AA07A5B093DB', att_status: 'AUTHORIZED' }
    ],
    [
      'iOS with tracking not granted: the all-zero IDFA is left out, and no ATT status is guessed',
      { type: 'iOS', advertisingId: ZERO, adTrackingEnabled: false, id: 'B5372DB0-C21E-11E4-8DFC-AA07A5B093DB' },
      { idfv: 'B5372DB0-C21E-11E4-8DFC-AA07A5B093DB' }
    ],
    [
      'iOS opted out but the SDK still reports a real IDFA: not sent',
      { type: 'ios', advertisingId: IDFA, adTrackingEnabled: false },
      undefined
    ],
    [
      'Android with ad tracking opted out: no GAID',
      { type: 'android', advertisingId: GAID, adTrackingEnabled: false },
      undefined
    ],
    [
      'Android (RudderStack writes "Android"): GAID',
      { type: 'Android', advertisingId: GAID, id: 'abc' },
      { gaid: GAID }
    ],
    ['Android with a zero id: nothing', { type: 'android', advertisingId: ZERO }, undefined],
    ['no platform: an advertising id of unknown kind is not guessed at', { advertisingId: IDFA }, undefined],
    ['a browser (no device at all)', undefined, undefined],
    ['junk', 'ios' as never, undefined]
  ])('%s', (_, device, expected) => {
    expect(mapDevice(device)).toEqual(expected)
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
