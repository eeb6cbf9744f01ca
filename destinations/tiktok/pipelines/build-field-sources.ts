/**
 * docs/field-sources.md: where each TikTok field is read from, written out from the reportEvent field defaults
 * themselves (`npm run manifest` writes it, `manifest:check` fails on a stale copy), so the documented precedence and
 * the code cannot drift (issue 13). What the core then does with the value (parsing, hashing, deriving) is stated
 * beside it, from CORE_RULES below.
 */
import { TRAIT_SPELLINGS } from '../core/trait-spellings.ts'
import type { JsonValue } from '../mapping/mapping-types.ts'
import { readFirstPaths } from './source-paths.ts'
import { tiktokPathOf } from './tiktok-targets.ts'

interface FieldLike {
  label: string
  default?: unknown
}

/** What the core does with a field after reading it (build-event.ts and the files it calls). */
const CORE_RULES: Record<string, string> = {
  event_source:
    "web, app, offline or crm in any case (a channel: mobile is app, browser is web; server and sources name no source) -> the request's event_source, and its id (pixelCode, appId, offlineEventSetId, crmEventSetId); none: app when the `device` field's type is ios or android in any case (a mobile app; web, blank or any other type is not one), else the eventSource setting; anything else: the same, reported (invalid_event_source). A source without an id refuses the event. Each source sends only the user keys TikTok uses for it (README, Event sources).",
  event:
    "TikTok's spelling for a standard name in any case (`purchase` -> Purchase, `PageView` -> Pageview; app events: the app names, `launchapp` -> LaunchAPP); CompletePayment -> Purchase and SubmitForm -> Lead unless renameLegacyEvents is off; other names are custom events and keep their case. Offline events take standard names only, CRM events custom names only (never respelt); otherwise, or with no name, the event is refused.",
  event_id: 'Sent as text.',
  timestamp:
    'ISO-8601, Unix seconds or milliseconds -> Unix seconds; missing: now (the relay corrects device clocks with sentAt first). Unreadable: the event is refused.',
  email: 'Trimmed, lower-cased, SHA-256; 64-hex digests pass. An address without `@` is dropped (invalid_email).',
  phone:
    "E.164 (libphonenumber) with the event's country, else defaultPhoneCountry, then SHA-256. Unparsable: dropped (invalid_phone).",
  external_id: 'Hashed; the tiktokExternalId entries and the Segment ids (externalIdSource) are added to it.',
  typed_external_ids: 'The ids of entries whose type is tiktokExternalId (any case) join external_id.',
  user_traits: 'Where the other spellings of names, postal code and location are looked up (see those fields).',
  first_name: 'Whitespace removed, lower-cased, SHA-256.',
  last_name: 'Whitespace removed, lower-cased, SHA-256.',
  zip_code: 'Spaces and dashes removed, lower-cased, SHA-256.',
  country:
    'ISO-3166 alpha-2 from an alpha-2 or alpha-3 code or a country name (i18n-iso-countries: en, de, fr, es, it, nl, pt); anything else is dropped (invalid_country).',
  ttclid: 'A ttclid in the page URL, then one in a same-host referrer, wins over these.',
  device:
    'App events: advertisingId -> idfa (iOS, upper-case) or gaid (Android, lower-case), only with ATT AUTHORIZED (or NOT_APPLICABLE with ad tracking on); an all-zero id is dropped; id -> idfv (iOS).',
  os: 'The platform when the device has no type; iOS below 14 -> att_status NOT_APPLICABLE.',
  att_status:
    'App events: TikTok values in any case, or authorized / denied / notDetermined / restricted; else NOT_APPLICABLE (iOS below 14, Android), AUTHORIZED / DENIED from adTrackingEnabled, else NOT_DETERMINED. Always sent, DENIED included.',
  app: 'App events: namespace -> app_id, name, version.',
  ad: 'App events: strings as text, is_retargeting and attributed as true/false.',
  lead_id: 'CRM events only, where it is required (else the event is refused).',
  lead_event_source: 'CRM events only.',
  contents:
    'Ids as text; price and quantity read as numbers ("$19.99", "1,299.00"); an item without an id is dropped (missing_content_id), an unreadable price or quantity only loses itself.',
  content_ids: 'Only when there are no contents (then the ids of the contents are sent).',
  content_type:
    'product or product_group (else product, invalid_content_type); `product` when missing; sent only with contents or content_ids.',
  currency: 'Upper-cased; one TikTok does not list is dropped with the value (unsupported_currency).',
  value:
    'Read as a number ("$1,299.00"); when none is given, the sum of price x quantity over the contents (quantity 1 when missing). Ambiguous ("1,299"), unreadable, or above 2^53 - 1 (1e308: out_of_range): dropped, and said.',
  num_items: 'A whole number; otherwise dropped (not_an_integer).',
  custom_properties: 'Strings, numbers and booleans are sent as properties; anything else is dropped (invalid_value).',
  consent_preferences: 'Checked against consentCategories.',
  consent_management: 'Checked against consentCategories (RudderStack consent ids).',
  gpc: 'Applied per gpcAction.',
  limited_data_use: 'true (or "true") sends limited_data_use: true; the limitedDataUse setting forces it.'
}

