/**
 * Mobile facts for app events, from what Segment's and RudderStack's mobile SDKs put in context.device and
 * context.app. The advertising id is the IDFA on iOS and the GAID on Android, sent raw as TikTok wants. It is left
 * out when the person opted out of ad tracking (adTrackingEnabled: false: ATT not granted, or Android's opt-out),
 * whatever id the SDK still reports, and when it is the all-zero id of a limited device. iOS also gives the vendor id
 * (IDFV); att_status is the event's own (properties.att_status, RudderStack's source) or else AUTHORIZED from
 * adTrackingEnabled: true, because `false` cannot tell denied from restricted or not asked.
 */
import { toText } from './coerce-value.ts'
import type { TikTokEvent, TikTokUser } from './contract.ts'
import type { AppInput, DeviceInput } from './report-event-input.ts'

const ZERO_ID = /^[0-]+$/
/** TikTok's att_status values. */
const ATT_STATUSES: ReadonlySet<string> = new Set([
  'AUTHORIZED',
  'DENIED',
  'NOT_DETERMINED',
  'RESTRICTED',
  'NOT_APPLICABLE'
])

type MobileIds = Pick<TikTokUser, 'idfa' | 'idfv' | 'gaid' | 'att_status'>

export function mapDevice(device: DeviceInput | undefined): MobileIds | undefined {
  if (typeof device !== 'object' || device === null) return undefined
  const platform = toText(device.type)?.toLowerCase()
  const adId = toText(device.advertisingId)
  const optedOut = device.adTrackingEnabled === false
  const usableAdId = adId !== undefined && !ZERO_ID.test(adId) && !optedOut ? adId : undefined
  const ids: MobileIds = {}
  if (platform === 'ios') {
    if (usableAdId) ids.idfa = usableAdId
    const idfv = toText(device.id)
    if (idfv !== undefined && !ZERO_ID.test(idfv)) ids.idfv = idfv
    // A status the event names itself says more than adTrackingEnabled (which cannot tell DENIED from RESTRICTED).
    const named = toText(device.attStatus)?.toUpperCase()
    if (named !== undefined && ATT_STATUSES.has(named)) ids.att_status = named
    else if (device.adTrackingEnabled === true) ids.att_status = 'AUTHORIZED'
  } else if (platform === 'android' && usableAdId) ids.gaid = usableAdId
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
