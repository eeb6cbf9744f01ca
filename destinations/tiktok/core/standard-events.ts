/**
 * TikTok's standard event names (web, offline, CRM; and app) as of 2025, the renames TikTok made in May 2025, and
 * how a sender's spelling becomes the name TikTok counts. Names are case-sensitive at TikTok, so a standard name in
 * another case ("purchase", "ADDTOCART") is sent in TikTok's spelling; any other name is a custom event (reporting
 * and audiences only) and keeps its case. Source: ../shared/reference/tiktok-events-api.md.
 */
import type { CoreSettings } from './settings.ts'

export const STANDARD_EVENTS = [
  'AddPaymentInfo',
  'AddToCart',
  'AddToWishlist',
  'ApplicationApproval',
  'CompleteRegistration',
  'Contact',
  'CustomizeProduct',
  'Download',
  'FindLocation',
  'InitiateCheckout',
  'Lead',
  'Purchase',
  'Schedule',
  'Search',
  'StartTrial',
  'SubmitApplication',
  'Subscribe',
  'ViewContent',
  // Soft-deprecated until 2027, still accepted.
  'ClickButton',
  'PlaceAnOrder',
  // The page view, spelt as the pixel's ttq.page() and TikTok's own server tag (tiktok/gtm-template-eapi,
  // `page_view -> 'Pageview'`) send it: TikTok merges a pixel and a server copy only when the names are equal.
  'Pageview'
] as const
export type StandardEventName = (typeof STANDARD_EVENTS)[number]

/** App standard events (event source `app`), which differ from the web list. */
export const APP_STANDARD_EVENTS = [
  'AchieveLevel',
  'AddPaymentInfo',
  'AddToCart',
  'AddToWishlist',
  'Checkout',
  'CompleteTutorial',
  'CreateGroup',
  'CreateRole',
  'GenerateLead',
  'InAppADClick',
  'InAppADImpr',
  'InstallApp',
  'JoinGroup',
  'LaunchAPP',
  'LoanApplication',
  'LoanApproval',
  'LoanDisbursal',
  'Login',
  'Purchase',
  'Rate',
  'Registration',
  'Search',
  'SpendCredits',
  'StartTrial',
  'Subscribe',
  'UnlockAchievement',
  'ViewContent'
] as const

/** Old name -> current name. TikTok still converts the old names itself; renaming keeps reports on one name. */
export const LEGACY_EVENT_RENAMES: Readonly<Record<string, StandardEventName>> = {
  CompletePayment: 'Purchase',
  SubmitForm: 'Lead'
}

/**
 * The names an offline event may carry: TikTok's standard events (offline takes no custom names), the legacy names
 * TikTok still converts, but not the page view, which only a browser has.
 */
export const OFFLINE_EVENT_NAMES = [
  ...STANDARD_EVENTS.filter((name) => name !== 'Pageview'),
  ...(Object.keys(LEGACY_EVENT_RENAMES) as Array<'CompletePayment' | 'SubmitForm'>)
] as [string, ...string[]]

const STANDARD_SET: ReadonlySet<string> = new Set(STANDARD_EVENTS)

export function isStandardEvent(name: string): name is StandardEventName {
  return STANDARD_SET.has(name)
}

const byLowerCase = (names: readonly string[]) => new Map(names.map((name) => [name.toLowerCase(), name]))
/** Lower-cased name -> TikTok's spelling, for web/offline/CRM events (the legacy names included). */
const WEB_SPELLING = byLowerCase([...STANDARD_EVENTS, ...Object.keys(LEGACY_EVENT_RENAMES)])
/** The same for app events. */
const APP_SPELLING = byLowerCase([...APP_STANDARD_EVENTS, ...Object.keys(LEGACY_EVENT_RENAMES)])
/** Every name TikTok defines (web, app, legacy), for checking a pipeline that does not know its event source. */
const ANY_SPELLING = new Map([...APP_SPELLING, ...WEB_SPELLING])

/**
 * The name to send: trimmed; a standard name in TikTok's spelling whatever its case (the app list for event source
 * `app`); legacy names renamed unless settings.renameLegacyEvents is false; any other name unchanged. CRM events
 * take custom names only (the CRM's own stages), so their names are never respelt.
 */
export function resolveEventName(
  name: string,
  settings: Partial<Pick<CoreSettings, 'renameLegacyEvents' | 'eventSource'>> = {}
): string {
  const trimmed = typeof name === 'string' ? name.trim() : ''
  if (settings.eventSource === 'crm') return trimmed
  // Most events already carry TikTok's spelling: no lower-cased copy for them.
  if (settings.eventSource !== 'app' && STANDARD_SET.has(trimmed)) return trimmed
  const spelling = (settings.eventSource === 'app' ? APP_SPELLING : WEB_SPELLING).get(trimmed.toLowerCase())
  if (spelling === undefined) return trimmed
  if (settings.renameLegacyEvents !== false && Object.hasOwn(LEGACY_EVENT_RENAMES, spelling)) {
    return LEGACY_EVENT_RENAMES[spelling]!
  }
  return spelling
}

/** TikTok's spelling of a name it defines for any event source (any case), or undefined for a custom name. */
export function tiktokSpelling(name: string): string | undefined {
  return ANY_SPELLING.get(name.trim().toLowerCase())
}

/** Optimal string alignment distance (edits, with adjacent swaps counting as one): "Subscibe" -> "Subscribe" is 1. */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)])
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1)
      rows[i]![j] = d
    }
  }
  return rows[a.length]![b.length]!
}

/**
 * The TikTok name a misspelt one most likely meant ("Subscibe" -> "Subscribe", "Add To Cart" -> "AddToCart"),
 * when one is close enough (about a third of its letters); undefined otherwise.
 */
export function suggestEventName(name: string): string | undefined {
  const simple = name.toLowerCase().replace(/[\s_-]+/g, '')
  let best: string | undefined
  let bestDistance = Number.POSITIVE_INFINITY
  for (const [lower, spelling] of ANY_SPELLING) {
    const distance = editDistance(simple, lower)
    if (distance < bestDistance) {
      best = spelling
      bestDistance = distance
    }
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(simple.length / 3)) ? best : undefined
}
