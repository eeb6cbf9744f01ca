/**
 * Several relay processes (`bun runner/cli.ts serve`) on one PostgreSQL database, delivering to one fake TikTok, and
 * the real @segment/analytics-node client in front of them with a fetch that plays the load balancer: each request
 * goes to the next relay in turn (a dead one refuses the connection, the SDK retries, the next relay takes it).
 * Every batch a relay answered 2xx is recorded as acknowledged, message by message.
 */
import { Analytics, FetchHTTPClient } from '@segment/analytics-node'
import pg from 'pg'
import type { FakeTikTok } from '../../fake-tiktok/server.ts'
import { type RelayProcess, startRelayProcess } from '../relay-process.ts'

export const WRITE_KEY = 'wk-cluster'
export const PIXEL = 'CCLUSTERPIXEL01'

export interface Cluster {
  relays: RelayProcess[]
  /** Starts one more relay on the same database (a restart of a killed one). */
  add(): Promise<RelayProcess>
  stop(): Promise<void>
}

export async function startCluster(
  databaseUrl: string,
  fake: FakeTikTok,
  n: number,
  env: Record<string, string> = {}
): Promise<Cluster> {
  const relays: RelayProcess[] = []
  const add = async () => {
    const relay = await startRelayProcess({
      RELAY_DATABASE_URL: databaseUrl,
      TIKTOK_ACCESS_TOKEN: 'test-token',
      TIKTOK_PIXEL_CODE: PIXEL,
      RELAY_WRITE_KEYS: `${WRITE_KEY}:server`,
      TIKTOK_API_URL: fake.url,
      RELAY_LINGER_MS: '20',
      ...env
    })
    relays.push(relay)
    return relay
  }
  try {
    // One at a time first: the first relay migrates the schema; the others then start together.
    await add()
    await Promise.all(Array.from({ length: n - 1 }, add))
  } catch (err) {
    await Promise.all(relays.map((r) => r.kill()))
    throw err
  }
  return {
    relays,
    add,
    async stop() {
      await Promise.all(relays.map((r) => r.stop(15_000)))
    }
  }
}

export interface SpreadClient {
  analytics: Analytics
  /** messageIds of every batch a relay answered 2xx for. */
  acknowledged: Set<string>
  /** Status of each answer, by relay URL ("refused" for a connection that failed). */
  answers: Map<string, Map<string, number>>
}

/** analytics-node whose requests go round robin over `targets()` (read per request: relays come and go). */
export function spreadClient(targets: () => string[], settings: { flushAt?: number; maxRetries?: number } = {}) {
  let next = 0
  const answers = new Map<string, Map<string, number>>()
  const count = (url: string, what: string) => {
    const m = answers.get(url) ?? new Map<string, number>()
    m.set(what, (m.get(what) ?? 0) + 1)
    answers.set(url, m)
  }
  const acknowledged = new Set<string>()
  const balancer = async (url: string, init: Parameters<typeof fetch>[1]) => {
    const list = targets()
    const target = list[next++ % list.length]!
    try {
      const res = await fetch(url.replace(/^https?:\/\/[^/]+/, target), init)
      count(target, String(res.status))
      if (res.status >= 200 && res.status < 300) {
        for (const m of JSON.parse(String(init?.body)).batch) acknowledged.add(m.messageId)
      }
      return res
    } catch (err) {
      count(target, 'refused')
      throw err
    }
  }
  const analytics = new Analytics({
    writeKey: WRITE_KEY,
    host: 'http://load-balancer.invalid',
    flushAt: settings.flushAt ?? 100,
    flushInterval: 50,
    maxRetries: settings.maxRetries ?? 1000,
    httpClient: new FetchHTTPClient(balancer as never)
  })
  return { analytics, acknowledged, answers }
}

/** One query against the shared database (the test's view of what the relays share). */
export async function sql<T = Record<string, any>>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query(text, values)).rows as T[]
  } finally {
    await client.end()
  }
}
