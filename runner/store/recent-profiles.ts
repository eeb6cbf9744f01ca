/**
 * The profiles the intake read or wrote lately, in memory, INCLUDING "this id has no profile": most track calls come
 * from people who never sent an identify, and asking SQLite each time cost more than building their event. Bounded
 * (the core's two-generation memo: evicting one entry at a time from a full Map costs microseconds) and short-lived,
 * so a second relay process writing the same data dir is seen within `ttlMs`.
 */
import { RecentMemo } from '../../destinations/tiktok/core/recent-memo.ts'
import type { HashedProfile } from './relay-store.ts'

export interface RecentProfiles {
  /** The cached answer (`null`: known to have none), or undefined when not cached. */
  get(key: string, now: number): HashedProfile | null | undefined
  set(key: string, profile: HashedProfile | null, now: number): void
}

export function createRecentProfiles(maxEntries = 100_000, ttlMs = 30_000): RecentProfiles {
  const entries = new RecentMemo<{ profile: HashedProfile | null; until: number }>(maxEntries)
  return {
    get(key, now) {
      const hit = entries.get(key)
      return hit && hit.until > now ? hit.profile : undefined
    },
    set(key, profile, now) {
      entries.set(key, { profile, until: now + ttlMs })
    }
  }
}
