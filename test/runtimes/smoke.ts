/**
 * The runtime smoke suite: the same checks under Bun, Deno and Node 20 (test/runtimes/run-all.mjs runs this file
 * with each). Prints `ok <check>` / `not ok <check>: <why>` per check and exits 1 when any failed.
 * Usage: <runtime> test/runtimes/smoke.ts --runtime bun|deno|node
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  buildRequestBodies,
  buildTikTokEvent,
  hashMatchKey,
  TikTokRequestBody
} from '../../destinations/tiktok/core/index.ts'
import { FIELD_DEFAULTS } from '../../destinations/tiktok/pipelines/field-defaults.ts'
import { loadPipelinesOrThrow } from '../../destinations/tiktok/pipelines/load-pipelines.ts'
import {
  evaluatePipeline,
  matchPipelines,
  preparePipelines
} from '../../destinations/tiktok/pipelines/run-pipelines.ts'
import type { FetchHandler, ServedRelay, ServeOptions } from '../../runner/adapters/served.ts'
import { createLogger } from '../../runner/log.ts'
import { startRelay } from '../../runner/main-relay.ts'
import { openPostgresStore } from '../../runner/store/postgres/postgres-store.ts'
import { startPostgres } from '../fixtures/postgres.ts'
import { abortMidBody, slowChunkedBody } from '../fixtures/raw-http.ts'

type Runtime = 'bun' | 'deno' | 'node'
const runtime = process.argv[process.argv.indexOf('--runtime') + 1] as Runtime
const ROOT = new URL('../../', import.meta.url)

const g = globalThis as { Bun?: { version: string }; Deno?: { version: { deno: string } } }
console.log(
  `runtime ${g.Bun ? `bun ${g.Bun.version}` : g.Deno ? `deno ${g.Deno.version.deno}` : `node ${process.version}`}`
)

let failed = 0
async function check(name: string, run: () => Promise<void> | void): Promise<void> {
  try {
    await run()
    console.log(`ok ${name}`)
  } catch (err) {
    failed++
    console.log(`not ok ${name}: ${err instanceof Error ? err.message : String(err)}`)
  }
}
function expectEqual(actual: unknown, expected: unknown, what: string): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`)
  }
}

/** This runtime's adapter, picked explicitly so each runtime proves its own (not the auto-selected one). */
async function adapterFor(name: Runtime): Promise<(h: FetchHandler, o: ServeOptions) => Promise<ServedRelay>> {
  if (name === 'bun') return (await import('../../runner/adapters/bun.ts')).serveWithBun
  if (name === 'deno') return (await import('../../runner/adapters/deno.ts')).serveWithDeno
  return (await import('../../runner/adapters/node.ts')).serveWithNode
}

const ORDER_COMPLETED = {
  type: 'track',
  event: 'Order Completed',
  messageId: `smoke-${runtime}-order`,
  // A minute ago: intake refuses events older than TikTok's 28-day window, so no fixed date.
  timestamp: new Date(Date.now() - 60_000).toISOString(),
  userId: 'user_123',
  properties: {
    revenue: 25,
    currency: 'EUR',
    products: [{ product_id: 'p-1', price: 19, quantity: 1 }]
  },
  context: { ip: '203.0.113.24', traits: { email: ' ALICE_abc@gmail.com ' } }
}

let requestBody: TikTokRequestBody | undefined

await check('hash vectors (email, phone, external_id)', async () => {
  expectEqual(
    await hashMatchKey('email', ' ALICE_abc@gmail.com '),
    '848a771458438fc2ec420560d769fb9b9b86851ee338ec56517baabd79d3bb4f',
    'email'
  )
  expectEqual(
    await hashMatchKey('phone', '(+1)2133734253'),
    '9f7ec22d72092cd3c0b58726ed9c2d91b92e51a3f29837508fb2948bb22dd2fd',
    'phone'
  )
  expectEqual(
    await hashMatchKey('external_id', 'user_123'),
    '80fba0ae1c48e3978e43e4efc365e14e12ea0c830ba8ba5b9a2dafc7e3f2ab8b',
    'external_id'
  )
})

