import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { buildTikTokEvent, type EventSettings } from './build-event.ts'
import { EVENT_SCHEMAS } from './contract.ts'
import { EventValidationError } from './errors.ts'
import type { ReportEventInput } from './report-event-input.ts'

const sha = (text: string) => createHash('sha256').update(text).digest('hex')
const NOW = Date.UTC(2026, 10, 23, 9, 0, 0)
const IDS = { pixelCode: 'CPIXEL', appId: '7000000001', offlineEventSetId: '8000000001', crmEventSetId: '9000000001' }
const IDFA = '6D92078A-8246-4BA4-AE5B-76104861E7DC'

/** One event carrying a bit of everything, as a mobile SDK, a browser and a CRM could each send part of it. */
const EVERYTHING: ReportEventInput = {
  event: 'Purchase',
  event_id: 'e-1',
  email: 'Jane@Example.com',
  user_id: 'user_1',
  ttp: 'ttp-1',
  ttclid: 'E.C.P.click',
  ip: '203.0.113.9',
  user_agent: 'UA/1.0',
  locale: 'en-US',
  url: 'https://shop.example/checkout',
  device: { type: 'ios', advertisingId: IDFA, adTrackingEnabled: true, id: 'IDFV-1' },
  os: { name: 'iOS', version: '17.2' },
  app: { namespace: 'com.example.shop', name: 'Shop', version: '4.2' },
  ad: { campaign_id: 'c-1', attribution_provider: 'AppsFlyer' },
  lead_id: 'L-1',
  lead_event_source: 'HubSpot',
  value: 10,
  currency: 'USD'
}

async function build(input: ReportEventInput, settings: EventSettings = {}) {
  const built = await buildTikTokEvent(input, { ...IDS, ...settings }, NOW)
  if (built.kind !== 'send') throw new Error(`dropped: ${built.reason}`)
  // Whatever the core builds for a source, that source's contract takes.
  expect(EVENT_SCHEMAS[built.eventSource].safeParse(built.event).success).toBe(true)
  return built
}

async function refusal(input: ReportEventInput, settings: EventSettings = {}) {
  const error = await buildTikTokEvent(input, { ...IDS, ...settings }, NOW).catch((e) => e)
  if (!(error instanceof EventValidationError)) throw new Error('expected a refusal')
  return error.issues.map(({ code, path, message }) => ({ code, path, message }))
}

describe('each source sends what TikTok defines for it', () => {
  it.each([
    [
      'web: browser ids, page, external_id; no device ids, app, ad or lead',
      'web',
      {
        user: ['email', 'external_id', 'ttp', 'ttclid', 'ip', 'user_agent', 'locale'],
        top: ['event', 'event_time', 'event_id', 'user', 'properties', 'page']
      }
    ],
    [
      'app: device ids, ATT status, app and ad; no external_id, ttp, ttclid, page or lead',
      'app',
      {
        user: ['email', 'ip', 'user_agent', 'locale', 'idfa', 'idfv', 'att_status'],
        top: ['event', 'event_time', 'event_id', 'user', 'properties', 'app', 'ad']
      }
    ],
    [
      'offline: match keys only',
      'offline',
      { user: ['email', 'external_id'], top: ['event', 'event_time', 'event_id', 'user', 'properties'] }
    ],
    [
      'crm: match keys and the lead',
      'crm',
      { user: ['email', 'external_id'], top: ['event', 'event_time', 'event_id', 'user', 'properties', 'lead'] }
    ]
  ] as const)('%s', async (_name, source, expected) => {
    const name = source === 'crm' ? 'Closed Won' : 'Purchase'
    const built = await build({ ...EVERYTHING, event: name, event_source: source })
    expect(built.eventSource).toBe(source)
    expect(built.eventSourceId).toBe(
      { web: 'CPIXEL', app: '7000000001', offline: '8000000001', crm: '9000000001' }[source]
    )
    expect(Object.keys(built.event.user ?? {}).sort()).toEqual([...expected.user].sort())
    expect(Object.keys(built.event).sort()).toEqual([...expected.top].sort())
    expect(built.warnings).toEqual([])
  })

  it('an app event: IDFA upper-case, app and ad objects', async () => {
    const { event } = await build({ ...EVERYTHING, event: 'launchapp', event_source: 'app' })
    expect(event).toMatchObject({
      event: 'LaunchAPP',
      user: { idfa: IDFA, idfv: 'IDFV-1', att_status: 'AUTHORIZED', email: sha('jane@example.com') },
      app: { app_id: 'com.example.shop', app_name: 'Shop', app_version: '4.2' },
      ad: { campaign_id: 'c-1', attribution_provider: 'AppsFlyer' }
    })
  })

  it('an app event with tracking denied: DENIED reaches TikTok, the IDFA does not', async () => {
    const device = { type: 'ios', advertisingId: IDFA, adTrackingEnabled: false, id: 'IDFV-1' }
    const { event } = await build({ ...EVERYTHING, device, event_source: 'app' })
    expect(event.user).toMatchObject({ att_status: 'DENIED', idfv: 'IDFV-1' })
    expect(event.user?.idfa).toBeUndefined()
  })

  it('web names that are no app event stay as sent (a custom app event); app names get their spelling', async () => {
    const names = ['CompleteRegistration', 'registration', 'INSTALLAPP', 'Purchase']
    const sent = await Promise.all(names.map((event) => build({ event, event_source: 'app' })))
    expect(sent.map((b) => b.event.event)).toEqual(['CompleteRegistration', 'Registration', 'InstallApp', 'Purchase'])
  })

  it('a CRM name is never respelt: it is the CRM stage, as written', async () => {
    expect((await build({ event: 'qualified lead', lead_id: 'L', event_source: 'crm' })).event.event).toBe(
      'qualified lead'
    )
  })

  it('limited_data_use goes with web and app events; an offline event says it could not carry it', async () => {
    const input = { event: 'Purchase', email: 'a@b.co', limited_data_use: true }
    expect((await build({ ...input, event_source: 'app' })).event.limited_data_use).toBe(true)
    const offline = await build({ ...input, event_source: 'offline' })
    expect(offline.event.limited_data_use).toBeUndefined()
    expect(offline.warnings).toEqual([{ field: 'limited_data_use', reason: 'not_for_event_source' }])
  })
})

