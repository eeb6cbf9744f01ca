/** The public surface of the TikTok core: pure, runtime-free, shared by every host. */
export { type BuiltEvent, buildTikTokEvent, buildTikTokEventSync, type EventSettings } from './build-event.ts'
export {
  buildRequestBodies,
  groupBySource,
  type RequestBodyOf,
  type RequestSettings,
  type SourceGroup
} from './build-requests.ts'
export { classifyResponse, type DeliveryResult, parseRetryAfter, RETRYABLE_CODES } from './classify-response.ts'
export {
  AppEvent,
  ATT_STATUSES,
  CrmEvent,
  EVENT_SCHEMAS,
  EVENT_SOURCES,
  EventSource,
  MAX_EVENTS_PER_REQUEST,
  OfflineEvent,
  TIKTOK_EVENTS_PATH,
  TIKTOK_EVENTS_URL,
  TikTokContent,
  TikTokCurrency,
  TikTokEvent,
  TikTokProperties,
  TikTokRequestBody,
  TikTokResponseEnvelope,
  TikTokUser,
  USER_KEYS,
  WebEvent
} from './contract.ts'
export { contractIssues, issuePath, toIssues } from './contract-issues.ts'
export { TIKTOK_CURRENCIES, type TikTokCurrencyCode, toTikTokCurrency } from './currencies.ts'
export {
  type ConsentDecision,
  type ConsentDropReason,
  type ConsentInput,
  type ConsentSettings,
  decideConsent
} from './decide-consent.ts'
export {
  ConfigurationError,
  DeliveryError,
  EventValidationError,
  type Issue,
  PermanentDeliveryError,
  RetryableDeliveryError
} from './errors.ts'
export {
  eventSourceIdFor,
  missingDefaultSourceId,
  readEventSource,
  SOURCE_ID_SETTINGS
} from './event-source.ts'
export {
  DROP_REASONS,
  type DropReason,
  type FieldWarning,
  NO_WARNINGS,
  warningLabel
} from './field-warning.ts'
export { generateTtp, TTP_SUFFIX, ttpTimestampMs } from './generate-ttp.ts'
export {
  externalIdCandidates,
  type HashedMatchKeys,
  hashMatchKey,
  hashMatchKeys,
  hashMatchKeysSync,
  type MatchKeyInput,
  type MatchKeySettings
} from './hash-match-keys.ts'
export {
  HASHED_MATCH_KEYS,
  type HashedMatchKeyName,
  MATCH_KEY_NAMES,
  type MatchKeyName
} from './match-key-names.ts'
export { normaliseCountry } from './normalise-country.ts'
export { normalisePhone } from './normalise-phone.ts'
export { type AmountReading, readAmount } from './read-amount.ts'
export type {
  CategoryPreferences,
  ConsentManagement,
  ContentInput,
  ReportEventInput,
  TypedExternalId
} from './report-event-input.ts'
export { type ClickIdSources, resolveClickId } from './resolve-click-id.ts'
export {
  DEFAULT_TIMEOUT_MS,
  type FetchFn,
  requestText,
  type SendOptions,
  sendCheckedEventJson,
  sendTikTokRequest
} from './send-request.ts'
export {
  CoreSettings,
  type CoreSettingsInput,
  ExternalIdSource,
  GpcAction
} from './settings.ts'
export { isSha256Hex, type Sha256HexFn, sha256Hex, sha256HexPure, sha256HexSync, useSha256Hex } from './sha256-hex.ts'
export {
  APP_STANDARD_EVENTS,
  isStandardEvent,
  LEGACY_EVENT_RENAMES,
  OFFLINE_EVENT_NAMES,
  resolveEventName,
  STANDARD_EVENTS,
  type StandardEventName,
  suggestEventName,
  tiktokSpelling
} from './standard-events.ts'
