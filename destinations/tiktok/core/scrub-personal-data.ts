/**
 * scrubPersonalData(event, settings): raw email addresses and phone numbers out of a built TikTok event's URLs and
 * free text, before any host stores or sends it. Match keys are hashed on purpose; a raw email in a page URL's query
 * (`?email=...`), or a phone number typed into a search box, would otherwise reach the queue, the dead letters and
 * TikTok, whose Events Manager diagnostics flag personal data in URLs. The rules (README "Security"):
 *
 * URLs (page.url, page.referrer, ad.callback, and custom properties whose value is an http(s) URL, or a query or
 * fragment such as context.page.search's `?first_name=...`):
 * - user:password@ before the host is removed;
 * - a path segment holding an email address becomes `redacted`;
 * - a query or fragment parameter is kept as it is when it is an ordinary one (utm_*, ttclid, gclid, gbraid, wbraid,
 *   dclid, fbclid, msclkid, twclid, li_fat_id, epik, sccid, irclickid, _gl: click ids are never personal data, and a
 *   click id must reach TikTok intact); otherwise its value becomes `redacted` when the parameter is named for an
 *   email (any name containing "email", or "mail"), a person's name (first_name, lastname, fullname, name, ...:
 *   the closed list in personal-name-keys.ts, in any case, separator or percent-encoding) or a phone (phone, tel,
 *   mobile, msisdn, cell, sms, whatsapp, with seven or more digits), or when the value (percent-decoded, twice) contains an email address or a phone number
 *   written as one. Everything else is left byte for byte.
 *
 * Event names (a custom event's, and every name an intake answer, a metric or the console shows): as product names.
 *
 * Free text: an email address becomes `[email redacted]`, a phone number `[phone redacted]`. In what people type
 * (properties.description, search_string, and a custom `query`) any valid phone number counts, bare digits
 * included; in product names, categories, brands and other custom strings only one written as a phone number does
 * (a leading + or (, or digit groups split by spaces, dots or dashes), so order numbers, SKUs and timestamps stay.
 * A custom property named for an email, a phone or a person's name (not bare `name`: the Segment spec's product
 * name) is redacted whole. Ids (order_id, shop_id, content ids, event_id)
 * are never touched: they must match across systems.
 *
 * A phone number is one libphonenumber calls valid (with settings.defaultPhoneCountry for national numbers) and
 * that is not a date or an IPv4 address. At most PHONE_CHECKS candidates are checked per event; past that, any
 * candidate written as a phone number is redacted unchecked, so a body full of digits cannot cost unbounded time.
 */
import type { TikTokEvent } from './contract.ts'
import { normalisePhone } from './normalise-phone.ts'
import { isPersonalNameKey } from './personal-name-keys.ts'

export interface ScrubSettings {
  defaultPhoneCountry?: string
}

const PHONE_CHECKS = 20
const KEEP_PARAMS = new Set(['ttclid', 'gclid', 'gbraid', 'wbraid', 'dclid', 'fbclid', 'msclkid', 'twclid'])
for (const p of ['li_fat_id', 'epik', 'sccid', 'irclickid', '_gl']) KEEP_PARAMS.add(p)
const EMAIL_NAME = /e-?mail|^mail$/i
const PHONE_NAME = /phone|(^|[_-])tel([_-]|$)|mobile|msisdn|(^|[_-])cell|sms|whatsapp/i
/**
 * A custom property scrubbed as a URL: an http(s) URL, or a query or fragment (Segment's page.search, `?a=b`). A
 * path stays free text: Segment's page.path carries no query, and free text's phone rule is the stricter there.
 */
