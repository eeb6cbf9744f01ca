/**
 * TikTok Events API 2.0: the one place the wire contract is written down.
 * Every host validates its output against these schemas before anything is sent, and the fake TikTok server in
 * test/ validates what it receives against the same schemas, so the two can never drift apart.
 * Source: ../shared/reference/tiktok-events-api.md.
 */
import { z } from 'zod'
import { TIKTOK_CURRENCIES } from './currencies.ts'
import { OFFLINE_EVENT_NAMES, tiktokSpelling } from './standard-events.ts'

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
export const EVENT_SOURCES = EventSource.options

/** TikTok's App Tracking Transparency statuses (iOS; NOT_APPLICABLE below iOS 14 and on Android). */
export const ATT_STATUSES = ['AUTHORIZED', 'DENIED', 'NOT_DETERMINED', 'RESTRICTED', 'NOT_APPLICABLE'] as const
export type AttStatus = (typeof ATT_STATUSES)[number]

/**
 * Every user key TikTok defines. Which source may send which is written once below (USER_KEYS): TikTok's Events API
 * 2.0 parameter docs (as transcribed in bububa/tiktok-business model/event/track.go) give `external_id` to web and
 * CRM events (offline too: TikTok's own offline integration requires email, phone or external_id), `ttp` and
 * `ttclid` to web only, `ip`, `user_agent` and `locale` to web and app, the device ids and `att_status` to app only.
 */
const USER_SHAPE = {
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
  // Device ids: raw (IDFA upper-case, GAID lower-case) or the SHA-256 of the trimmed lower-case id.
  idfa: z.union([sha256Hex, z.string().regex(/^[^a-z]+$/, 'a raw IDFA is upper-case')]).optional(),
  idfv: nonEmpty.optional(),
  gaid: z.union([sha256Hex, z.string().regex(/^[^A-Z]+$/, 'a raw GAID is lower-case')]).optional(),
  att_status: z.enum(ATT_STATUSES).optional()
}
export type UserKey = keyof typeof USER_SHAPE

const COMMON_USER_KEYS = ['email', 'phone', 'first_name', 'last_name', 'zip_code', 'city', 'state', 'country'] as const
/** The user keys each event source sends; any other key is noise to TikTok for that source (left out). */
export const USER_KEYS: Readonly<Record<EventSource, readonly UserKey[]>> = {
  web: [...COMMON_USER_KEYS, 'external_id', 'ttp', 'ttclid', 'ip', 'user_agent', 'locale'],
  app: [...COMMON_USER_KEYS, 'ip', 'user_agent', 'locale', 'idfa', 'idfv', 'gaid', 'att_status'],
  offline: [...COMMON_USER_KEYS, 'external_id'],
  crm: [...COMMON_USER_KEYS, 'external_id']
}

const pick = (keys: readonly UserKey[]) => Object.fromEntries(keys.map((k) => [k, USER_SHAPE[k]]))

/** Every user key (the type every host handles); per source, USER_KEYS says which of them may go. */
export const TikTokUser = z.object(USER_SHAPE).strict()
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

const TikTokPage = z.object({ url: nonEmpty.optional(), referrer: nonEmpty.optional() }).strict()
const TikTokApp = z
  .object({ app_id: nonEmpty, app_name: nonEmpty.optional(), app_version: nonEmpty.optional() })
  .strict()
/** The ad an app event came from (Segment's TikTok App Events and RudderStack's tiktok_ads send these keys). */
export const TikTokAd = z
  .object({
    callback: nonEmpty.optional(),
    campaign_id: nonEmpty.optional(),
    ad_id: nonEmpty.optional(),
    creative_id: nonEmpty.optional(),
    is_retargeting: z.boolean().optional(),
    attributed: z.boolean().optional(),
    attribution_type: nonEmpty.optional(),
    attribution_provider: nonEmpty.optional()
  })
  .strict()
export type TikTokAd = z.infer<typeof TikTokAd>
const TikTokLead = z.object({ lead_id: nonEmpty.optional(), lead_event_source: nonEmpty.optional() }).strict()

const eventName = z.string().min(1, 'event name is required').max(50)
const COMMON_EVENT = {
  event: eventName,
  event_time: z.number().int('event_time must be whole Unix seconds').positive(),
  event_id: z.string().min(1).optional(),
  properties: TikTokProperties.optional()
}

/**
 * The shape of an event of any source: the type every host builds and handles. What one source may carry is the
 * stricter EVENT_SCHEMAS entry below, which every event is checked against before it is sent.
 */
export const TikTokEvent = z
  .object({
    ...COMMON_EVENT,
    user: TikTokUser.optional(),
    page: TikTokPage.optional(),
    app: TikTokApp.optional(),
    ad: TikTokAd.optional(),
    lead: TikTokLead.optional(),
    limited_data_use: z.boolean().optional()
  })
  .strict()
