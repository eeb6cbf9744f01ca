/**
 * Our own share of an actions-core batch (issue 18): reportEvent.performBatch on payloads that actions-core's
 * mapping made once, beforehand, with a request client that answers TikTok's success at once. What is left is ours:
 * settings, consent, normalising and hashing, the contract check, grouping and request bodies, the multi-status
 * answer. Mixed corpus: the six Segment fixtures (test/fixtures/segment-events), 100 distinct events each (own
 * messageId, email and phone; bench/mixed-corpus.ts), each through its preset and in one batch per preset, as Segment batches them; the
 * iOS purchase is refused (no App ID in the settings), as it would be. Runs on Node, where Segment runs
 * destinations; best of five rounds (the bench machine is shared). The bench perform-batch.node.bench.ts measures
 * the whole host, mapping and HTTP included.
 */
import { Destination, MultiStatusResponse, type SegmentEvent } from '@segment/actions-core'
import destination from '../destinations/tiktok/index.ts'
import { presets } from '../destinations/tiktok/presets.generated.ts'
import { mixedCorpus } from './mixed-corpus.ts'

const PER_FIXTURE = 100
const ROUNDS = 5
const settings = { accessToken: 'bench-token', pixelCode: 'CBENCHPIXEL' }

const { reportEvent } = destination.actions
if (!reportEvent?.performBatch) throw new Error('reportEvent has no performBatch')

/** The payloads actions-core hands performBatch for `events` under the preset `presetName`. */
async function mapped(events: SegmentEvent[], presetName: string): Promise<unknown[]> {
  const mapping = presets.find((p) => p.name === presetName)?.mapping
  if (!mapping) throw new Error(`no preset ${presetName}`)
  let captured: unknown[] = []
  const capture = new Destination({
    ...destination,
    actions: {
      reportEvent: {
        ...reportEvent,
        performBatch: async (_request, { payload }) => {
          captured = payload
          const answer = new MultiStatusResponse()
          for (const _ of payload) answer.pushSuccessResponse({ status: 200, sent: {}, body: {} })
          return answer
        }
      }
    }
  })
  await capture.executeBatch('reportEvent', { events, mapping, settings })
  return captured
}

const batches: unknown[][] = []
for (const { events, ourPreset } of mixedCorpus(PER_FIXTURE, 'own')) batches.push(await mapped(events, ourPreset))
const eventCount = batches.reduce((n, b) => n + b.length, 0)

const ok = JSON.stringify({ code: 0, message: 'OK', request_id: 'bench', data: {} })
// actions-core's RequestClient answer, as far as post-request-body.ts reads it.
const request = (async () => ({ status: 200, content: ok, headers: new Headers() })) as never
const performBatch = reportEvent.performBatch
const run = async (payload: unknown[]) => performBatch(request, { payload, settings } as never)

async function round(): Promise<number> {
  const started = performance.now()
  for (const payload of batches) await run(payload)
  return performance.now() - started
}
for (let w = 0; w < 20; w++) await round() // JIT warm-up
let best = Number.POSITIVE_INFINITY
for (let r = 0; r < ROUNDS; r++) {
  let total = 0
  for (let i = 0; i < 20; i++) total += await round()
  best = Math.min(best, total / 20)
}
let bestCall = Number.POSITIVE_INFINITY
for (let r = 0; r < ROUNDS; r++) {
  const started = performance.now()
  for (let i = 0; i < 1000; i++) await run([batches[0]![0]])
  bestCall = Math.min(bestCall, (performance.now() - started) / 1000)
}

const bench = (name: string, value: number) =>
  console.log(
    `BENCH ${JSON.stringify({ issue: 18, name, value: Number(value.toFixed(2)), unit: 'µs', target: 'info' })}`
  )
bench(`our performBatch per event, ${eventCount} mixed events (mapping and HTTP excluded)`, (best * 1000) / eventCount)
bench('our performBatch, one-event batch, per call', bestCall * 1000)
process.exit(0)
