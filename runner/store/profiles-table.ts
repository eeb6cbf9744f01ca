/**
 * Identity profiles: hashed match keys remembered per userId / anonymousId, so a later track call without traits
 * still reaches TikTok with them. Rows are keyed by SHA-256 of the id (a userId may itself be an email) and hold
 * only digests and plain city/state/country. Writes are buffered and committed with the next group commit, so an
 * identify costs no sync of its own; reads see buffered writes first, then recently used profiles in memory.
 */
import { createRecentProfiles } from './recent-profiles.ts'
import type { HashedProfile } from './relay-store.ts'
import type { SqlDatabase } from './sqlite-driver.ts'
import { profileKeyOf } from './store-keys.ts'

type Ids = { userId?: string; anonymousId?: string }
const SCALAR_KEYS = ['first_name', 'last_name', 'zip_code', 'city', 'state', 'country'] as const

/**
 * How many digests of each multi-valued match key a profile keeps, newest first (an identify that repeats an older
 * value moves it to the front). TikTok takes several per event and matches on any of them, so a person's previous
 * email still helps; but every extra one is also a chance to match someone else: a shared device's other users, or
 * a phone number the carrier has given to someone new (US carriers reassign millions of disconnected numbers a
 * year; the FCC's Reassigned Numbers Database exists for exactly this). So: three emails (a personal, a work, and
 * the one before), two phones (the current one and the one before), three external ids.
 */
export const KEEP_PER_KEY = { email: 3, phone: 2, external_id: 3 } as const
const ARRAY_KEYS = Object.keys(KEEP_PER_KEY) as Array<keyof typeof KEEP_PER_KEY>

type Kind = 'u' | 'a'
const keyOf = (kind: Kind, id: string) => `${kind}:${id}`

/** `next` over `base`: its digests first (newest), then base's others, each key cut to KEEP_PER_KEY. */
export function mergeProfiles(base: HashedProfile | undefined, next: HashedProfile): HashedProfile {
  const out: HashedProfile = { ...base }
  for (const k of ARRAY_KEYS) {
    const incoming = next[k]
    if (!incoming?.length) continue
    const merged = [...incoming, ...(out[k] ?? []).filter((v) => !incoming.includes(v))]
    out[k] = [...new Set(merged)].slice(0, KEEP_PER_KEY[k])
  }
  for (const k of SCALAR_KEYS) if (next[k]) out[k] = next[k]
  return out
}

export interface ProfilesTable {
  get(ids: Ids): HashedProfile | undefined
  merge(ids: Ids, profile: HashedProfile): void
  alias(previousId: string, userId: string): void
  /** Writes buffered changes; called inside the group-commit transaction. */
  flush(now: number): void
  hasPending(): boolean
}

export function createProfilesTable(db: SqlDatabase, onChange: () => void, now = Date.now): ProfilesTable {
  // Keyed by `u:<id>` / `a:<id>` in memory; the row key on disk is its SHA-256 (store-keys.ts, as PostgreSQL's).
  const pending = new Map<string, HashedProfile>()
  const recent = createRecentProfiles()

  const read = (key: string): HashedProfile | undefined => {
    const buffered = pending.get(key)
    if (buffered) return buffered
    const t = now()
    const cached = recent.get(key, t)
    if (cached !== undefined) return cached ?? undefined
    const row = db
      .prepare<{ profile_json: string }>('SELECT profile_json FROM profiles WHERE key = ?')
      .get(profileKeyOf(key))
    // Through the merge: a row stored before the limits were lowered is read within them.
    const profile = row ? mergeProfiles(undefined, JSON.parse(row.profile_json) as HashedProfile) : undefined
    recent.set(key, profile ?? null, t)
    return profile
  }
  const write = (key: string, profile: HashedProfile) => {
    const merged = mergeProfiles(read(key), profile)
    pending.set(key, merged)
    recent.set(key, merged, now())
    onChange()
  }

  return {
    get({ userId, anonymousId }) {
      const anon = anonymousId ? read(keyOf('a', anonymousId)) : undefined
      const user = userId ? read(keyOf('u', userId)) : undefined
      if (!anon) return user
      // The user's own keys win over what the anonymous visitor left.
      return user ? mergeProfiles(anon, user) : anon
    },
    merge({ userId, anonymousId }, profile) {
      if (userId) write(keyOf('u', userId), profile)
      if (anonymousId) write(keyOf('a', anonymousId), profile)
    },
    alias(previousId, userId) {
      // previousId is an earlier userId or an anonymousId; Segment does not say which.
      const previous = read(keyOf('u', previousId)) ?? read(keyOf('a', previousId))
      if (previous) write(keyOf('u', userId), previous)
    },
    flush(t) {
      const upsert = db.prepare(
        `INSERT INTO profiles (key, profile_json, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (key) DO UPDATE SET profile_json = excluded.profile_json, updated_at = excluded.updated_at`
      )
      for (const [key, profile] of pending) upsert.run(profileKeyOf(key), JSON.stringify(profile), t)
      pending.clear()
    },
    hasPending: () => pending.size > 0
  }
}
