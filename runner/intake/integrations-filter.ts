/**
 * Segment's and RudderStack's per-call `integrations` object turns destinations on and off:
 * `{ "TikTok Conversions": false }` keeps one call away from TikTok, `{ All: false, Mixpanel: true }` sends it only
 * to Mixpanel. Hosted CDPs filter before a destination sees the call; the relay is the server here, so it filters.
 * An entry naming TikTok wins over `All`; an object there (options such as `ttp`) means on.
 */

/** What senders call TikTok: ours, Segment's TikTok Conversions, RudderStack's TikTok Ads, and plain "TikTok". */
export const TIKTOK_INTEGRATION_NAMES = [
  'TikTok',
  'TikTok Events API',
  'TikTok Conversions',
  'TikTok Ads',
  'TIKTOK_ADS'
]

export function tiktokEnabled(integrations: unknown): boolean {
  if (typeof integrations !== 'object' || integrations === null) return true
  const flags = integrations as Record<string, unknown>
  let named = false
  for (const name of TIKTOK_INTEGRATION_NAMES) {
    if (!(name in flags)) continue
    if (flags[name] === false) return false
    named = true
  }
  return named || flags.All !== false
}
