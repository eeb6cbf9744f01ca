/**
 * The destination Config a RudderStack user knows (keys as RudderStack's TikTok Ads destination stores them:
 * rudder-integrations-config tiktok_ads schema.json), plus apiUrl/testEventCode for proxies and tests.
 */
import { z } from 'zod'

const ConsentBlock = z.object({
  provider: z.string().min(1).describe('oneTrust, ketch, iubenda or custom'),
  resolutionStrategy: z.enum(['and', 'or', '']).optional().describe('custom provider only: and = all ids, or = one'),
  consents: z
    .array(z.object({ consent: z.string() }))
    .default([])
    .describe('Consent category ids this destination needs')
})
export type ConsentBlock = z.infer<typeof ConsentBlock>

const OneTrustCategories = z.array(z.object({ oneTrustCookieCategory: z.string() }))

export const RudderStackConfig = z.object({
  accessToken: z.string().min(1, 'the TikTok access token is required').describe('TikTok Events API access token'),
  pixelCode: z.string().min(1).optional().describe('Pixel code: the event_source_id of web events'),
  appId: z.string().min(1).optional().describe('TikTok App ID: the event_source_id of app events'),
  offlineEventSetId: z
    .string()
    .min(1)
    .optional()
    .describe('Offline event set id: the event_source_id of offline events'),
  crmEventSetId: z.string().min(1).optional().describe('CRM event set id: the event_source_id of CRM events'),
  eventSource: z
    .enum(['web', 'app', 'offline', 'crm'])
    .default('web')
    .describe(
      'Where an event happened when neither its properties.eventSource / event_source nor its channel (web, mobile) says'
    ),
  hashUserProperties: z
    .boolean()
    .default(true)
    .describe('true: hash raw PII; false: values arrive pre-hashed (64-hex passes, raw values are omitted)'),
  sendCustomEvents: z.boolean().default(false).describe('Send events that map to no standard TikTok event'),
  eventsToStandard: z
    .array(z.object({ from: z.string().default(''), to: z.string().default('') }))
    .default([])
    .describe('Source event name -> TikTok standard event; overrides the shipped pipelines'),
  consentManagement: z
    .record(z.string(), z.array(ConsentBlock))
    .optional()
    .describe('Per source type (web, cloud, ios, ...): consent provider blocks'),
  oneTrustCookieCategories: z
    .union([OneTrustCategories, z.record(z.string(), OneTrustCategories)])
    .optional()
    .describe('Legacy OneTrust categories'),
  ketchConsentPurposes: z
    .array(z.object({ purpose: z.string() }))
    .optional()
    .describe('Legacy Ketch purposes'),
  testEventCode: z.string().min(1).optional().describe("Route every event to Events Manager's Test Events"),
  apiUrl: z.string().url().optional().describe('Send to this URL instead of TikTok (a proxy, or a fake in tests)')
})
export type RudderStackConfig = z.infer<typeof RudderStackConfig>

/** eventsToStandard as a lookup: lower-cased `from` -> every non-empty `to`, in order. */
export function eventsToStandardMap(config: RudderStackConfig): Map<string, string[]> {
  const map = new Map<string, string[]>()
  for (const { from, to } of config.eventsToStandard) {
    const key = from.trim().toLowerCase()
    if (!key || !to.trim()) continue
    const targets = map.get(key) ?? []
    if (!targets.includes(to.trim())) targets.push(to.trim())
    map.set(key, targets)
  }
  return map
}
