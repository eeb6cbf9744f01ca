/**
 * The profiles the intake read or wrote lately, in memory, INCLUDING "this id has no profile": most track calls come
 * from people who never sent an identify, and asking SQLite each time cost more than building their event. Bounded
 * (oldest out first) and short-lived, so a second relay process writing the same data dir is seen within `ttlMs`.
 */
import type { HashedProfile } from './relay-store.ts'

export interface RecentProfiles {
  /** The cached answer (`null`: known to have none), or undefined when not cached. */
  get(key: string, now: number): HashedProfile | null | undefined
  set(key: string, profile: HashedProfile | null, now: number): void
}

export function createRecentProfiles(maxEntries = 100_000, ttlMs = 30_000): RecentProfiles {
  const entries = new Map<string, { profile: HashedProfile | null; until: number }>()
  return {
    get(key, now) {
      const hit = entries.get(key)
      if (!hit) return undefined
      if (hit.until > now) return hit.profile
      entries.delete(key)
      return undefined
    },
    set(key, profile, now) {
      entries.delete(key)
      entries.set(key, { profile, until: now + ttlMs })
      // Maps iterate in insertion order: the first key is the one set longest ago.
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value!)
    }
  }
}