export type TikTokEvent = z.infer<typeof TikTokEvent>

const userFor = (source: EventSource) => z.object(pick(USER_KEYS[source])).strict().optional()

/** A web event: the pixel's; a page, browser ids, limited_data_use; any event name (custom names included). */
export const WebEvent = z
  .object({
    ...COMMON_EVENT,
    user: userFor('web'),
    page: TikTokPage.optional(),
    limited_data_use: z.boolean().optional()
  })
  .strict()

/** An app event (TikTok App ID): the app, the ad it came from, device ids and ATT status; app or custom names. */
export const AppEvent = z
  .object({
    ...COMMON_EVENT,
    user: userFor('app'),
    app: TikTokApp.optional(),
    ad: TikTokAd.optional(),
    limited_data_use: z.boolean().optional()
  })
  .strict()

const hasMatchKey = (user: unknown) => {
  const u = user as Record<string, unknown> | undefined
  return u !== undefined && (u.email !== undefined || u.phone !== undefined || u.external_id !== undefined)
}

/** An offline (store) event: standard names only, and at least one of email, phone or external_id to match. */
export const OfflineEvent = z
  .object({
    ...COMMON_EVENT,
    event: z.enum(OFFLINE_EVENT_NAMES, {
      error: 'offline events take TikTok standard event names only (Purchase, PlaceAnOrder, Contact, ...)'
    }),
    user: userFor('offline')
  })
  .strict()
  .refine((event) => hasMatchKey(event.user), {
    path: ['user'],
    message: 'offline events need user.email, user.phone or user.external_id to match anyone'
  })

/** A CRM (lead funnel) event: custom names (the CRM's stages) and the TikTok lead id. */
export const CrmEvent = z
  .object({
    ...COMMON_EVENT,
    event: eventName.refine((name) => tiktokSpelling(name) === undefined, {
      message: "CRM events take custom names (your CRM's stage, such as Qualified Lead), not a TikTok standard event"
    }),
    user: userFor('crm'),
    lead: z
      .object(
        {
          lead_id: z.string({ error: 'CRM events need lead.lead_id (the id from TikTok Leads Center)' }).min(1),
          lead_event_source: nonEmpty.optional()
        },
        { error: 'CRM events need lead.lead_id (the id from TikTok Leads Center)' }
      )
      .strict()
  })
  .strict()

/** What TikTok takes per event source, so a test or a fake can judge an event exactly as it will be sent. */
export const EVENT_SCHEMAS = { web: WebEvent, app: AppEvent, offline: OfflineEvent, crm: CrmEvent } as const

/** Paths whose violation means TikTok cannot take the event at all (every other field can be left out). */
export const REQUIRED_PATHS: Readonly<Record<EventSource, readonly string[]>> = {
  web: ['event', 'event_time'],
  app: ['event', 'event_time'],
  offline: ['event', 'event_time', 'user'],
  crm: ['event', 'event_time', 'lead', 'lead.lead_id']
}

const envelope = {
  event_source: EventSource,
  event_source_id: z.string().min(1, 'event_source_id (pixel code, TikTok App ID or event set id) is required'),
  test_event_code: nonEmpty.optional(),
  partner_name: nonEmpty.optional()
}
const dataOf = <T extends z.ZodType>(event: T) =>
  z
    .array(event)
    .min(1, 'data must hold at least one event')
    .max(MAX_EVENTS_PER_REQUEST, `data may hold at most ${MAX_EVENTS_PER_REQUEST} events`)
const bodyOf = <S extends EventSource, T extends z.ZodType>(source: S, event: T) =>
  z.object({ ...envelope, event_source: z.literal(source), data: dataOf(event) }).strict()

/** One request: one event source, one id; every event judged by its source's schema. */
export const TikTokRequestBody = z.discriminatedUnion('event_source', [
  bodyOf('web', WebEvent),
  bodyOf('app', AppEvent),
  bodyOf('offline', OfflineEvent),
  bodyOf('crm', CrmEvent)
])
/** The body every host builds: events of one source, of the general event type. */
export type TikTokRequestBody = {
  event_source: EventSource
  event_source_id: string
  test_event_code?: string
  partner_name?: string
  data: TikTokEvent[]
}

/**
 * The same request with its events taken as they are: for senders whose events were each checked against
 * their source's schema when they were built (the runner's queue holds only such events). Everything else is still
 * judged.
 */
export const TikTokRequestEnvelope = z
  .object({ ...envelope, data: z.array(z.unknown()).min(1).max(MAX_EVENTS_PER_REQUEST) })
  .strict()

/** TikTok answers every call with this envelope, usually with HTTP 200 even for errors. */
export const TikTokResponseEnvelope = z.object({
  code: z.number().int(),
  message: z.string(),
  request_id: z.string().optional(),
  data: z.unknown().optional()
})
export type TikTokResponseEnvelope = z.infer<typeof TikTokResponseEnvelope>
