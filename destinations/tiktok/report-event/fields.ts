/**
 * The reportEvent action's fields: one per key of ReportEventInput, each with a default in actions-core mapping-kit
 * syntax for Segment-spec events. Compiled pipelines start from these defaults (a pipeline's own entry is read
 * first, the default fills in), so keys and defaults are a shared contract: change them only compatibly.
 *
 * Where inputs are read (issue 13): each default reads a superset of the paths Segment's TikTok Conversions
 * (segmentio/action-destinations tiktok-conversions) and RudderStack's tiktok_ads (TikTokTrackV2.json and its
 * generic firstName/lastName/zipcode maps) read, in one documented order: the event's own properties, then the
 * user's traits (context.traits; top-level traits on identify calls), then the places only one peer reads. The
 * other spellings of names, postal code and location are looked up by the core in `user_traits`
 * (core/trait-spellings.ts), which keeps every default a short chain. docs/field-sources.md is generated from these
 * defaults and that list (`npm run manifest`).
 *
 * Numbers (value, price, quantity, num_items) are typed string: actions-core would refuse the whole event for
 * "$19.99" in a number field, while the core reads it (or drops that one field) and keeps the event.
 *
 * Only type imports from actions-core here, so Node and Deno (the runner, the generator) can load this file.
 */
import type { InputField } from '@segment/actions-core'
import type { ReportEventInput } from '../core/report-event-input.ts'
import { contentsDefault, firstPresent, path } from './default-mappings.ts'

/** A trait's default: the event's properties, then context.traits, then identify's top-level traits. */
const trait = (property: string, traitPath: string) =>
  firstPresent(`$.properties.${property}`, `$.context.traits.${traitPath}`, `$.traits.${traitPath}`)

const contentProperties: Record<string, InputField> = {
  content_id: { label: 'Content ID', description: 'Product id or SKU.', type: 'string' },
  content_name: { label: 'Content Name', description: 'Product name.', type: 'string' },
  content_category: { label: 'Content Category', description: 'Product category.', type: 'string' },
  brand: { label: 'Brand', description: 'Product brand.', type: 'string' },
  price: {
    label: 'Price',
    description: 'Price of one item: a number, or text such as "$19.99" or "1,299.00".',
    type: 'string'
  },
  quantity: { label: 'Quantity', description: 'Number of items.', type: 'string' }
}

const typedIdProperties: Record<string, InputField> = {
  type: { label: 'Type', description: 'The id type, e.g. tiktokExternalId.', type: 'string' },
  id: { label: 'ID', description: 'The id.', type: 'string' }
}

const consentManagementProperties: Record<string, InputField> = {
  provider: { label: 'Provider', description: 'oneTrust, ketch, iubenda or custom.', type: 'string' },
  allowedConsentIds: { label: 'Allowed', description: 'Granted consent ids.', type: 'string', multiple: true },
  deniedConsentIds: { label: 'Denied', description: 'Denied consent ids.', type: 'string', multiple: true },
  resolutionStrategy: { label: 'Resolution', description: '"and" or "or" (custom provider).', type: 'string' }
}

/** Where TikTok's ad keys are read: the names themselves, RudderStack's camelCase, Segment's Install Attributed. */
const adDefault = {
  callback: firstPresent('$.properties.callback', '$.properties.callBack'),
  campaign_id: firstPresent(
    '$.properties.campaign_id',
    '$.properties.campaignId',
    '$.properties.campaign.id',
    '$.properties.campaign.name',
    '$.context.campaign.id'
  ),
  ad_id: firstPresent('$.properties.ad_id', '$.properties.adId', '$.properties.campaign.ad_group'),
  creative_id: firstPresent('$.properties.creative_id', '$.properties.creativeId', '$.properties.campaign.ad_creative'),
  is_retargeting: firstPresent('$.properties.is_retargeting', '$.properties.isRetargeting'),
  attributed: path('$.properties.attributed'),
  attribution_type: firstPresent('$.properties.attribution_type', '$.properties.attributionType'),
  attribution_provider: firstPresent(
    '$.properties.attribution_provider',
    '$.properties.attributionProvider',
    '$.properties.provider',
    '$.context.referrer.type'
  )
}

const adProperties: Record<string, InputField> = {
  callback: { label: 'Callback', description: 'Callback information for attribution.', type: 'string' },
  campaign_id: { label: 'Campaign ID', description: 'The TikTok ad campaign id.', type: 'string' },
  ad_id: { label: 'Ad ID', description: 'The ad group id.', type: 'string' },
  creative_id: { label: 'Creative ID', description: 'The ad id.', type: 'string' },
  is_retargeting: { label: 'Is Retargeting', description: 'A retargeting user.', type: 'boolean' },
  attributed: { label: 'Attributed', description: 'Whether the event is attributed.', type: 'boolean' },
  attribution_type: { label: 'Attribution Type', description: 'The attribution type.', type: 'string' },
  attribution_provider: { label: 'Attribution Provider', description: 'The attribution provider.', type: 'string' }
}