await check('shipped pipelines load, compile and map an Order Completed', async () => {
  const dir = new URL('pipelines/', ROOT)
  const names = (await readdir(dir)).filter((n) => n.endsWith('.yaml')).sort()
  const sources = await Promise.all(
    names.map(async (n) => ({ path: n, text: await readFile(new URL(n, dir), 'utf8') }))
  )
  const runnable = preparePipelines(loadPipelinesOrThrow(sources, { fieldDefaults: FIELD_DEFAULTS }))
  const matched = matchPipelines(runnable, ORDER_COMPLETED)
  expectEqual(matched.length, 1, 'pipelines matching Order Completed')
  const built = await buildTikTokEvent(evaluatePipeline(matched[0], ORDER_COMPLETED), {
    eventSource: 'web',
    pixelCode: 'CSMOKE'
  })
  if (built.kind !== 'send') throw new Error(`event was dropped: ${built.reason}`)
  expectEqual(built.event.event, 'Purchase', 'event name')
  expectEqual(built.event.properties?.value, 25, 'value')
  expectEqual(
    built.event.user?.email,
    '848a771458438fc2ec420560d769fb9b9b86851ee338ec56517baabd79d3bb4f',
    'hashed email'
  )
  ;[requestBody] = buildRequestBodies([built.event], { pixelCode: 'CSMOKE' })
})

await check('request body fits the contract', () => {
  const parsed = TikTokRequestBody.safeParse(requestBody)
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.path.join('.')).join(', '))
  expectEqual(
    [requestBody?.event_source, requestBody?.event_source_id, requestBody?.data.length],
    ['web', 'CSMOKE', 1],
    'body'
  )
})

const dataDir = await mkdtemp(join(tmpdir(), `relay-smoke-${runtime}-`))
const configFile = join(dataDir, 'relay.yaml')
// A short body deadline, so the stalled-upload check takes a second, not ten.
await writeFile(configFile, 'limits:\n  bodyTimeoutMs: 1000\n')
let relay: Awaited<ReturnType<typeof startRelay>> | undefined
await check(`runner serves through the ${runtime} adapter in dry-run (store opened)`, async () => {
  relay = await startRelay(
    { port: 0, hostname: '127.0.0.1', configFile },
    { RELAY_DATA_DIR: dataDir },
    { serve: await adapterFor(runtime), log: createLogger(() => {}) }
  )
  if (!relay.dryRun) throw new Error('expected dry-run without a token')
})

await check('POST /v1/track is accepted', async () => {
  if (!relay) throw new Error('runner did not start')
  const res = await fetch(`${relay.url}/v1/track`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ORDER_COMPLETED)
  })
  const body = (await res.json()) as { success?: boolean; accepted?: number }
  expectEqual([res.status, body.success, body.accepted], [200, true, 1], 'status, success, accepted')
})

