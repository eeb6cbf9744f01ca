/**
 * What the outage tests share: a relay process (`bun runner/cli.ts serve`) delivering to the fake TikTok on loopback,
 * fed over its intake with /v1/batch calls of 100 by clients that retry a call the relay did not answer 200 (as
 * Segment's SDKs do), and the counts a user would look at: what TikTok received per event_id, the relay's /metrics
 * and its log lines.
 */
import { type FakeTikTok, startFakeTikTok } from '../../fake-tiktok/server.ts'
import { type RelayProcess, startRelayProcess } from '../relay-process.ts'

export const WRITE_KEY = 'wk-delivery-outage'
export const OUTAGE_PIXEL = 'COUTAGETESTPIXEL0000'
const auth = `Basic ${Buffer.from(`${WRITE_KEY}:`).toString('base64')}`

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** The relays a test started, killed (SIGKILL) by `killAll` if the test left them running. */
export const started: RelayProcess[] = []

export function startRelay(dataDir: string, fake: FakeTikTok, env: Record<string, string> = {}): Promise<RelayProcess> {
  return startRelayProcess({
    RELAY_DATA_DIR: dataDir,
    TIKTOK_ACCESS_TOKEN: 'test-token',
    TIKTOK_PIXEL_CODE: OUTAGE_PIXEL,
    RELAY_WRITE_KEYS: WRITE_KEY,
    TIKTOK_API_URL: fake.url,
    ...env
  }).then((r) => {
    started.push(r)
    return r
  })
}

export async function killAll(): Promise<void> {
  for (const r of started.splice(0)) {
    if (r.proc.exitCode !== null || r.proc.signalCode !== null) continue
    const exited = new Promise((resolve) => r.proc.once('exit', resolve))
    r.proc.kill('SIGKILL')
    await exited
  }
}

/** kill -9, and wait until the process is gone. */
export async function kill9(relay: RelayProcess): Promise<void> {
  const exited = new Promise((resolve) => relay.proc.once('exit', resolve))
  relay.proc.kill('SIGKILL')
  await exited
}

export const fakeTikTok = (latencyMs = 0) => startFakeTikTok({ accessToken: 'test-token', latencyMs })

const purchase = (id: string) => ({
  type: 'track',
  event: 'Order Completed',
  messageId: id,
  userId: `user-${id}`,
  properties: { revenue: 25, currency: 'USD', order_id: id }
})

/** `count` message ids in /v1/batch calls of 100. */
export const batchesOf = (prefix: string, count: number) =>
  Array.from({ length: Math.ceil(count / 100) }, (_, b) =>
    Array.from({ length: Math.min(100, count - b * 100) }, (_, i) => `${prefix}-${b}-${i}`)
  )

/** POSTs one /v1/batch call; true if the relay answered 200 (the events are then committed). */
export async function postBatch(url: string, ids: string[]): Promise<boolean> {
  try {
    const res = await fetch(`${url}/v1/batch`, {
      method: 'POST',
      headers: { authorization: auth, 'content-type': 'application/json' },
      body: JSON.stringify({ batch: ids.map(purchase) })
    })
    await res.text()
    return res.status === 200
  } catch {
    return false
  }
}

/**
 * Sends every batch with `clients` in parallel, each retrying a call until the relay (whichever `url()` names now)
 * answers 200; `accepted` gets each acknowledged id; `afterEach` runs after each acknowledged call.
 */
export async function sendAll(
  url: () => string,
  batches: string[][],
  accepted: Set<string>,
  opts: { clients?: number; afterEach?: () => Promise<void> } = {}
): Promise<void> {
  let next = 0
  const client = async () => {
    while (next < batches.length) {
      const batch = batches[next++]!
      while (!(await postBatch(url(), batch))) await sleep(50)
      for (const id of batch) accepted.add(id)
      await opts.afterEach?.()
    }
  }
  await Promise.all(Array.from({ length: opts.clients ?? 4 }, client))
}

/** What TikTok received, against what the relay acknowledged. */
export function deliveryReport(fake: FakeTikTok, accepted: Set<string>) {
  const counts = fake.stats().eventIds
  const ids = Object.keys(counts)
  return {
    missing: [...accepted].filter((id) => !counts[id]),
    /** Copies beyond the first, summed over event_ids. */
    extraCopies: ids.reduce((n, id) => n + counts[id]! - 1, 0),
    /** Events TikTok received that no client sent (a duplicate under another event_id would show here). */
    strangers: ids.filter((id) => !accepted.has(id)),
    repeatsWithinRequest: fake.stats().repeatsWithinRequest
  }
}

/** The relay's JSON log lines (stderr) whose message contains `msg`. */
export const logLines = (relay: RelayProcess, msg: string): Array<Record<string, any>> =>
  relay
    .stderr()
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, any>)
    .filter((l) => String(l.msg).includes(msg))

/** The relay's circuit gauge for the test pixel: the state whose series is 1. */
export async function circuitState(relay: RelayProcess): Promise<string | undefined> {
  const text = await (await fetch(`${relay.url}/metrics`)).text()
  const m = new RegExp(`relay_delivery_circuit_state\\{pixel="${OUTAGE_PIXEL}",state="(\\w+)"\\} 1\\b`).exec(text)
  return m?.[1]
}
