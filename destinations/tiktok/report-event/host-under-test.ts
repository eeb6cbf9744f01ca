/**
 * Test harness shared by the reportEvent tests and the bench: the real destination definition run by actions-core
 * (createTestIntegration), talking over HTTP to the fake TikTok server. Nothing of ours is stubbed.
 */
import { createTestIntegration, type JSONObject, type SegmentEvent } from '@segment/actions-core'
import { type FakeTikTok, startFakeTikTok } from '../../../test/fake-tiktok/server.ts'
import type { CoreSettingsInput } from '../core/index.ts'
import destination from '../index.ts'

export const TEST_TOKEN = 'test-token'
export const TEST_PIXEL = 'CTESTPIXEL0001'

/** A Segment event as JSON fixtures type it (`type: string`); actions-core checks nothing more at run time. */
export type SegmentLike = object

export interface HostUnderTest {
  fake: FakeTikTok
  settings: CoreSettingsInput
  /** perform with the field defaults (unless told not to) plus `mapping`; resolves to what perform returned, rejects with its error. */
  send(
    event: SegmentLike,
    mapping?: JSONObject,
    settings?: Partial<CoreSettingsInput>,
    options?: { useDefaultMappings?: boolean }
  ): Promise<unknown>
  /** performBatch the same way; resolves to actions-core's per-event multistatus. */
  sendBatch(
    events: SegmentLike[],
    mapping?: JSONObject,
    settings?: Partial<CoreSettingsInput>
  ): Promise<MultiStatusEntry[]>
  testAuthentication(settings?: Partial<CoreSettingsInput>): Promise<void>
  close(): Promise<void>
}

export interface MultiStatusEntry {
  status: number
  errortype?: string
  errormessage?: string
  sent?: Record<string, unknown>
  body?: unknown
}

export async function startHostUnderTest(options: { latencyMs?: number; keepRequests?: boolean } = {}) {
  const fake = await startFakeTikTok({ accessToken: TEST_TOKEN, ...options })
  const integration = createTestIntegration(destination)
  const settings: CoreSettingsInput = { accessToken: TEST_TOKEN, pixelCode: TEST_PIXEL, apiUrl: fake.url }
  const host: HostUnderTest = {
    fake,
    settings,
    async send(event, mapping = {}, extra = {}, { useDefaultMappings = true } = {}) {
      integration.results = []
      await integration.testAction('reportEvent', {
        event: event as Partial<SegmentEvent>,
        mapping,
        useDefaultMappings,
        settings: { ...settings, ...extra }
      })
      return (integration.results as Array<{ data?: unknown }>).find((r) => 'data' in r)?.data
    },
    async sendBatch(events, mapping = {}, extra = {}) {
      await integration.testBatchAction('reportEvent', {
        events: events as SegmentEvent[],
        mapping,
        useDefaultMappings: true,
        settings: { ...settings, ...extra }
      })
      return (integration.results[0] as unknown as { multistatus: MultiStatusEntry[] }).multistatus
    },
    testAuthentication: (extra = {}) => integration.testAuthentication({ ...settings, ...extra }),
    close: () => fake.close()
  }
  return host
}
