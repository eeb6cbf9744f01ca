import { describe, expect, it } from 'vitest'
import { CoreSettings } from './core/settings.ts'
import { parseHostSettings, settingsFields } from './settings-fields.ts'

describe('settings generated from CoreSettings', () => {
  it('has exactly the CoreSettings keys, with the names Segment TikTok Conversions users already have', () => {
    // sendCustomEvents means nothing in Segment, where subscriptions decide what reaches the destination.
    expect(Object.keys(settingsFields)).toEqual(Object.keys(CoreSettings.shape).filter((k) => k !== 'sendCustomEvents'))
    expect(settingsFields.accessToken).toMatchObject({ type: 'password', required: true })
    // One id per event source, named as TikTok's Events Manager names them; the default source's is required.
    expect(settingsFields.pixelCode).toMatchObject({ type: 'string', required: false, label: 'Pixel Code' })
    expect(settingsFields.appId).toMatchObject({ type: 'string', required: false, label: 'TikTok App ID' })
    expect(settingsFields.offlineEventSetId).toMatchObject({ label: 'Offline Event Set ID' })
    expect(settingsFields.crmEventSetId).toMatchObject({ label: 'CRM Event Set ID' })
  })

  it('carries descriptions, defaults and choices from the schema', () => {
    expect(settingsFields.eventSource).toMatchObject({
      type: 'string',
      required: false,
      default: 'web',
      description: CoreSettings.shape.eventSource.description,
      choices: ['web', 'app', 'offline', 'crm'].map((value) => ({ value, label: value }))
    })
    expect(settingsFields.gpcAction).toMatchObject({ default: 'drop' })
    expect(settingsFields.gpcAction.choices?.map((c) => c.value)).toEqual(['drop', 'limited_data_use', 'ignore'])
    expect(settingsFields.defaultPhoneCountry).toMatchObject({
      default: 'US',
      description: CoreSettings.shape.defaultPhoneCountry.description
    })
    expect(settingsFields.renameLegacyEvents).toMatchObject({ type: 'boolean', default: true })
    expect(settingsFields.consentCategories).toMatchObject({ type: 'string', multiple: true, required: false })
    expect(settingsFields.testEventCode).toMatchObject({
      required: false,
      description: "Route events to Events Manager's Test Events"
    })
    for (const setting of Object.values(settingsFields)) expect(setting.description.length).toBeGreaterThan(10)
  })
})

describe('parseHostSettings', () => {
  const base = { accessToken: 'secret-token', pixelCode: 'CPIXEL' }

  it('fills the schema defaults and treats cleared values as unset', () => {
    expect(parseHostSettings({ ...base, testEventCode: '', apiUrl: null, gpcAction: undefined })).toEqual({
      ...base,
      eventSource: 'web',
      defaultPhoneCountry: 'US',
      consentCategories: [],
      gpcAction: 'drop',
      limitedDataUse: false,
      renameLegacyEvents: true,
      externalIdSource: 'userId',
      sendCustomEvents: false
    })
  })

  it('splits consent categories typed as one comma-separated string', () => {
    for (const consentCategories of [
      'Advertising, Marketing',
      ['Advertising, Marketing'],
      ['Advertising', ' Marketing']
    ]) {
      expect(parseHostSettings({ ...base, consentCategories }).consentCategories).toEqual(['Advertising', 'Marketing'])
    }
  })

  it.each([
    { raw: { pixelCode: 'CPIXEL' }, key: 'accessToken' },
    { raw: { ...base, defaultPhoneCountry: 'gbr' }, key: 'defaultPhoneCountry' },
    { raw: { ...base, eventSource: 'email' }, key: 'eventSource' },
    { raw: { ...base, gpcAction: 'block' }, key: 'gpcAction' },
    { raw: { ...base, apiUrl: 'not a url' }, key: 'apiUrl' },
    { raw: { accessToken: 'secret-token', appId: '7000' }, key: 'pixelCode' },
    { raw: { ...base, eventSource: 'offline' }, key: 'offlineEventSetId' }
  ])('names $key when it is wrong, as a non-retryable IntegrationError', ({ raw, key }) => {
    let error: unknown
    try {
      parseHostSettings(raw)
    } catch (e) {
      error = e
    }
    expect(error).toMatchObject({ name: 'IntegrationError', code: 'INVALID_SETTINGS', status: 400 })
    expect((error as Error).message).toMatch(new RegExp(`^Invalid TikTok settings: ${key}: `))
    expect((error as Error).message).not.toContain('secret-token')
  })
})
