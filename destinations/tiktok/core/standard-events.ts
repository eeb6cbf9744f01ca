/**
 * TikTok's standard event names (web, offline, CRM) as of 2025, and the renames TikTok made in May 2025.
 * Custom names are allowed too (reporting and audiences only), so an unknown name is passed through, not rejected.
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
  // What the pixel sends for page views; Segment page calls become this.
  'PageView'
] as const
export type StandardEventName = (typeof STANDARD_EVENTS)[number]

/** Old name -> current name. TikTok still converts the old names itself; renaming keeps reports on one name. */
export const LEGACY_EVENT_RENAMES: Readonly<Record<string, StandardEventName>> = {
  CompletePayment: 'Purchase',
  SubmitForm: 'Lead'
}

const STANDARD_SET: ReadonlySet<string> = new Set(STANDARD_EVENTS)

export function isStandardEvent(name: string): name is StandardEventName {
  return STANDARD_SET.has(name)
}

/** The name to send: trimmed, legacy names renamed when the settings ask for it. Names are case-sensitive at TikTok. */
export function resolveEventName(
  name: string,
  settings: Partial<Pick<CoreSettings, 'renameLegacyEvents'>> = {}
): string {
  const trimmed = typeof name === 'string' ? name.trim() : ''
  if (settings.renameLegacyEvents !== false && Object.hasOwn(LEGACY_EVENT_RENAMES, trimmed)) {
    return LEGACY_EVENT_RENAMES[trimmed]
  }
  return trimmed
}
