/**
 * messageId dedup "where cheap": a bounded in-memory set of recently accepted ids per route. Catches SDK retries
 * of a request whose 200 was lost; anything older is left to TikTok's own event_id dedup.
 */
export interface RecentIds {
  /** True when the id was seen recently (and records it otherwise). */
  seen(id: string): boolean
  forget(id: string): void
}

export function createRecentIds(capacity = 100_000): RecentIds {
  // Two generations: when the young one fills, the old one is dropped. O(1) and no per-entry timers.
  let young = new Set<string>()
  let old = new Set<string>()
  return {
    seen(id) {
      if (young.has(id) || old.has(id)) return true
      if (young.size >= capacity / 2) {
        old = young
        young = new Set()
      }
      young.add(id)
      return false
    },
    forget(id) {
      young.delete(id)
      old.delete(id)
    }
  }
}
