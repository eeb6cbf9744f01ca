/**
 * The consent matrix through the actions-core host: Segment categoryPreferences, RudderStack consentManagement,
 * Global Privacy Control and Limited Data Use, for one event (perform) and inside a batch (performBatch).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import signedUp from '../../../test/fixtures/segment-events/signed-up.json' with { type: 'json' }
import type { CoreSettingsInput } from '../core/index.ts'
import { type HostUnderTest, startHostUnderTest } from './host-under-test.ts'

let host: HostUnderTest
beforeAll(async () => {
  host = await startHostUnderTest()
})
afterAll(() => host.close())
beforeEach(() => host.fake.reset())

type Expected = { sent: true; ldu?: true } | { sent: false; code: 'CONSENT_DENIED' | 'GPC_OPT_OUT' }
interface Case {
  name: string
  settings: Partial<CoreSettingsInput>
  context: Record<string, unknown>
  mapping?: Record<string, boolean>
  expected: Expected
}

const segment = (prefs: Record<string, boolean>) => ({ consent: { categoryPreferences: prefs } })
const rudder = (consent: Record<string, unknown>) => ({ consentManagement: consent })
const advertising = { consentCategories: ['Advertising'] }

const cases: Case[] = [
  { name: 'Segment: no consent object, data flows', settings: advertising, context: {}, expected: { sent: true } },
  {
    name: 'Segment: required category granted',
    settings: advertising,
    context: segment({ Advertising: true }),
    expected: { sent: true }
  },
  {
    name: 'Segment: required category denied',
    settings: advertising,
    context: segment({ Advertising: false, Analytics: true }),
    expected: { sent: false, code: 'CONSENT_DENIED' }
  },
  {
    name: 'Segment: empty preferences deny every category',
    settings: advertising,
    context: segment({}),
    expected: { sent: false, code: 'CONSENT_DENIED' }
  },
  {
    name: 'Segment: every required category must be granted',
    settings: { consentCategories: ['Advertising', 'Marketing'] },
    context: segment({ Advertising: true, Marketing: false }),
    expected: { sent: false, code: 'CONSENT_DENIED' }
  },
  {
    name: 'Segment: no required categories, no gating',
    settings: {},
    context: segment({ Advertising: false }),
    expected: { sent: true }
  },
  {
    name: 'RudderStack: OneTrust id allowed',
    settings: { consentCategories: ['C0004'] },
    context: rudder({ provider: 'oneTrust', allowedConsentIds: ['C0002', 'C0004'], deniedConsentIds: [] }),
    expected: { sent: true }
  },
  {
    name: 'RudderStack: OneTrust id denied',
    settings: { consentCategories: ['C0004'] },
    context: rudder({ provider: 'oneTrust', allowedConsentIds: ['C0002'], deniedConsentIds: ['C0004'] }),
    expected: { sent: false, code: 'CONSENT_DENIED' }
  },
  {
    name: 'RudderStack: custom provider, "or" strategy, one id is enough',
    settings: { consentCategories: ['ads', 'marketing'] },
    context: rudder({ provider: 'custom', resolutionStrategy: 'or', allowedConsentIds: ['ads'], deniedConsentIds: [] }),
    expected: { sent: true }
  },
  {
    name: 'RudderStack: custom provider, "and" strategy, needs all',
    settings: { consentCategories: ['ads', 'marketing'] },
    context: rudder({ provider: 'custom', resolutionStrategy: 'and', allowedConsentIds: ['ads'] }),
    expected: { sent: false, code: 'CONSENT_DENIED' }
  },
  {
    name: 'GPC with gpcAction drop (default)',
    settings: {},
    context: { gpc: true },
    expected: { sent: false, code: 'GPC_OPT_OUT' }
  },
  {
    name: 'GPC with gpcAction limited_data_use',
    settings: { gpcAction: 'limited_data_use' },
    context: { gpc: true },
    expected: { sent: true, ldu: true }
  },
  {
    name: 'GPC with gpcAction ignore',
    settings: { gpcAction: 'ignore' },
    context: { gpc: true },
    expected: { sent: true }
  },
  {
    name: 'LDU forced by the setting',
    settings: { limitedDataUse: true },
    context: {},
    expected: { sent: true, ldu: true }
  },
  {
    name: 'LDU asked for by the mapping',
    settings: {},
    context: {},
    mapping: { limited_data_use: true },
    expected: { sent: true, ldu: true }
  },
  {
    name: 'consent denial wins over GPC handling',
    settings: { ...advertising, gpcAction: 'limited_data_use' },
    context: { ...segment({ Advertising: false }), gpc: true },
    expected: { sent: false, code: 'CONSENT_DENIED' }
  }
]

const eventWith = (context: Record<string, unknown>, id: string) => ({
  type: 'track' as const,
  event: 'Signed Up',
  messageId: id,
  userId: 'user_123',
  context: { ip: '198.51.100.7', ...context }
})

describe('consent through perform', () => {
  it.each(cases)('$name', async ({ settings, context, mapping, expected }) => {
    const sending = host.send(eventWith(context, 'm-1'), { event: 'CompleteRegistration', ...mapping }, settings)
    if (expected.sent) {
      await sending
      const [event] = host.fake.acceptedEvents()
      expect(event?.limited_data_use).toBe(expected.ldu)
    } else {
      await expect(sending).rejects.toMatchObject({
        name: 'IntegrationError',
        code: expected.code,
        status: 451,
        retry: false
      })
      expect(host.fake.stats().requests).toBe(0)
    }
  })

  it('drops the signed-up fixture (Advertising denied) when Advertising is required', async () => {
    await expect(host.send(signedUp, { event: 'CompleteRegistration' }, advertising)).rejects.toThrow(
      'Not sent (consent_denied): category not granted: Advertising'
    )
  })
})

describe('consent inside a batch', () => {
  it('reports each dropped event as 451 and still sends the others', async () => {
    // One settings object per batch: group the cases by their settings.
    const groups = new Map<string, Case[]>()
    for (const c of cases.filter((c) => !c.mapping)) {
      const key = JSON.stringify(c.settings)
      groups.set(key, [...(groups.get(key) ?? []), c])
    }
    for (const group of groups.values()) {
      host.fake.reset()
      const events = group.map((c, i) => eventWith(c.context, `m-${i}`))
      const results = await host.sendBatch(events, { event: 'CompleteRegistration' }, group[0]!.settings)
      group.forEach((c, i) => {
        if (c.expected.sent) expect(results[i], c.name).toMatchObject({ status: 200 })
        else {
          expect(results[i], c.name).toMatchObject({ status: 451, errortype: 'UNAVAILABLE_FOR_LEGAL_REASONS' })
          expect(results[i]!.errormessage).toContain(c.expected.code.toLowerCase())
        }
      })
      const sentIds = host.fake.acceptedEvents().map((e) => e.event_id)
      expect(sentIds).toEqual(group.flatMap((c, i) => (c.expected.sent ? [`m-${i}`] : [])))
    }
  })
})
