/**
 * Mobile facts for app events, from what Segment's and RudderStack's mobile SDKs put in context.device, context.os
 * and context.app, and the ad an install came from.
 *
 * ATT status (iOS): the status the event names itself wins (att_status: TikTok's values in any case, or the
 * `trackingStatus` Segment's IDFA plugins set: authorized, denied, notDetermined, restricted); else NOT_APPLICABLE
 * below iOS 14 (context.os.version; Android is NOT_APPLICABLE too, as TikTok defines it); else the SDK's
 * adTrackingEnabled: true AUTHORIZED, false DENIED; else NOT_DETERMINED. This is the rule of TikTok's own Segment
 * integration (segmentio/action-destinations tiktok-app-events, `att_status: AUTO`). `false` cannot tell DENIED
 * from RESTRICTED or not asked, and DENIED is the answer that protects the person: TikTok then uses none of the
 * event's personal data to track them. The status always goes, DENIED included: TikTok must know.
 *
 * The advertising id goes only when the person allows tracking (AUTHORIZED; below iOS 14 or on Android, unless
 * adTrackingEnabled is false). Apple: without ATT authorization an app may not use the IDFA for tracking, and iOS
 * hands it out as all zeros; a real one beside a refusal is a stale copy the app should not have kept. Google Play:
 * an advertising id whose owner opted out of personalised ads may not be used to profile or target them (Android 12
 * zeroes it). So under DENIED the event goes with its status and without the id. An IDFA goes upper-case, a GAID
 * lower-case (TikTok's rule for raw ids); a SHA-256 digest passes lower-case. The IDFV is the vendor's own id and
 * goes as it is.
 */
import { toText } from './coerce-value.ts'
import { ATT_STATUSES, type AttStatus, type TikTokAd, type TikTokEvent, type TikTokUser } from './contract.ts'
import type { AdInput, AppInput, DeviceInput, OsInput } from './report-event-input.ts'
import { isSha256Hex } from './sha256-hex.ts'

const ZERO_ID = /^[0-]+$/
const TIKTOK_ATT: ReadonlySet<string> = new Set(ATT_STATUSES)
/** Segment's IDFA plugins' trackingStatus values (analytics-react-native plugin-idfa, analytics-swift). */
const SDK_ATT: Readonly<Record<string, AttStatus>> = {
  authorized: 'AUTHORIZED',
  denied: 'DENIED',
  notdetermined: 'NOT_DETERMINED',
  restricted: 'RESTRICTED'
}

type MobileIds = Pick<TikTokUser, 'idfa' | 'idfv' | 'gaid' | 'att_status'>
type Platform = 'ios' | 'android' | undefined

export interface MobileInput {
  device?: DeviceInput
  os?: OsInput
  att_status?: string
}

function platformOf(device: DeviceInput | undefined, os: OsInput | undefined): Platform {
  const named = (toText(device?.type) ?? toText(os?.name))?.toLowerCase()
  if (named === 'ios' || named === 'ipados' || named === 'iphone os') return 'ios'
  if (named === 'android') return 'android'
  return undefined
}

/** TikTok's value for a status written as TikTok, Segment's plugins or a person writes it; undefined if none. */
export function readAttStatus(raw: unknown): AttStatus | undefined {
  const text = toText(raw)
  if (text === undefined) return undefined
  const upper = text.toUpperCase().replace(/[\s-]+/g, '_')
  if (TIKTOK_ATT.has(upper)) return upper as AttStatus
  const key = text.toLowerCase().replace(/[\s_-]+/g, '')
  // Own keys only: "constructor" is a key of every object, not a status.
  return Object.hasOwn(SDK_ATT, key) ? SDK_ATT[key] : undefined
}

/** Major version below 14 ("12.4.1" -> true); undefined when there is no readable version. */
function belowIos14(version: unknown): boolean | undefined {
  const major = Number.parseInt(toText(version) ?? '', 10)
  return Number.isFinite(major) ? major < 14 : undefined
}

function attStatusOf(platform: Platform, input: MobileInput, device: DeviceInput): AttStatus | undefined {
  const named =
    readAttStatus(input.att_status) ?? readAttStatus(device.attStatus) ?? readAttStatus(device.trackingStatus)
  if (named) return named
  if (platform === 'android') return 'NOT_APPLICABLE'
  if (platform !== 'ios') return undefined
  if (belowIos14(input.os?.version) === true) return 'NOT_APPLICABLE'
  if (device.adTrackingEnabled === true) return 'AUTHORIZED'
  if (device.adTrackingEnabled === false) return 'DENIED'
  return 'NOT_DETERMINED'
}

/** The advertising id as TikTok takes it: a digest lower-case, a raw IDFA upper-case, a raw GAID lower-case. */
function adIdFor(platform: 'ios' | 'android', raw: string): string {
  if (isSha256Hex(raw)) return raw.toLowerCase()
  return platform === 'ios' ? raw.toUpperCase() : raw.toLowerCase()
}

export function mapDevice(input: MobileInput): MobileIds | undefined {
  const device = (typeof input.device === 'object' && input.device !== null ? input.device : {}) as DeviceInput
  const platform = platformOf(device, input.os)
  const ids: MobileIds = {}
  const status = attStatusOf(platform, input, device)
  if (status) ids.att_status = status
  const adId = toText(device.advertisingId)
  const tracking = status === 'AUTHORIZED' || (status === 'NOT_APPLICABLE' && device.adTrackingEnabled !== false)
  if (platform && adId !== undefined && !ZERO_ID.test(adId) && tracking) {
    if (platform === 'ios') ids.idfa = adIdFor('ios', adId)
    else ids.gaid = adIdFor('android', adId)
  }
  if (platform === 'ios') {
    const idfv = toText(device.id)
    if (idfv !== undefined && !ZERO_ID.test(idfv)) ids.idfv = idfv
  }
  for (const _ in ids) return ids
  return undefined
}

export function mapApp(app: AppInput | undefined): TikTokEvent['app'] {
  if (typeof app !== 'object' || app === null) return undefined
  const appId = toText(app.namespace)
  if (appId === undefined) return undefined
  const out: NonNullable<TikTokEvent['app']> = { app_id: appId }
  const name = toText(app.name)
  if (name !== undefined) out.app_name = name
  const version = toText(app.version)
  if (version !== undefined) out.app_version = version
  return out
}

/** true, "true", 1 -> true; false, "false", 0 -> false; anything else: not a flag. */
function toFlag(raw: unknown): boolean | undefined {
  if (raw === true || raw === 'true' || raw === 1) return true
  if (raw === false || raw === 'false' || raw === 0) return false
  return undefined
}

const AD_TEXT = ['callback', 'campaign_id', 'ad_id', 'creative_id', 'attribution_type', 'attribution_provider'] as const
const AD_FLAGS = ['is_retargeting', 'attributed'] as const

/** The ad an app event came from (install attribution), from what the mapping found; undefined when nothing. */
export function mapAd(ad: AdInput | undefined): TikTokAd | undefined {
  if (typeof ad !== 'object' || ad === null) return undefined
  const out: TikTokAd = {}
  for (const key of AD_TEXT) {
    const text = toText(ad[key])
    if (text !== undefined) out[key] = text
  }
  for (const key of AD_FLAGS) {
    const flag = toFlag(ad[key])
    if (flag !== undefined) out[key] = flag
  }
  for (const _ in out) return out
  return undefined
}
