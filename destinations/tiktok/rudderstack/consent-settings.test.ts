import { describe, expect, it } from 'vitest'
import { consentPlan } from './consent-settings.ts'
import { RudderStackConfig } from './rudderstack-config.ts'

const config = (extra: Record<string, unknown>) =>
  RudderStackConfig.parse({ accessToken: 't', pixelCode: 'p', ...extra })

describe('consentPlan (RudderStack consent settings -> core consent inputs)', () => {
  it.each([
    [
      'the block of the provider the event names',
      {
        consentManagement: {
          web: [
            { provider: 'ketch', consents: [{ consent: 'k1' }] },
            { provider: 'oneTrust', consents: [{ consent: 'C0004' }, { consent: ' ' }] }
          ]
        }
      },
      { provider: 'oneTrust', allowedConsentIds: ['C0004'] },
      'web',
      { categories: ['C0004'] }
    ],
    [
      'the custom block replaces the event resolutionStrategy with its own',
      {
        consentManagement: { cloud: [{ provider: 'custom', resolutionStrategy: 'or', consents: [{ consent: 'ads' }] }] }
      },
      { provider: 'custom', allowedConsentIds: ['ads'], resolutionStrategy: 'and' },
      'cloud',
      { categories: ['ads'], override: { provider: 'custom', allowedConsentIds: ['ads'], resolutionStrategy: 'or' } }
    ],
    [
      'legacy oneTrustCookieCategories when no block applies',
      { oneTrustCookieCategories: [{ oneTrustCookieCategory: 'C0004' }] },
      { provider: 'oneTrust', deniedConsentIds: ['C0004'] },
      'web',
      { categories: ['C0004'] }
    ],
    [
      'legacy per-source oneTrustCookieCategories',
      { oneTrustCookieCategories: { web: [{ oneTrustCookieCategory: 'C0003' }] } },
      { provider: 'oneTrust' },
      'web',
      { categories: ['C0003'] }
    ],
    [
      'legacy ketchConsentPurposes for a ketch event',
      { ketchConsentPurposes: [{ purpose: 'targeted_advertising' }] },
      { provider: 'ketch' },
      'web',
      { categories: ['targeted_advertising'] }
    ],
    [
      'no consent settings: nothing required',
      {},
      { provider: 'oneTrust', deniedConsentIds: ['C0004'] },
      'web',
      { categories: [] }
    ]
  ])('%s', (_name, extra, eventConsent, sourceType, expected) => {
    expect(consentPlan(config(extra), eventConsent, sourceType)).toEqual(expected)
  })
})
