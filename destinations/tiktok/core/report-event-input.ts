/**
 * What every host hands the core for one event: the `reportEvent` action's fields after mapping.
 * actions-core fills it from the field mappings a CDP user chose, the runner and the RudderStack host from the
 * pipelines' compiled mappings. Values are raw and loosely typed on purpose: normalising, hashing and validating
 * them is the core's job, done once for every host.
 */
export interface ContentInput {
  content_id?: string | number
  content_name?: string
  content_category?: string
  brand?: string
  price?: number | string
  quantity?: number | string
}

/** One typed id, as RudderStack's `context.externalId` lists them (`{ type: 'tiktokExternalId', id }`). */
export interface TypedExternalId {
  type?: string
  id?: string | number
}

/** Segment `context.consent.categoryPreferences`. */
export type CategoryPreferences = Record<string, boolean>

/** RudderStack `context.consentManagement`. */
export interface ConsentManagement {
  provider?: 'oneTrust' | 'ketch' | 'iubenda' | 'custom' | string
  allowedConsentIds?: string[]
  deniedConsentIds?: string[]
  resolutionStrategy?: 'and' | 'or' | string
}

/** Segment/RudderStack `context.device` (mobile SDKs). */
export interface DeviceInput {
  /** ios / android (any case). */
  type?: string
  /** The advertising id: IDFA on iOS, GAID on Android. */
  advertisingId?: string
  /** iOS: whether App Tracking Transparency allows tracking. */
  adTrackingEnabled?: boolean
  /** iOS: the vendor id (IDFV). */
  id?: string
  /** iOS: the ATT status the event names itself (AUTHORIZED, DENIED, NOT_DETERMINED, RESTRICTED, NOT_APPLICABLE). */
  attStatus?: string
  /** iOS: the ATT status as Segment's IDFA plugins write it (authorized, denied, notDetermined, restricted). */
  trackingStatus?: string
}

/** Segment/RudderStack `context.os` (mobile SDKs): the platform and its version (ATT needs iOS 14). */
export interface OsInput {
  name?: string
  version?: string | number
}

/** The ad an app event came from (TikTok's `ad`), e.g. from an attribution provider's Install Attributed event. */
export interface AdInput {
  callback?: string
  campaign_id?: string | number
  ad_id?: string | number
  creative_id?: string | number
  is_retargeting?: boolean | string
  attributed?: boolean | string
  attribution_type?: string
  attribution_provider?: string
}

/** Segment/RudderStack `context.app` (mobile SDKs). */
export interface AppInput {
  /** Bundle id / package name: TikTok's app_id unless mapped to something else. */
  namespace?: string
  name?: string
  version?: string | number
}

export interface ReportEventInput {
  /** TikTok event name; legacy names (CompletePayment, SubmitForm) are renamed per settings. */
  event: string
  /**
   * Where the event happened: web, app, offline or crm (or a RudderStack channel: mobile is app). Missing: the
   * destination's eventSource. Decides the id the event goes to and what it may carry (core/event-source.ts).
   */
  event_source?: string
  /** The pixel's own id when the page passed it, else the Segment messageId, so pixel and server copies merge. */
  event_id?: string | number
  /** ISO-8601 string, Unix seconds or Unix milliseconds. Missing: now. */
  timestamp?: string | number

  // Match keys, raw or already SHA-256 hex. Arrays allowed for the multi-valued keys.
  email?: string | string[]
  phone?: string | string[]
  external_id?: string | number | Array<string | number>
  /** Typed ids (RudderStack's context.externalId): those of type tiktokExternalId become external_id too. */
  typed_external_ids?: TypedExternalId[]
  /** Segment ids; `settings.externalIdSource` decides which of them also become external_id. */
  user_id?: string | number
  anonymous_id?: string | number
  first_name?: string
  last_name?: string
  /**
   * The user's traits object: where the core finds the other spellings of first_name, last_name, zip_code, city,
   * state and country (first_name, zip, postal_code, ...; see trait-spellings.ts) when those fields are empty.
   */
  user_traits?: Record<string, unknown>
  zip_code?: string | number
  city?: string
  state?: string
  country?: string

  // Browser identifiers and request facts (never hashed).
  ttp?: string
  /** An explicit click id (cookie, context, properties); the page URL and a same-host referrer win over it. */
  ttclid?: string
  ip?: string
  user_agent?: string
  locale?: string
  url?: string
  referrer?: string
  /** Mobile ad ids (user.idfa/idfv/gaid/att_status), for events from apps. */
  device?: DeviceInput
  /** The mobile platform and its version (context.os): iOS below 14 has no ATT. */
  os?: OsInput
  /** The ATT status the event names (properties.att_status, as RudderStack reads it); else derived (map-app.ts). */
  att_status?: string
  /** The app (TikTok's `app` object), sent when the event source is `app`. */
  app?: AppInput
  /** The ad an app event came from (TikTok's `ad` object), sent when the event source is `app`. */
  ad?: AdInput

  // Properties.
  contents?: ContentInput[]
  /** Product ids without contents (TikTok's content_ids); ignored when contents are sent (their ids are used). */
  content_ids?: Array<string | number>
  /** product or product_group; sent only with contents or content_ids (product when they come without one). */
  content_type?: string
  currency?: string
  /**
   * The order value: a number, a numeric string or unambiguous shop text ("$1,299.00"). Without one, the sum of
   * price x quantity over the contents (quantity 1 when missing), as TikTok's own server tag computes it.
   */
  value?: number | string
  num_items?: number | string
  order_id?: string | number
  shop_id?: string | number
  search_string?: string
  description?: string
  lead_id?: string
  /** The CRM the lead came from (lead.lead_event_source, e.g. HubSpot). */
  lead_event_source?: string
  /** Extra custom properties sent as-is (strings, numbers, booleans only). */
  custom_properties?: Record<string, unknown>

  // Consent inputs.
  consent_preferences?: CategoryPreferences
  consent_management?: ConsentManagement
  /** Global Privacy Control (`Sec-GPC: 1` / navigator.globalPrivacyControl). */
  gpc?: boolean
  /** Limited Data Use for this event (properties.limited_data_use); the setting can force it for every event. */
  limited_data_use?: boolean
}
