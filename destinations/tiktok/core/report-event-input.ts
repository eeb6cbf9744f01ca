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
  /** Defaults to the Segment messageId so a pixel still on the page deduplicates. Numbers become strings. */
  event_id?: string | number
  /** ISO-8601 string, Unix seconds or Unix milliseconds. Missing: now. */
  timestamp?: string | number

  // Match keys, raw or already SHA-256 hex. Arrays allowed for the multi-valued keys.
  email?: string | string[]
  phone?: string | string[]
  external_id?: string | number | Array<string | number>
  /** Segment ids; `settings.externalIdSource` decides which of them also become external_id. */
  user_id?: string | number
  anonymous_id?: string | number
  first_name?: string
  last_name?: string
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
  /** The app (TikTok's `app` object), sent when the event source is `app`. */
  app?: AppInput

  // Properties.
  contents?: ContentInput[]
  content_type?: string
  currency?: string
  value?: number | string
  num_items?: number | string
  order_id?: string | number
  shop_id?: string | number
  search_string?: string
  description?: string
  lead_id?: string
  /** Extra custom properties sent as-is (strings, numbers, booleans only). */
  custom_properties?: Record<string, unknown>

  // Consent inputs.
  consent_preferences?: CategoryPreferences
  consent_management?: ConsentManagement
  /** Global Privacy Control (`Sec-GPC: 1` / navigator.globalPrivacyControl). */
  gpc?: boolean
  /** Force Limited Data Use for this event. */
  limited_data_use?: boolean
}