export const fields = {
  event_source: {
    label: 'Event Source',
    description:
      "Where the event happened: web, app, offline or crm (a RudderStack channel works too: mobile is app; server names none). Each source goes to its own id (pixel code, TikTok App ID, offline or CRM event set id). By default the event's own properties.event_source (or eventSource), else RudderStack's channel. When this names no source: app for an event from a mobile app (the Device field's type is ios or android, any case; web, blank or any other type is not an app), else the destination's Event Source setting.",
    type: 'string',
    default: {
      '@if': {
        exists: { '@path': '$.properties.event_source' },
        // biome-ignore lint/suspicious/noThenProperty: `then` is mapping-kit's own key; this object is data.
        then: { '@path': '$.properties.event_source' },
        else: {
          '@if': {
            exists: { '@path': '$.properties.eventSource' },
            // biome-ignore lint/suspicious/noThenProperty: mapping-kit's key, as above.
            then: { '@path': '$.properties.eventSource' },
            // A mobile app's device type (ios, android) makes the event an app event in the core (app-device.ts),
            // when nothing here names a source: a mapping can only test that a field exists, not its value.
            else: { '@path': '$.channel' }
          }
        }
      }
    }
  },
  event: {
    label: 'Event Name',
    description:
      'TikTok event name, e.g. Purchase or ViewContent (case-sensitive). CompletePayment and SubmitForm are renamed to Purchase and Lead unless the setting says otherwise.',
    type: 'string',
    required: true
  },
  event_id: {
    label: 'Event ID',
    description:
      "Deduplication key shared with the TikTok pixel: the pixel's own id when the page passed it on (properties.event_id or eventId), else the Segment messageId.",
    type: 'string',
    default: firstPresent('$.properties.event_id', '$.properties.eventId', '$.messageId')
  },
  timestamp: {
    label: 'Timestamp',
    description: 'When the event happened (ISO-8601, Unix seconds or milliseconds). Sent as Unix seconds.',
    type: 'datetime',
    default: firstPresent('$.timestamp', '$.originalTimestamp')
  },
  email: {
    label: 'Email',
    description: 'Email address(es), raw or SHA-256. Normalised and hashed before sending.',
    type: 'string',
    multiple: true,
    default: firstPresent(
      '$.properties.email',
      '$.context.traits.email',
      '$.traits.email',
      '$.context.user.email',
      '$.properties.context.user.email'
    )
  },
  phone: {
    label: 'Phone',
    description: 'Phone number(s), raw or SHA-256. Turned into E.164 (default country from settings), then hashed.',
    type: 'string',
    multiple: true,
    default: firstPresent(
      '$.properties.phone',
      '$.context.traits.phone',
      '$.traits.phone',
      '$.properties.context.user.phone'
    )
  },
  external_id: {
    label: 'External ID',
    description:
      'Your own id(s) for the person, hashed before sending. The ids of type tiktokExternalId and the Segment user id and/or anonymous id (External ID Source setting) are added.',
    type: 'string',
    multiple: true
  },
  typed_external_ids: {
    label: 'Typed External IDs',
    description:
      "Typed ids ({ type, id }), RudderStack's context.externalId: the ids of type tiktokExternalId become external_id.",
    type: 'object',
    multiple: true,
    properties: typedIdProperties,
    default: path('$.context.externalId')
  },
  user_id: { label: 'User ID', description: 'Segment userId.', type: 'string', default: path('$.userId') },
  anonymous_id: {
    label: 'Anonymous ID',
    description: 'Segment anonymousId.',
    type: 'string',
    default: path('$.anonymousId')
  },
  first_name: {
    label: 'First Name',
    description: 'Hashed before sending.',
    type: 'string',
    default: trait('first_name', 'firstName')
  },
  last_name: {
    label: 'Last Name',
    description: 'Hashed before sending.',
    type: 'string',
    default: trait('last_name', 'lastName')
  },
  user_traits: {
    label: "User's Traits",
    description:
      "The user's traits: when First Name, Last Name, Zip Code, City, State or Country is empty, the core reads their other spellings here (first_name, firstname, zip, postal_code, city, ... as RudderStack reads them).",
    type: 'object',
    additionalProperties: true,
    default: firstPresent('$.context.traits', '$.traits')
  },
  zip_code: {
    label: 'Zip Code',
    description: 'Postal code, hashed before sending.',
    type: 'string',
    default: trait('address.postal_code', 'address.postalCode')
  },
  city: {
    label: 'City',
    description: 'Sent as is.',
    type: 'string',
    default: firstPresent(
      '$.properties.address.city',
      '$.context.traits.address.city',
      '$.traits.address.city',
      '$.properties.city'
    )
  },
  state: {
    label: 'State',
    description: 'Sent as is.',
    type: 'string',
    default: firstPresent(
      '$.properties.address.state',
      '$.context.traits.address.state',
      '$.traits.address.state',
      '$.properties.state'
    )
  },
  country: {
    label: 'Country',
    description: 'Country: an ISO-3166 code (alpha-2 or alpha-3) or a country name; sent as alpha-2.',
    type: 'string',
    default: firstPresent(
      '$.properties.address.country',
      '$.context.traits.address.country',
      '$.traits.address.country',
      '$.properties.country'
    )
  },
  ttp: {
    label: 'TikTok Browser ID (_ttp)',
    description: 'Raw value of the _ttp cookie, suffix included. Never hashed.',
    type: 'string',
    default: firstPresent(
      '$.properties.ttp',
      '$.context.ttp',
      '$.integrations.TikTok Conversions.ttp',
      '$.integrations.TikTok.ttp',
      '$.properties.context.user.ttp'
    )
  },
  ttclid: {
    label: 'TikTok Click ID',
    description:
      'Click id from a cookie or your own data. A ttclid in the page URL, or a same-host referrer, wins over it.',
    type: 'string',
    default: firstPresent(
      '$.properties.ttclid',
      '$.context.ttclid',
      '$.integrations.TikTok Conversions.ttclid',
      '$.integrations.TikTok.ttclid'
    )
  },
  ip: {
    label: 'IP Address',
    description: 'Client IP address.',
    type: 'string',
    default: firstPresent('$.context.ip', '$.properties.context.user.ip', '$.request_ip')
  },
  user_agent: {
    label: 'User Agent',
    description: 'Client user agent.',
    type: 'string',
    default: firstPresent('$.context.userAgent', '$.properties.context.user.userAgent')
  },
  locale: {
    label: 'Locale',
    description: 'e.g. en-US.',
    type: 'string',
    default: firstPresent('$.context.locale', '$.properties.context.user.locale')
  },
  url: {
    label: 'Page URL',
    description: "Page URL: the page's context, or properties.url (a server-side page call carries it there).",
    type: 'string',
    default: firstPresent('$.context.page.url', '$.properties.context.page.url', '$.properties.url')
  },
  referrer: {
    label: 'Referrer',
    description: 'Page referrer.',
    type: 'string',
    default: firstPresent('$.context.page.referrer', '$.properties.context.page.referrer', '$.properties.referrer')
  },
  device: {
    label: 'Device (apps)',
    description:
      "The mobile SDK's context.device ({ type, advertisingId, adTrackingEnabled, id }): a type of ios or android (any case) makes the event an app event unless Event Source names a source; advertisingId becomes the IDFA (iOS, upper-case) or GAID (Android, lower-case) when the person allows tracking, id the IDFV; adTrackingEnabled feeds the ATT status. An all-zero id is left out. Not declared key by key, so an SDK's odd value never fails the event.",
    type: 'object',
    additionalProperties: true,
    default: path('$.context.device')
  },
  os: {
    label: 'Operating System (apps)',
    description:
      "The mobile SDK's context.os ({ name, version }): the platform when context.device has no type, and the iOS version (below 14 the ATT status is NOT_APPLICABLE).",
    type: 'object',
    additionalProperties: true,
    default: path('$.context.os')
  },
  att_status: {
    label: 'ATT Status (iOS)',
    description:
      "App Tracking Transparency status: AUTHORIZED, DENIED, NOT_DETERMINED, RESTRICTED or NOT_APPLICABLE (Segment's IDFA plugins' authorized, denied, notDetermined, restricted work too). Empty: NOT_APPLICABLE below iOS 14 and on Android, else AUTHORIZED or DENIED from adTrackingEnabled, else NOT_DETERMINED. Always sent with app events, DENIED included; the advertising id goes only with AUTHORIZED (or NOT_APPLICABLE with tracking on).",
    type: 'string',
    default: firstPresent('$.properties.att_status', '$.context.device.attStatus', '$.context.device.trackingStatus')
  },
  ad: {
    label: 'Ad (apps)',
    description:
      "The ad an app event came from (TikTok's ad object, app events only): TikTok's own keys, RudderStack's camelCase ones, and an attribution provider's Install Attributed event (properties.provider, properties.campaign.name / ad_group / ad_creative, as TikTok's Segment app integration reads them) or the mobile SDK's context.referrer.type.",
    type: 'object',
    defaultObjectUI: 'keyvalue',
    properties: adProperties,
    default: adDefault
  },
  app: {
    label: 'App (apps)',
    description:
      "The mobile SDK's context.app ({ namespace, name, version }), sent as TikTok's app object with app events: namespace (bundle id or package name) becomes app_id; map an object with your App Store id as namespace if TikTok knows your iOS app by that.",
    type: 'object',
    additionalProperties: true,
    default: path('$.context.app')
  },
  contents: {
    label: 'Contents',
    description:
      "Products: TikTok's own properties.contents, else properties.products, else the product the event itself describes.",
    type: 'object',
    multiple: true,
    properties: contentProperties,
    default: contentsDefault
  },
  content_ids: {
    label: 'Content IDs',
    description: 'Product ids, when the event has no contents (the ids of the contents are sent otherwise).',
    type: 'string',
    multiple: true,
    default: path('$.properties.content_ids')
  },
  content_type: {
    label: 'Content Type',
    description: "product or product_group: the sender's own, else product. Sent only with contents or content_ids.",
    type: 'string',
    default: firstPresent('$.properties.content_type', '$.properties.contentType')
  },
  currency: {
    label: 'Currency',
    description: 'ISO-4217 currency code.',
    type: 'string',
    default: path('$.properties.currency')
  },
  value: {
    label: 'Value',
    description:
      'Order value: revenue, else total, else value; without one, the sum of price x quantity over the contents. A number, or text such as "$19.99" or "1,299.00".',
    type: 'string',
    default: firstPresent('$.properties.revenue', '$.properties.total', '$.properties.value')
  },
  num_items: {
    label: 'Number of Items',
    description: 'Number of items (a whole number).',
    type: 'string',
    default: firstPresent('$.properties.num_items', '$.properties.quantity')
  },
  order_id: {
    label: 'Order ID',
    description: 'Order id.',
    type: 'string',
    default: firstPresent('$.properties.order_id', '$.properties.orderId')
  },
  shop_id: {
    label: 'Shop ID',
    description: 'Shop id.',
    type: 'string',
    default: firstPresent('$.properties.shop_id', '$.properties.shopId')
  },
  search_string: {
    label: 'Search String',
    description: 'The search query.',
    type: 'string',
    default: firstPresent('$.properties.search_string', '$.properties.query')
  },
  description: {
    label: 'Description',
    description: 'Free text about the event.',
    type: 'string',
    default: path('$.properties.description')
  },
  lead_id: {
    label: 'Lead ID',
    description: 'TikTok lead id (CRM events).',
    type: 'string',
    default: firstPresent('$.properties.lead_id', '$.properties.leadId')
  },
  lead_event_source: {
    label: 'Lead Event Source',
    description: 'The CRM the lead comes from, e.g. HubSpot (CRM events).',
    type: 'string',
    default: firstPresent('$.properties.lead_event_source', '$.properties.leadEventSource')
  },
  custom_properties: {
    label: 'Custom Properties',
    description:
      "Extra properties sent as they are (strings, numbers and booleans only). By default the two TikTok's Segment integration sends: delivery_category and predicted_ltv.",
    type: 'object',
    additionalProperties: true,
    defaultObjectUI: 'keyvalue',
    default: {
      delivery_category: path('$.properties.delivery_category'),
      predicted_ltv: path('$.properties.predicted_ltv')
    }
  },
  consent_preferences: {
    label: 'Consent Preferences (Segment)',
    description: 'Segment context.consent.categoryPreferences, checked against the required consent categories.',
    type: 'object',
    additionalProperties: true,
    default: path('$.context.consent.categoryPreferences')
  },
  consent_management: {
    label: 'Consent Management (RudderStack)',
    description: 'RudderStack context.consentManagement.',
    type: 'object',
    additionalProperties: true,
    properties: consentManagementProperties,
    default: path('$.context.consentManagement')
  },
  gpc: {
    label: 'Global Privacy Control',
    description: 'true when the browser sent Sec-GPC: 1. What it does is set by the GPC Action setting.',
    type: 'boolean',
    default: path('$.context.gpc')
  },
  limited_data_use: {
    label: 'Limited Data Use',
    description: 'Send this event with limited_data_use: true (the Limited Data Use setting does it for every event).',
    type: 'boolean',
    default: path('$.properties.limited_data_use')
  }
} satisfies Record<keyof ReportEventInput, InputField>

/** `satisfies` above makes a missing or extra key (against ReportEventInput) a compile error. */
export type ReportEventFieldKey = keyof typeof fields