describe('which source an event goes to', () => {
  it.each([
    ['its own event_source', { event_source: 'Offline', email: 'a@b.co' }, {}, 'offline', []],
    ["RudderStack's channel mobile", { event_source: 'mobile' }, {}, 'app', []],
    [
      "a channel naming no source (server): the destination's",
      { event_source: 'server' },
      { eventSource: 'app' },
      'app',
      []
    ],
    [
      "a value that is no source: the destination's, and it says so",
      { event_source: 'kiosk' },
      {},
      'web',
      [{ field: 'event_source', reason: 'invalid_event_source' }]
    ],
    ["none: the destination's eventSource", {}, { eventSource: 'app' }, 'app', []]
  ] as const)('%s', async (_name, input, settings, source, warnings) => {
    const built = await build({ event: 'Purchase', ...input }, settings)
    expect(built.eventSource).toBe(source)
    expect(built.warnings).toEqual(warnings)
  })
})

describe('refused: events a source cannot take at all', () => {
  it.each([
    [
      'an offline event with a custom name',
      { event: 'Store Visit', email: 'a@b.co', event_source: 'offline' },
      'event',
      'offline events take TikTok standard event names only'
    ],
    [
      'an offline event nobody can be matched by',
      { event: 'Purchase', ip: '203.0.113.9', event_source: 'offline' },
      'user',
      'offline events need user.email, user.phone or user.external_id'
    ],
    [
      'a CRM event without a lead id',
      { event: 'Qualified', email: 'a@b.co', event_source: 'crm' },
      'lead',
      'CRM events need lead.lead_id'
    ],
    [
      'a CRM event with a standard name',
      { event: 'Lead', lead_id: 'L', event_source: 'crm' },
      'event',
      'CRM events take custom names'
    ],
    [
      'a source the destination has no id for',
      { event: 'Purchase', event_source: 'app' },
      'event_source',
      'app events go to the TikTok App ID, and this destination has none (setting appId)'
    ]
  ] as const)('%s', async (name, input, path, message) => {
    const settings = name.startsWith('a source the') ? { appId: undefined } : {}
    const [issue, ...more] = await refusal(input, settings)
    expect(more).toEqual([])
    expect(issue).toMatchObject({ path })
    expect(issue!.message).toContain(message)
  })

  it('never names a value in a refusal', async () => {
    const issues = await refusal({ event: 'Purchase', ip: '198.51.100.77', event_source: 'offline' })
    expect(JSON.stringify(issues)).not.toContain('198.51.100.77')
  })
})
