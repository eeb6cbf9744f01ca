/**
 * Destination settings, one zod schema for every host. The actions-core settings, the RudderStack Config keys, the
 * runner's relay.yaml and manifest.json are all derived from (or checked against) this schema.
 */
import { z } from 'zod'
import { EventSource } from './contract.ts'

export const GpcAction = z
  .enum(['drop', 'limited_data_use', 'ignore'])
  .describe('What a Global Privacy Control signal does: drop the event, send it with limited_data_use, or nothing')
export type GpcAction = z.infer<typeof GpcAction>

export const ExternalIdSource = z
  .enum(['userId', 'anonymousId', 'both'])
  .describe('Which Segment id becomes external_id')
export type ExternalIdSource = z.infer<typeof ExternalIdSource>

export const CoreSettings = z.object({
  accessToken: z.string().min(1).describe('TikTok Events API access token (secret)'),
  pixelCode: z.string().min(1).optional().describe('TikTok pixel code: the event_source_id of web events'),
  appId: z.string().min(1).optional().describe('TikTok App ID: the event_source_id of app events'),
  offlineEventSetId: z
    .string()
    .min(1)
    .optional()
    .describe('Offline event set id (Events Manager): the event_source_id of offline (store) events'),
  crmEventSetId: z
    .string()
    .min(1)
    .optional()
    .describe('CRM event set id (Events Manager): the event_source_id of CRM (lead) events'),
  eventSource: EventSource.default('web').describe(
    "Where an event happened when it does not say so itself (its Event Source field): web, app, offline or crm; that source's id must be set"
  ),
  defaultPhoneCountry: z
    .string()
    .regex(/^[A-Z]{2}$/, 'expected an ISO-3166 alpha-2 country code such as US')
    .default('US')
    .describe('Country used to turn national phone numbers into E.164'),
  consentCategories: z
    .array(z.string().min(1))
    .default([])
    .describe(
      'Consent categories (Segment) or consent ids (RudderStack) that must all be granted; empty means no gating'
    ),
  gpcAction: GpcAction.default('drop'),
  limitedDataUse: z.boolean().default(false).describe('Send every event with limited_data_use: true'),
  testEventCode: z.string().min(1).optional().describe("Route events to Events Manager's Test Events"),
  renameLegacyEvents: z
    .boolean()
    .default(true)
    .describe('Send CompletePayment as Purchase and SubmitForm as Lead (TikTok renamed them in 2025)'),
  externalIdSource: ExternalIdSource.default('userId'),
  sendCustomEvents: z
    .boolean()
    .default(false)
    .describe(
      'Send track events that no pipeline matches as TikTok custom events under their own name (reporting and audiences only); off: they are listed as dropped (no_pipeline)'
    ),
  partnerName: z.string().min(1).optional().describe('partner_name sent with each request'),
  apiUrl: z.string().url().optional().describe('Send to this URL instead of TikTok (a proxy, or a fake in tests)')
})
export type CoreSettings = z.infer<typeof CoreSettings>
export type CoreSettingsInput = z.input<typeof CoreSettings>
