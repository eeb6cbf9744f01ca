/**
 * The reportEvent action's fields: one per key of ReportEventInput, each with a default in actions-core mapping-kit
 * syntax for Segment-spec events. Compiled pipelines start from these defaults and override entries, so keys and
 * defaults are a shared contract (engineer C compiles against them): change them only compatibly.
 *
 * Only type imports from actions-core here, so Node and Deno (the runner, the generator) can load this file.
 */
import type { InputField } from '@segment/actions-core'
import type { ReportEventInput } from '../core/report-event-input.ts'
import { contentsDefault, contentTypeDefault, firstPresent, path } from './default-mappings.ts'

const contentProperties: Record<string, InputField> = {
  content_id: { label: 'Content ID', description: 'Product id or SKU.', type: 'string' },
  content_name: { label: 'Content Name', description: 'Product name.', type: 'string' },
  content_category: { label: 'Content Category', description: 'Product category.', type: 'string' },
  brand: { label: 'Brand', description: 'Product brand.', type: 'string' },
  price: { label: 'Price', description: 'Price of one item.', type: 'number' },
  quantity: { label: 'Quantity', description: 'Number of items.', type: 'number' }
}

const consentManagementProperties: Record<string, InputField> = {
  provider: { label: 'Provider', description: 'oneTrust, ketch, iubenda or custom.', type: 'string' },
  allowedConsentIds: { label: 'Allowed', description: 'Granted consent ids.', type: 'string', multiple: true },
  deniedConsentIds: { label: 'Denied', description: 'Denied consent ids.', type: 'string', multiple: true },
  resolutionStrategy: { label: 'Resolution', description: '"and" or "or" (custom provider).', type: 'string' }
}

