/**
 * Whether an event comes from a mobile app: the one rule behind the app event source (build-event.ts) and the
 * shipped pipelines' "in an app" triggers (login, registration, checkout; their web twins test the opposite).
 *
 * An app event is one whose `context.device.type` is `ios` or `android`, in any case: what every Segment mobile SDK
 * (analytics-ios, analytics-swift, analytics-android, analytics-kotlin, React Native, Flutter: `ios`, `android`) and
 * every RudderStack one (iOS, Android, React Native, Flutter: `iOS`, `Android`) sets. TikTok app events are for iOS
 * and Android apps (a TikTok App ID is one of those). Anything else is not an app: `web`, `""`, `0`, `{}`, macOS,
 * tvOS or watchOS builds of the Swift SDKs (`macos`, `tvos`, `watchos`), a server that copies a browser's context.
 * `context.os.name` alone decides nothing: user-agent enrichment fills it for mobile browsers too, and a trigger
 * (Segment FQL, which has no "or" across two fields inside a condition list) could not follow such a rule.
 */

/** The device types of a mobile app, lower-case. */
export const APP_DEVICE_TYPES = ['ios', 'android'] as const

/** Whether `device` (the event's context.device, as mapped) is a mobile app's; any value is safe to pass. */
export function isAppDevice(device: unknown): boolean {
  if (typeof device !== 'object' || device === null) return false
  const type = (device as { type?: unknown }).type
  return typeof type === 'string' && (APP_DEVICE_TYPES as readonly string[]).includes(type.trim().toLowerCase())
}

/**
 * The spellings a trigger lists for the app device types (FQL compares strings exactly): as Segment's SDKs write
 * them (`ios`, `android`), as RudderStack's do (`iOS`, `Android`), and upper case.
 */
export const APP_DEVICE_TYPE_SPELLINGS: readonly string[] = ['ios', 'iOS', 'IOS', 'android', 'Android', 'ANDROID']