await check(`a browser's own call gets its address through the ${runtime} adapter`, async () => {
  if (!relay) throw new Error('runner did not start')
  const { context: _none, ...withoutContext } = ORDER_COMPLETED as Record<string, unknown>
  const res = await fetch(`${relay.url}/v1/t`, {
    method: 'POST',
    headers: { 'content-type': 'text/plain', origin: 'https://shop.example' },
    body: JSON.stringify({ ...withoutContext, messageId: 'smoke-browser-1' })
  })
  expectEqual(res.status, 200, 'status')
  // The worker records the would-be request after its linger (1 s by default).
  for (let tries = 0; tries < 60; tries++) {
    const { requests } = (await (await fetch(`${relay.url}/dry-run?limit=200`)).json()) as {
      requests: Array<{ body: { data: Array<{ event_id?: string; user?: { ip?: string } }> } }>
    }
    const event = requests.flatMap((r) => r.body.data).find((e) => e.event_id === 'smoke-browser-1')
    if (event) return expectEqual(event.user?.ip, '127.0.0.1', 'user.ip')
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error('the event never reached the dry-run record')
})

await check('GET /healthz answers ok in dry-run', async () => {
  if (!relay) throw new Error('runner did not start')
  const res = await fetch(`${relay.url}/healthz`)
  const body = (await res.json()) as { ok?: boolean; dryRun?: boolean }
  expectEqual([res.status, body.ok, body.dryRun], [200, true, true], 'status, ok, dryRun')
})

const rejectedFor = async (reason: string): Promise<number> => {
  const text = await (await fetch(`${relay!.url}/metrics`)).text()
  const m = new RegExp(`^relay_intake_rejected_total\\{reason="${reason}"\\} (\\d+)$`, 'm').exec(text)
  return m ? Number(m[1]) : 0
}
const healthAfterCache = async (): Promise<number> => {
  await new Promise((r) => setTimeout(r, 1100))
  return (await fetch(`${relay!.url}/healthz`)).status
}

await check(`an aborted upload through the ${runtime} adapter is counted and leaves /healthz at 200`, async () => {
  if (!relay) throw new Error('runner did not start')
  await abortMidBody(relay.url, '/v1/batch', { declaredBytes: 10_000, sentBytes: 400 })
  for (let tries = 0; tries < 100 && (await rejectedFor('body_aborted')) < 1; tries++) {
    await new Promise((r) => setTimeout(r, 50))
  }
  expectEqual(await rejectedFor('body_aborted'), 1, 'relay_intake_rejected_total{reason="body_aborted"}')
  expectEqual(await healthAfterCache(), 200, '/healthz')
})

await check(`a stalled chunked upload through the ${runtime} adapter gets 408 and leaves /healthz at 200`, async () => {
  if (!relay) throw new Error('runner did not start')
  const answer = await slowChunkedBody(relay.url, '/v1/batch', { everyMs: 100, giveUpMs: 20_000 })
  expectEqual(answer.status, 408, 'status')
  expectEqual(await rejectedFor('body_timeout'), 1, 'relay_intake_rejected_total{reason="body_timeout"}')
  expectEqual(await healthAfterCache(), 200, '/healthz')
})

await check('runner stops', async () => {
  await relay?.stop()
})
await rm(dataDir, { recursive: true, force: true })

await check(
  `the PostgreSQL store (pg client) on ${runtime}: enqueue with a claim, dedup, lease, ack, profiles`,
  async () => {
    const server = await startPostgres({ fsync: false })
    try {
      const url = await server.createDatabase('relay_smoke')
      const [a, b] = [await openPostgresStore(url), await openPostgresStore(url)]
      try {
        const route = { routeId: 'default', pixelCode: 'CSMOKE', eventSource: 'web' as const }
        const event = { event: 'Purchase', event_time: 1_763_884_800, event_id: `smoke-${runtime}` }
        const request = {
          claims: [{ routeId: 'default', messageId: `m-${runtime}` }],
          items: [{ route, event, claim: 0 }]
        }
        expectEqual(await a.enqueue(request), { duplicates: [], enqueued: 1 }, 'first enqueue')
        expectEqual(await b.enqueue(request), { duplicates: [0], enqueued: 0 }, 'the same messageId on another relay')
        const leased = await b.queue.lease('smoke', 10, Date.now(), Date.now() + 60_000)
        expectEqual(
          leased.map((e) => JSON.parse(e.eventJson).event_id),
          [`smoke-${runtime}`],
          'leased'
        )
        await b.queue.ack(leased.map((e) => e.id))
        await a.profiles.merge({ userId: 'u' }, { email: ['e'.repeat(64)] })
        expectEqual(await b.profiles.get({ userId: 'u' }), { email: ['e'.repeat(64)] }, 'profile read on another relay')
        expectEqual((await a.status()).counters.delivered, 1, 'delivered')
      } finally {
        await Promise.all([a.close(), b.close()])
      }
    } finally {
      server.remove()
    }
  }
)

console.log(failed === 0 ? 'SMOKE PASSED' : `SMOKE FAILED (${failed})`)
process.exit(failed === 0 ? 0 : 1)