export const fields = {
  event: {
    label: 'Event Name',
    description:
      'TikTok event name, e.g. Purchase or ViewContent (case-sensitive). CompletePayment and SubmitForm are renamed to Purchase and Lead unless the setting says otherwise.',
    type: 'string',
    required: true
  },
  event_id: {
    label: 'Event ID',
    description: 'Deduplication key shared with the TikTok pixel. Defaults to the Segment messageId.',
    type: 'string',
    default: path('$.messageId')
  },
  timestamp: {
    label: 'Timestamp',
    description: 'When the event happened (ISO-8601, Unix seconds or milliseconds). Sent as Unix seconds.',
    type: 'datetime',
    default: path('$.timestamp')
  },
  email: {
    label: 'Email',
    description: 'Email address(es), raw or SHA-256. Normalised and hashed before sending.',
    type: 'string',
    multiple: true,
    default: firstPresent('$.properties.email', '$.context.traits.email', '$.traits.email')
  },
  phone: {
    label: 'Phone',
    description: 'Phone number(s), raw or SHA-256. Turned into E.164 (default country from settings), then hashed.',
    type: 'string',
    multiple: true,
    default: firstPresent('$.properties.phone', '$.context.traits.phone', '$.traits.phone')
  },
  external_id: {
    label: 'External ID',
    description:
      'Your own id(s) for the person, hashed before sending. Leave empty to use the Segment user id and/or anonymous id chosen by the External ID Source setting.',
    type: 'string',
    multiple: true
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
    default: firstPresent('$.context.traits.firstName', '$.traits.firstName', '$.properties.first_name')
  },
  last_name: {
    label: 'Last Name',
    description: 'Hashed before sending.',
    type: 'string',
    default: firstPresent('$.context.traits.lastName', '$.traits.lastName', '$.properties.last_name')
  },
  zip_code: {
    label: 'Zip Code',
    description: 'Postal code, hashed before sending.',
    type: 'string',
    default: firstPresent('$.context.traits.address.postalCode', '$.traits.address.postalCode')
  },
  city: {
    label: 'City',
    description: 'Sent as is.',
    type: 'string',
    default: firstPresent('$.context.traits.address.city', '$.traits.address.city')
  },
  state: {
    label: 'State',
    description: 'Sent as is.',
    type: 'string',
    default: firstPresent('$.context.traits.address.state', '$.traits.address.state')
  },
  country: {
    label: 'Country',
    description: 'ISO-3166 alpha-2 country code.',
    type: 'string',
    default: firstPresent('$.context.traits.address.country', '$.traits.address.country')
  },
  ttp: {
    label: 'TikTok Browser ID (_ttp)',
    description: 'Raw value of the _ttp cookie, suffix included. Never hashed.',
    type: 'string',
    default: firstPresent('$.properties.ttp', '$.context.ttp', '$.integrations.TikTok.ttp')
  },
  ttclid: {
    label: 'TikTok Click ID',
    description:
      'Click id from a cookie or your own data. A ttclid in the page URL, or a same-host referrer, wins over it.',
    type: 'string',
    default: firstPresent('$.properties.ttclid', '$.context.ttclid', '$.integrations.TikTok.ttclid')
  },
  ip: { label: 'IP Address', description: 'Client IP address.', type: 'string', default: path('$.context.ip') },
  user_agent: {
    label: 'User Agent',
    description: 'Client user agent.',
    type: 'string',
    default: path('$.context.userAgent')
  },
  locale: { label: 'Locale', description: 'e.g. en-US.', type: 'string', default: path('$.context.locale') },
  url: { label: 'Page URL', description: 'Page URL.', type: 'string', default: path('$.context.page.url') },
  referrer: {
    label: 'Referrer',
    description: 'Page referrer.',
    type: 'string',
    default: path('$.context.page.referrer')
  },
  device: {
    label: 'Device (apps)',
    description:
      "The mobile SDK's context.device ({ type, advertisingId, adTrackingEnabled, id }): advertisingId becomes the IDFA (iOS) or GAID (Android), id the IDFV, adTrackingEnabled the ATT status. Sent raw; an all-zero id is left out. Not declared key by key, so an SDK's odd value never fails the event.",
    type: 'object',
    additionalProperties: true,
    default: path('$.context.device')
  },
  app: {
    label: 'App (apps)',
    description:
      "The mobile SDK's context.app ({ namespace, name, version }), sent as TikTok's app object when the event source is App: namespace (bundle id or package name) becomes app_id; map an object with your App Store id as namespace if TikTok knows your iOS app by that.",
    type: 'object',
    additionalProperties: true,
    default: path('$.context.app')
  },
  contents: {
    label: 'Contents',
    description: 'Products: properties.products, or the product the event itself describes.',
    type: 'object',
    multiple: true,
    properties: contentProperties,
    default: contentsDefault
  },
  content_type: {
    label: 'Content Type',
    description: 'product or product_group. Defaults to product when the event names products.',
    type: 'string',
    default: contentTypeDefault
  },
  currency: {
    label: 'Currency',
    description: 'ISO-4217 currency code.',
    type: 'string',
    default: path('$.properties.currency')
  },
  value: {
    label: 'Value',
    description: 'Order value: revenue, else total, value or price.',
    type: 'number',
    default: firstPresent('$.properties.revenue', '$.properties.total', '$.properties.value', '$.properties.price')
  },
  num_items: {
    label: 'Number of Items',
    description: 'Number of items.',
    type: 'integer',
    default: firstPresent('$.properties.num_items', '$.properties.quantity')
  },
  order_id: { label: 'Order ID', description: 'Order id.', type: 'string', default: path('$.properties.order_id') },
  shop_id: { label: 'Shop ID', description: 'Shop id.', type: 'string', default: path('$.properties.shop_id') },
  search_string: {
    label: 'Search String',
    description: 'The search query.',
    type: 'string',
    default: firstPresent('$.properties.query', '$.properties.search_string')
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
    default: path('$.properties.lead_id')
  },
  custom_properties: {
    label: 'Custom Properties',
    description: 'Extra properties sent as they are (strings, numbers and booleans only).',
    type: 'object',
    additionalProperties: true,
    defaultObjectUI: 'keyvalue'
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
    description: 'Send this event with limited_data_use: true.',
    type: 'boolean'
  }
} satisfies Record<keyof ReportEventInput, InputField>

/** `satisfies` above makes a missing or extra key (against ReportEventInput) a compile error. */
export type ReportEventFieldKey = keyof typeof fields
