/**
 * The admin token's guard against guessing: each client (its address as client-address.ts reads it, an IPv6 one by
 * its /64 as admin-guard.ts throttleClient says; so set trustProxy behind a proxy, or every visitor shares the
 * proxy's address) may give a wrong admin token MAX_FAILURES times in WINDOW_MS, by the console's sign-in form or an
 * `Authorization: Bearer` header; after that every try from that client, a right token included (else guessing
 * would go on), is answered 429 with Retry-After until its oldest counted failure is WINDOW_MS old. Other clients are
 * not affected, and a right token clears the client's failures. Per relay process: behind a load balancer over N
 * relays a client has N times the tries.
 */

/** Wrong tokens a client may give within WINDOW_MS before it must wait. */
export const MAX_FAILURES = 5
/** The window failures are counted over: 15 minutes. */
export const WINDOW_MS = 15 * 60_000
/** Clients tracked at most (each a few timestamps); past it, the clients tracked longest are forgotten first. */
const MAX_CLIENTS = 10_000

export interface TokenThrottle {
  /** Seconds `client` must wait before its next try (429 Retry-After); 0 when it may try now. */
  retryAfterSeconds(client: string, now?: number): number
  /** A wrong token from `client`. */
  failed(client: string, now?: number): void
  /** A right token from `client`: its failures are forgotten. */
  succeeded(client: string): void
}

export function createTokenThrottle(): TokenThrottle {
  const failures = new Map<string, number[]>()
  const recent = (client: string, now: number) => {
    const list = (failures.get(client) ?? []).filter((at) => at > now - WINDOW_MS)
    if (list.length === 0) failures.delete(client)
    else failures.set(client, list)
    return list
  }
  return {
    retryAfterSeconds(client, now = Date.now()) {
      const list = recent(client, now)
      return list.length < MAX_FAILURES ? 0 : Math.max(1, Math.ceil((list[0]! + WINDOW_MS - now) / 1000))
    },
    failed(client, now = Date.now()) {
      const list = recent(client, now)
      list.push(now)
      // Re-inserted: the Map's order is then oldest-touched first, the order clients are forgotten in.
      failures.delete(client)
      failures.set(client, list.slice(-MAX_FAILURES))
      while (failures.size > MAX_CLIENTS) failures.delete(failures.keys().next().value!)
    },
    succeeded(client) {
      failures.delete(client)
    }
  }
}
