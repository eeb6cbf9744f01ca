/**
 * Conformance of the console's sessions (console-sessions.ts): a session opened on one relay is open on every relay
 * of the store, a sign-out on one ends it on all, and an expired session is closed. Called by testStore, so SQLite
 * and PostgreSQL both run it.
 */
import { describe, expect, it } from 'vitest'
import type { Store } from '../store-interface.ts'

const HOUR = 3_600_000
const key = (n: number) => n.toString(16).padStart(64, '0')

/** `relays(n)`: n store instances on one fresh database (one for SQLite: a data dir has one relay). */
export function testConsoleSessions(relays: (n: number) => Promise<Store[]>, concurrentRelays: boolean): void {
  describe('console sessions', () => {
    it('a session opened on one relay is open on another until a sign-out on either ends it for both', async () => {
      const stores = await relays(concurrentRelays ? 2 : 1)
      const [a, b] = [stores[0]!, stores.at(-1)!]
      const now = Date.now()
      await a.consoleSessions.open(key(1), now + HOUR, now)
      await a.consoleSessions.open(key(2), now + HOUR, now)
      expect(await b.consoleSessions.isOpen(key(1), now)).toBe(true)
      expect(await b.consoleSessions.isOpen(key(3), now)).toBe(false)
      expect(await b.consoleSessions.end(key(1))).toBe(true)
      expect(await a.consoleSessions.isOpen(key(1), now)).toBe(false)
      expect(await b.consoleSessions.isOpen(key(1), now)).toBe(false)
      expect(await a.consoleSessions.end(key(1))).toBe(false)
      // Another browser's session is untouched.
      expect(await a.consoleSessions.isOpen(key(2), now)).toBe(true)
    })

    it('a session is closed once it expires, and opening another deletes expired ones', async () => {
      const [a] = await relays(1)
      const now = Date.now()
      await a!.consoleSessions.open(key(4), now + HOUR, now)
      expect(await a!.consoleSessions.isOpen(key(4), now + HOUR - 1)).toBe(true)
      expect(await a!.consoleSessions.isOpen(key(4), now + HOUR)).toBe(false)
      await a!.consoleSessions.open(key(5), now + 3 * HOUR, now + 2 * HOUR)
      // Deleted, not just past its time: ending it finds nothing.
      expect(await a!.consoleSessions.end(key(4))).toBe(false)
      expect(await a!.consoleSessions.isOpen(key(5), now + 2 * HOUR)).toBe(true)
    })
  })
}
