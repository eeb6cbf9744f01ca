/**
 * TikTok Events API 2.0: the one place the wire contract is written down.
 * Every host validates its output against these schemas before anything is sent, and the fake TikTok server in
 * test/ validates what it receives against the same schemas, so the two can never drift apart.
 * Source: ../shared/reference/tiktok-events-api.md.
 */
import { z } from 'zod'
import { TIKTOK_CURRENCIES } from './currencies.ts'

export const TIKTOK_EVENTS_PATH = '/open_api/v1.3/event/track/'
export const TIKTOK_EVENTS_URL = `https://business-api.tiktok.com${TIKTOK_EVENTS_PATH}`
/** More than this many events rejects the WHOLE request at TikTok. */
export const MAX_EVENTS_PER_REQUEST = 1000

const SHA256_HEX = /^[0-9a-f]{64}$/
const sha256Hex = z.string().regex(SHA256_HEX, 'expected a lowercase SHA-256 hex digest')
/** email, phone and external_id may be one digest or a non-empty array of them. */
const oneOrManyHashes = z.union([sha256Hex, z.array(sha256Hex).min(1)])
const nonEmpty = z.string().min(1)

export const EventSource = z.enum(['web', 'app', 'offline', 'crm']).describe('Where the events happened')
export type EventSource = z.infer<typeof EventSource>

export const TikTokUser = z
  .object({
    email: oneOrManyHashes.optional(),
    phone: oneOrManyHashes.optional(),
    external_id: oneOrManyHashes.optional(),
    first_name: sha256Hex.optional(),
    last_name: sha256Hex.optional(),
    zip_code: sha256Hex.optional(),
    city: nonEmpty.optional(),
    state: nonEmpty.optional(),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, 'expected an ISO-3166 alpha-2 country code')
      .optional(),
    // Browser identifiers and request facts: TikTok wants them raw, never hashed.
    ttp: nonEmpty.optional(),
    ttclid: nonEmpty.optional(),
    ip: nonEmpty.optional(),
    user_agent: nonEmpty.optional(),
    locale: nonEmpty.optional(),
    idfa: nonEmpty.optional(),
    idfv: nonEmpty.optional(),
    gaid: nonEmpty.optional(),
    att_status: nonEmpty.optional()
  })
  .strict()
export type TikTokUser = z.infer<typeof TikTokUser>

export const TikTokContent = z
  .object({
    content_id: z.string().min(1, 'content_id must be a non-empty string'),
    content_name: nonEmpty.optional(),
    content_category: nonEmpty.optional(),
    brand: nonEmpty.optional(),
    price: z.number().finite().nonnegative().optional(),
    quantity: z.number().finite().nonnegative().optional()
  })
  .strict()
export type TikTokContent = z.infer<typeof TikTokContent>

export const TikTokCurrency = z.enum(TIKTOK_CURRENCIES)

export const TikTokProperties = z
  .object({
    contents: z.array(TikTokContent).min(1).optional(),
    content_ids: z.array(nonEmpty).min(1).optional(),
    content_type: z.enum(['product', 'product_group']).optional(),
    currency: TikTokCurrency.optional(),
    value: z.number().finite().nonnegative().optional(),
    num_items: z.number().int().nonnegative().optional(),
    search_string: nonEmpty.optional(),
    description: nonEmpty.optional(),
    order_id: nonEmpty.optional(),
    shop_id: nonEmpty.optional()
  })
  // Custom properties are allowed by TikTok (reporting only).
  .catchall(z.union([z.string(), z.number(), z.boolean()]))
export type TikTokProperties = z.infer<typeof TikTokProperties>

export const TikTokEvent = z
  .object({
    event: z.string().min(1, 'event name is required').max(50),
    event_time: z.number().int('event_time must be whole Unix seconds').positive(),
    event_id: z.string().min(1).optional(),
    user: TikTokUser.optional(),
    properties: TikTokProperties.optional(),
    page: z.object({ url: nonEmpty.optional(), referrer: nonEmpty.optional() }).strict().optional(),
    app: z.object({ app_id: nonEmpty, app_name: nonEmpty.optional(), app_version: nonEmpty.optional() }).optional(),
    ad: z.object({ callback: nonEmpty.optional() }).catchall(z.unknown()).optional(),
    lead: z.object({ lead_id: nonEmpty.optional(), lead_event_source: nonEmpty.optional() }).strict().optional(),
    limited_data_use: z.boolean().optional()
  })
  .strict()
export type TikTokEvent = z.infer<typeof TikTokEvent>

export const TikTokRequestBody = z
  .object({
    event_source: EventSource,
    event_source_id: z.string().min(1, 'event_source_id (pixel code) is required'),
    test_event_code: nonEmpty.optional(),
    partner_name: nonEmpty.optional(),
    data: z
      .array(TikTokEvent)
      .min(1, 'data must hold at least one event')
      .max(MAX_EVENTS_PER_REQUEST, `data may hold at most ${MAX_EVENTS_PER_REQUEST} events`)
  })
  .strict()
export type TikTokRequestBody = z.infer<typeof TikTokRequestBody>

/**
 * The same request with its events taken as they are: for senders whose events were each checked against
 * TikTokEvent when they were built (the runner's queue holds only such events). Everything else is still judged.
 */
export const TikTokRequestEnvelope = TikTokRequestBody.extend({
  data: z.array(z.unknown()).min(1).max(MAX_EVENTS_PER_REQUEST)
}).strict()

/** TikTok answers every call with this envelope, usually with HTTP 200 even for errors. */
export const TikTokResponseEnvelope = z.object({
  code: z.number().int(),
  message: z.string(),
  request_id: z.string().optional(),
  data: z.unknown().optional()
})
export type TikTokResponseEnvelope = z.infer<typeof TikTokResponseEnvelope>
