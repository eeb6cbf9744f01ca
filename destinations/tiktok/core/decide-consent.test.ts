import { describe, expect, it } from 'vitest'
import { type ConsentDecision, type ConsentInput, type ConsentSettings, decideConsent } from './decide-consent.ts'

const SEND: ConsentDecision = { kind: 'send', limitedDataUse: false }
const SEND_LDU: ConsentDecision = { kind: 'send', limitedDataUse: true }
const denied = { kind: 'drop', reason: 'consent_denied' } as const
const gpcOptOut = { kind: 'drop', reason: 'gpc_opt_out' } as const

const ADS: ConsentSettings = { consentCategories: ['Advertising'] }
const ADS_AND_ANALYTICS: ConsentSettings = { consentCategories: ['Advertising', 'Analytics'] }

function check(input: ConsentInput, settings: ConsentSettings, expected: Partial<ConsentDecision>) {
  expect(decideConsent(input, settings)).toMatchObject(expected)
}

describe('Segment categoryPreferences', () => {
  it.each<[string, ConsentInput, ConsentSettings, Partial<ConsentDecision>]>([
    ['absent: data flows', {}, ADS, SEND],
    ['required category granted', { consent_preferences: { Advertising: true } }, ADS, SEND],
    ['required category denied', { consent_preferences: { Advertising: false, Analytics: true } }, ADS, denied],
    ['required category missing', { consent_preferences: { Analytics: true } }, ADS, denied],
    ['empty object: every category false', { consent_preferences: {} }, ADS, denied],
    [
      'all of several required',
      { consent_preferences: { Advertising: true, Analytics: true } },
      ADS_AND_ANALYTICS,
      SEND
    ],
    [
      'one of several denied',
      { consent_preferences: { Advertising: true, Analytics: false } },
      ADS_AND_ANALYTICS,
      denied
    ],
    ['truthy is not true', { consent_preferences: { Advertising: 'yes' as unknown as boolean } }, ADS, denied],
    ['no required categories: no gating', { consent_preferences: {} }, { consentCategories: [] }, SEND],
    ['settings without consentCategories: no gating', { consent_preferences: { Advertising: false } }, {}, SEND]
  ])('%s', (_name, input, settings, expected) => check(input, settings, expected))

  it('names the missing categories (never a user value) in the detail', () => {
    const decision = decideConsent({ consent_preferences: { Advertising: true } }, ADS_AND_ANALYTICS)
    expect(decision).toEqual({ kind: 'drop', reason: 'consent_denied', detail: 'category not granted: Analytics' })
  })
})

describe('RudderStack consentManagement', () => {
  const ids: ConsentSettings = { consentCategories: ['C0004', 'C0002'] }
  it.each<[string, ConsentInput['consent_management'], Partial<ConsentDecision>]>([
    [
      'oneTrust, all allowed',
      { provider: 'oneTrust', allowedConsentIds: ['C0004', 'C0002'], deniedConsentIds: [] },
      SEND
    ],
    [
      'oneTrust, one not allowed',
      { provider: 'oneTrust', allowedConsentIds: ['C0004'], deniedConsentIds: ['C0002'] },
      denied
    ],
    ['oneTrust ignores "or"', { provider: 'oneTrust', allowedConsentIds: ['C0004'], resolutionStrategy: 'or' }, denied],
    ['ketch, no allowed list, none denied', { provider: 'ketch', deniedConsentIds: ['C0009'] }, SEND],
    ['ketch, no allowed list, one denied', { provider: 'ketch', deniedConsentIds: ['C0002'] }, denied],
    [
      'allowed and denied at once counts as denied',
      { provider: 'iubenda', allowedConsentIds: ['C0004', 'C0002'], deniedConsentIds: ['C0002'] },
      denied
    ],
    ['custom and (default), one missing', { provider: 'custom', allowedConsentIds: ['C0004'] }, denied],
    [
      'custom and, all allowed',
      { provider: 'custom', resolutionStrategy: 'and', allowedConsentIds: ['C0002', 'C0004'] },
      SEND
    ],
    [
      'custom or, one allowed',
      { provider: 'custom', resolutionStrategy: 'or', allowedConsentIds: ['C0004'], deniedConsentIds: ['C0002'] },
      SEND
    ],
    ['custom or, none allowed', { provider: 'custom', resolutionStrategy: 'or', allowedConsentIds: ['C0001'] }, denied],
    ['custom or, empty allowed list', { provider: 'custom', resolutionStrategy: 'or', allowedConsentIds: [] }, denied],
    ['no provider behaves as and', { allowedConsentIds: ['C0004'] }, denied]
  ])('%s', (_name, consent_management, expected) => check({ consent_management }, ids, expected))

  it('is not gated without required ids', () => {
    check({ consent_management: { provider: 'oneTrust', deniedConsentIds: ['C0004'] } }, {}, SEND)
  })
})

describe('GPC x gpcAction, and limited data use', () => {
  it.each<[string, ConsentInput, ConsentSettings, Partial<ConsentDecision>]>([
    ['gpc + drop', { gpc: true }, { gpcAction: 'drop' }, gpcOptOut],
    ['gpc + default action (drop)', { gpc: true }, {}, gpcOptOut],
    ['gpc + limited_data_use', { gpc: true }, { gpcAction: 'limited_data_use' }, SEND_LDU],
    ['gpc + ignore', { gpc: true }, { gpcAction: 'ignore' }, SEND],
    ['no gpc + drop', { gpc: false }, { gpcAction: 'drop' }, SEND],
    ['settings.limitedDataUse', {}, { limitedDataUse: true }, SEND_LDU],
    ['event limited_data_use', { limited_data_use: true }, {}, SEND_LDU],
    ['gpc ignored but settings LDU', { gpc: true }, { gpcAction: 'ignore', limitedDataUse: true }, SEND_LDU],
    ['consent denied outranks gpc', { gpc: true, consent_preferences: {} }, { ...ADS, gpcAction: 'drop' }, denied],
    ['consent granted, then gpc drops', { gpc: true, consent_preferences: { Advertising: true } }, ADS, gpcOptOut],
    [
      'both CDP signals must allow',
      { consent_preferences: { Advertising: true }, consent_management: { deniedConsentIds: ['Advertising'] } },
      ADS,
      denied
    ]
  ])('%s', (_name, input, settings, expected) => check(input, settings, expected))
})
