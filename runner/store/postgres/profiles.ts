/**
 * Profile reads in PostgreSQL: one round trip for a whole request's lookups, and no cache in front (an identify on
 * one relay must enrich the next track on any other; a cached "no profile" would hide it). Writes go through the
 * group-commit rounds (write-round.ts).
 */
import { mergeProfiles } from '../profiles-table.ts'
import type { HashedProfile, ProfileIds } from '../store-interface.ts'
import { profileKey } from '../store-keys.ts'
import type { Connection } from './connect.ts'

export async function readProfiles(conn: Connection, list: ProfileIds[]): Promise<Array<HashedProfile | undefined>> {
  const wanted = list.map((ids) => ({
    anonymous: ids.anonymousId ? profileKey('a', ids.anonymousId) : undefined,
    user: ids.userId ? profileKey('u', ids.userId) : undefined
  }))
  const keys = [...new Set(wanted.flatMap((w) => [w.anonymous, w.user]).filter((k): k is string => !!k))]
  if (keys.length === 0) return list.map(() => undefined)
  const found = new Map<string, HashedProfile>()
  const rows = await conn.query<{ key: string; profile_json: string }>(
    'SELECT key, profile_json FROM profiles WHERE key = ANY($1::text[])',
    [keys]
  )
  for (const row of rows) found.set(row.key, JSON.parse(row.profile_json))
  return wanted.map(({ anonymous, user }) => {
    const anon = anonymous ? found.get(anonymous) : undefined
    const own = user ? found.get(user) : undefined
    if (!anon) return own
    // The user's own keys win over what the anonymous visitor left (as in profiles-table.ts).
    return own ? mergeProfiles(anon, own) : anon
  })
}
