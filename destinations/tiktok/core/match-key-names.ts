/**
 * The `user` fields TikTok matches people on. Hosts count coverage per name (how many events carried an email, a
 * ttclid, ...), which is what drives TikTok's Event Match Quality.
 */

/** Match keys that are normalised and SHA-256 hashed before they leave the core. */
export const HASHED_MATCH_KEYS = ['email', 'phone', 'external_id', 'first_name', 'last_name', 'zip_code'] as const
export type HashedMatchKeyName = (typeof HASHED_MATCH_KEYS)[number]

/** Every match key, hashed or sent plain (browser identifiers and request facts are never hashed). */
export const MATCH_KEY_NAMES = [
  ...HASHED_MATCH_KEYS,
  'city',
  'state',
  'country',
  'ttp',
  'ttclid',
  'ip',
  'user_agent',
  'idfa',
  'idfv',
  'gaid'
] as const
export type MatchKeyName = (typeof MATCH_KEY_NAMES)[number]