const bare = (path: string) => `\`${path.replace(/^\$\./, '')}\``

function isObject(value: unknown): value is Record<string, JsonValue> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A mapping-kit expression in words. */
export function describeExpr(expr: JsonValue): string {
  const paths = readFirstPaths(expr)
  if (paths) return paths.map(bare).join(' → ')
  if (Array.isArray(expr)) return `one item: ${expr.map(describeExpr).join('; ')}`
  if (!isObject(expr)) return `\`${JSON.stringify(expr)}\``
  if ('@literal' in expr) return `\`${JSON.stringify(expr['@literal'])}\``
  if ('@if' in expr && isObject(expr['@if'])) {
    const { exists, then, else: otherwise } = expr['@if']
    const first =
      JSON.stringify(exists) === JSON.stringify(then)
        ? describeExpr(then as JsonValue)
        : `${describeExpr(then as JsonValue)} when ${describeExpr(exists as JsonValue)} is present`
    return otherwise === undefined ? first : `${first}; else ${describeExpr(otherwise)}`
  }
  if (Array.isArray(expr['@arrayPath'])) {
    const [path, shape] = expr['@arrayPath']
    return `each item of ${bare(String(path))} (${describeExpr(shape as JsonValue)})`
  }
  if ('@template' in expr) return `the template \`${String(expr['@template'])}\``
  return Object.entries(expr)
    .map(([key, value]) => `${key}: ${describeExpr(value)}`)
    .join(', ')
}

export function renderFieldSources(fields: Record<string, FieldLike>): string {
  const lines = [
    '<!-- generated, do not edit: `npm run manifest` writes this file from destinations/tiktok/report-event/fields.ts. -->',
    '# Where each TikTok field is read from',
    '',
    'Every host reads a Segment-spec event (RudderStack sends the same shape) through the `reportEvent` field defaults',
    "below: the first place that holds a value wins (`→`). They read a superset of the places Segment's TikTok",
    "Conversions and RudderStack's tiktok_ads read. A pipeline entry for a field is read first and the default fills",
    'in when it finds nothing (pipelines/README.md); `traits.*` (top-level traits) is read only by pipelines that',
    'receive identify calls, and `search_string` only for Search. What the core does next is in the last column; a',
    'field dropped there is reported with its reason (intake `warnings`, `/metrics`, `preview`), never the event; the',
    "relay's answer and `preview` name it by the place it was read from (`properties.revenue`), `/metrics` by its",
    'TikTok field.',
    '',
    '| TikTok field | reportEvent field | read from (first present wins) | then the core |',
    '| --- | --- | --- | --- |'
  ]
  for (const [key, field] of Object.entries(fields)) {
    const source = field.default === undefined ? '(no default; map it)' : describeExpr(field.default as JsonValue)
    const spellings = TRAIT_SPELLINGS[key as keyof typeof TRAIT_SPELLINGS]
    const fallback = spellings ? `Still empty: \`user_traits\` ${spellings.map((s) => `\`${s}\``).join(' → ')}. ` : ''
    const rule = `${fallback}${CORE_RULES[key] ?? ''}`.trim().replace(/\|/g, '\\|')
    lines.push(`| ${tiktokPathOf(key)} | \`${key}\` (${field.label}) | ${source.replace(/\|/g, '\\|')} | ${rule} |`)
  }
  return `${lines.join('\n')}\n`
}