const URL_LIKE = /^(https?:\/\/|[?#])/i
/**
 * A URL without either word, and without a percent-encoded letter of them (a..o: %4x, %6x, %254x, %256x), has no
 * parameter named for an email or a person's name: tested on the raw text, so a plain URL costs no decoding.
 */
const MAIL_OR_NAME = /mail|name|%(25)?[46][0-9a-f]/i
const PROSE_KEYS = new Set(['description', 'search_string', 'query'])
const STANDARD_KEYS = new Set(['contents', 'content_ids', 'content_type', 'currency', 'value', 'num_items'])
for (const k of ['search_string', 'description', 'order_id', 'shop_id']) STANDARD_KEYS.add(k)

/** An at-sign, raw or percent-encoded (once or twice). */
const AT = /@|%(25)?40/i
const LOCAL = /[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]/
const DOMAIN = /[A-Za-z0-9.-]/
const TLD = /\.[A-Za-z]{2,}$/

/** [start, end) of each email address in `text`, found from each '@' outwards (linear: no backtracking regex). */
function emailSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  for (let at = text.indexOf('@'); at > 0; at = text.indexOf('@', at + 1)) {
    let start = at
    while (start > 0 && at - start < 64 && LOCAL.test(text[start - 1]!)) start--
    let end = at + 1
    while (end < text.length && end - at < 254 && DOMAIN.test(text[end]!)) end++
    while (end > at + 1 && text[end - 1] === '.') end--
    if (start < at && TLD.test(text.slice(at + 1, end))) spans.push([start, end])
  }
  return spans
}

/** Phone candidates: a digit run with single separators, starting at a word boundary, 7 to 15 digits. */
const CANDIDATE = /(?<![\w+])(?:\+|\(\s?)?\d(?:[\s.()-]{0,2}\d){6,20}(?!\w)/g
const DATE_OR_IP = /^(\d{4}[-.]\d{1,2}[-.]\d{1,2}|\d{1,2}[-.]\d{1,2}[-.]\d{2,4}|\d{1,3}(\.\d{1,3}){3})$/
const WRITTEN = /^[+(]|\d[\s.()-]+\d/

interface Budget {
  checks: number
  country?: string
}

function phoneSpans(text: string, prose: boolean, budget: Budget): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  for (const m of text.matchAll(CANDIDATE)) {
    const candidate = m[0]
    const digits = candidate.replace(/\D/g, '').length
    if (digits < 7 || digits > 15 || DATE_OR_IP.test(candidate)) continue
    const written = WRITTEN.test(candidate)
    if (!written && !prose) continue
    const phone = budget.checks++ < PHONE_CHECKS ? normalisePhone(candidate, budget.country) !== undefined : written
    if (phone) spans.push([m.index, m.index + candidate.length])
  }
  return spans
}

function replaceSpans(text: string, spans: Array<[number, number]>, marker: string): string {
  let out = text
  for (const [start, end] of spans.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + marker + out.slice(end)
  return out
}

function scrubText(text: string, prose: boolean, budget: Budget): string {
  const noEmails = text.includes('@') ? replaceSpans(text, emailSpans(text), '[email redacted]') : text
  return hasSevenDigits(noEmails)
    ? replaceSpans(noEmails, phoneSpans(noEmails, prose, budget), '[phone redacted]')
    : noEmails
}

/** Linear: `\D*` and `\d` never compete for a character, so at most six passes over the text. */
const SEVEN_DIGITS = /\d\D*\d\D*\d\D*\d\D*\d\D*\d\D*\d/
const hasSevenDigits = (text: string) => SEVEN_DIGITS.test(text)

const decode = (raw: string): string => {
  // Most names and values are plain: decodeURIComponent costs more than the test.
  if (!raw.includes('%') && !raw.includes('+')) return raw
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '))
  } catch {
    return raw
  }
}

/** Whether a value (decoded twice: double-encoded emails are common in redirects) holds personal data. */
function personal(raw: string, budget: Budget): boolean {
  const once = decode(raw)
  for (const text of once.includes('%') ? [once, decode(once)] : [once]) {
    if (text.includes('@') && emailSpans(text).length > 0) return true
    if (hasSevenDigits(text) && phoneSpans(text, false, budget).length > 0) return true
  }
  return false
}

/** One `name=value` pair: itself, or `name=redacted`. */
function scrubPair(pair: string, budget: Budget): string {
  const eq = pair.indexOf('=')
  if (eq < 0 || eq === pair.length - 1) return pair
  const name = decode(pair.slice(0, eq)).trim().toLowerCase()
  if (KEEP_PARAMS.has(name) || name.startsWith('utm_')) return pair
  const value = pair.slice(eq + 1)
  const named =
    EMAIL_NAME.test(name) || isPersonalNameKey(name, true) || (PHONE_NAME.test(name) && hasSevenDigits(decode(value)))
  return named || personal(value, budget) ? `${pair.slice(0, eq)}=redacted` : pair
}

function scrubParams(params: string, budget: Budget): string {
  let out = ''
  for (let start = 0; start <= params.length; ) {
    const amp = params.indexOf('&', start)
    const end = amp < 0 ? params.length : amp
    out += (start > 0 ? '&' : '') + scrubPair(params.slice(start, end), budget)
    start = end + 1
  }
  return out
}

function scrubFragment(fragment: string, budget: Budget): string {
  if (!fragment.includes('=')) return personal(fragment, budget) ? 'redacted' : fragment
  // A hash router's "#/path?a=b", or "#a=b&c=d".
  const q = fragment.indexOf('?')
  return q < 0
    ? scrubParams(fragment, budget)
    : `${fragment.slice(0, q + 1)}${scrubParams(fragment.slice(q + 1), budget)}`
}

/** The URL with personal data removed by the rules above; anything not personal stays byte for byte. */
export function scrubUrl(url: string, settings: ScrubSettings = {}, budget: Budget = newBudget(settings)): string {
  // Nothing to find: no at-sign (raw or encoded), not seven digits, no parameter named for an email or a name.
  if (!AT.test(url) && !hasSevenDigits(url) && !MAIL_OR_NAME.test(url)) return url
  const hashAt = url.indexOf('#')
  const beforeHash = hashAt < 0 ? url : url.slice(0, hashAt)
  const queryAt = beforeHash.indexOf('?')
  let base = queryAt < 0 ? beforeHash : beforeHash.slice(0, queryAt)
  base = base.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#@]*@/i, '$1')
  const scheme = /^[a-z][a-z0-9+.-]*:\/\/[^/]*/i.exec(base)?.[0] ?? ''
  let path = base.slice(scheme.length)
  if (AT.test(path)) {
    path = path
      .split('/')
      .map((segment) => (AT.test(segment) && personal(segment, budget) ? 'redacted' : segment))
      .join('/')
  }
  let out = scheme + path
  if (queryAt >= 0) out += `?${scrubParams(beforeHash.slice(queryAt + 1), budget)}`
  if (hashAt >= 0) out += `#${scrubFragment(url.slice(hashAt + 1), budget)}`
  return out
}

const newBudget = (settings: ScrubSettings): Budget => ({ checks: 0, country: settings.defaultPhoneCountry })

/**
 * A sender's event name with email addresses and phone numbers (written as one) redacted, as in product names.
 * Names are labels people choose ("Signup jane@example.com" is a sender's bug, not a name): they reach TikTok as a
 * custom event's name, /metrics labels, intake answers and the console, none of which may carry raw personal data.
 */
export function scrubEventName(name: string, settings: ScrubSettings = {}): string {
  return scrubText(name, false, newBudget(settings))
}

/** Scrubs the event in place (its name, URLs, free text and custom string properties); see the rules above. */
export function scrubPersonalData(event: TikTokEvent, settings: ScrubSettings): void {
  const budget = newBudget(settings)
  if (typeof event.event === 'string') event.event = scrubText(event.event, false, budget)
  if (event.page?.url) event.page.url = scrubUrl(event.page.url, settings, budget)
  if (event.page?.referrer) event.page.referrer = scrubUrl(event.page.referrer, settings, budget)
  // An attribution callback is often a tracking URL, with whatever the install link carried.
  if (event.ad?.callback && /^https?:\/\//i.test(event.ad.callback)) {
    event.ad.callback = scrubUrl(event.ad.callback, settings, budget)
  }
  const props = event.properties as Record<string, unknown> | undefined
  if (!props) return
  for (const content of event.properties?.contents ?? []) {
    for (const key of ['content_name', 'content_category', 'brand'] as const) {
      const v = content[key]
      if (v !== undefined) content[key] = scrubText(v, false, budget)
    }
  }
  for (const [key, v] of Object.entries(props)) {
    if (typeof v !== 'string' || (STANDARD_KEYS.has(key) && !PROSE_KEYS.has(key))) continue
    const name = key.toLowerCase()
    const personalKey = EMAIL_NAME.test(name) || isPersonalNameKey(key, false)
    if (personalKey || (PHONE_NAME.test(name) && hasSevenDigits(v))) props[key] = '[redacted]'
    else if (URL_LIKE.test(v)) props[key] = scrubUrl(v, settings, budget)
    else props[key] = scrubText(v, PROSE_KEYS.has(key), budget)
  }
}
