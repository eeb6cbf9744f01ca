/**
 * Issue 18's actions-core target, measured side by side in one run: Segment's own TikTok Conversions destination
 * (@segment/action-destinations, its reportWebEvent action with its default presets) against our actions-core host
 * on the same mixed corpus (bench/mixed-corpus.ts: six Segment fixtures, 100 distinct events each).
 *
 * - Segment's runs every event on its own, as Segment runs that destination (it has no performBatch):
 *   `Destination.onEvent(event, { ...settings, subscription })` with the preset's subscription and mapping, so
 *   actions-core parses the subscription, checks the settings, maps, validates and sends one request per event.
 * - Ours runs each preset's events in one `Destination.onBatch` call, as Segment batches a destination that has
 *   performBatch: the same subscription parsing, mapping and validation per event, one request per batch.
 * - Both send to the fake TikTok (test/fake-tiktok, its own Bun process): each keeps TikTok's real URL
 *   (https://business-api.tiktok.com/..., written into Segment's code and our default API URL) and
 *   tiktok-loopback-agent.ts routes that host to the fake. The fake must have received every event of both
 *   sides (`receivedEvents`); it accepts ours and refuses Segment's bodies under our stricter contract (lower-case
 *   currency, empty strings for missing names), with HTTP 200 as TikTok answers, which Segment's action ignores.
 *
 * - A third side, "actions-core alone", runs our presets through the same `onBatch` with a performBatch that builds
 *   and sends nothing (it answers 200 for every payload): actions-core's own subscription parsing, mapping,
 *   removeEmptyValues and schema check of our 45 fields. Segment's figure over it is the ceiling of the ratio with
 *   these presets, whatever our own code and requests cost (a `reference` row, as perform-batch.node.bench.ts has).
 *
 * Figures are CPU time of this process (process.cpuUsage: user + system) per event, so the fake's work and other
 * processes on a shared machine count for neither side. Rounds alternate Segment, ours, actions-core alone, Segment,
 * ... on fresh events; each side's best round counts. `BENCH_SIDES=ours` (or any comma list of segment, ours, alone)
 * runs only those sides, e.g. to profile one (`node -C require --cpu-prof --import tsx` this file). Segment's destination loads the actions-core its package pins (installed beside it in
 * bench/segment-destinations), ours the root's; both versions are printed.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { Destination, type DestinationDefinition, type SegmentEvent } from '@segment/actions-core'
import { MultiStatusResponse } from '../destinations/tiktok/actions-core.ts'
import destination from '../destinations/tiktok/index.ts'
import { startFakeTikTokProcess } from './fake-tiktok-process.ts'
import { type CorpusGroup, mixedCorpus } from './mixed-corpus.ts'
import { routeTikTokToFake } from './tiktok-loopback-agent.ts'

const PER_FIXTURE = 100
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5)
const WARM_UP_ROUNDS = 3
// Segment's package lives in its own folder, installed on its first run here (npm ci from its lockfile), so the
// root install and the tests do not carry ~150 packages only this bench loads.
const SEGMENT_DIR = join(import.meta.dirname, 'segment-destinations')
if (!existsSync(join(SEGMENT_DIR, 'node_modules', '@segment', 'action-destinations'))) {
  const npm = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--ignore-scripts'], {
    cwd: SEGMENT_DIR,
    stdio: ['ignore', 'inherit', 'inherit']
  })
  if (npm.status !== 0) throw new Error(`npm ci in ${SEGMENT_DIR} failed (exit ${npm.status})`)
}
const require = createRequire(join(SEGMENT_DIR, 'package.json'))
// Only the TikTok Conversions destination's own files (the package's index loads every destination it has).
const SEGMENT_TIKTOK = '@segment/action-destinations/dist/destinations/tiktok-conversions/index.js'
const segmentTikTok = require(SEGMENT_TIKTOK).default as DestinationDefinition

/** The version of the package `name` as the file `from` resolves it (its entry's folder up to node_modules/name). */
function versionSeenFrom(from: string, name: string): string {
  const entry = createRequire(from).resolve(name)
  const root = entry.slice(0, entry.lastIndexOf(join('node_modules', name)) + join('node_modules', name).length)
  return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version
}
const versions = {
  segmentDestinations: versionSeenFrom(join(SEGMENT_DIR, 'package.json'), '@segment/action-destinations'), // resolved, not loaded
  actionsCoreOfSegment: versionSeenFrom(require.resolve(SEGMENT_TIKTOK), '@segment/actions-core'),
  actionsCoreOfOurs: versionSeenFrom(import.meta.filename, '@segment/actions-core')
}

const fakeUrl = await startFakeTikTokProcess()
routeTikTokToFake(new URL(fakeUrl).origin)
const fakeStats = async () =>
  (await (await fetch(new URL('/__fake/stats', fakeUrl))).json()) as { receivedEvents: number; acceptedEvents: number }

// Both keep TikTok's own URL (no apiUrl). Ours: the App ID sends the iOS purchase as the app event it is, and the
// search that carries a GPC signal goes with limited_data_use instead of being dropped, so every event is sent.
const settings = { accessToken: 'bench-token', pixelCode: 'CBENCHPIXEL' }
const ourSettings = { ...settings, appId: '7123456789', gpcAction: 'limited_data_use' }

const subscriptionOf = (definition: { name: string; presets?: DestinationDefinition['presets'] }, name: string) => {
  const preset = definition.presets?.find((p) => p.name === name)
  if (!preset || !('subscribe' in preset)) throw new Error(`${definition.name} has no preset ${name}`)
  return { subscribe: preset.subscribe, partnerAction: preset.partnerAction, mapping: preset.mapping }
}
const segment = new Destination(segmentTikTok)
const ours = new Destination(destination)
// Our definition and presets, with a performBatch that answers success for every payload and does nothing else.
const reportEvent = destination.actions.reportEvent!
const actionsCoreAlone: Pick<Destination, 'onBatch'> = new Destination({
  ...destination,
  actions: {
    ...destination.actions,
    reportEvent: {
      ...reportEvent,
      performBatch: async (_request, { payload }) => {
        const response = new MultiStatusResponse()
        for (let i = 0; i < payload.length; i++) response.pushSuccessResponse({ status: 200, sent: {}, body: {} })
        return response
      }
    }
  }
} as DestinationDefinition)

/** What went wrong in an onEvent/onBatch answer, if anything (an unsubscribed event, an error, a refused event). */
function problemIn(results: unknown[]): string | undefined {
  for (const result of results as Array<{
    output?: string
    error?: unknown
    multistatus?: Array<{ status: number }>
  }>) {
    if (result.output === 'not subscribed' || result.error) return JSON.stringify(result)
    const refused = result.multistatus?.find((entry) => entry.status !== 200)
    if (refused) return JSON.stringify(refused)
  }
  return undefined
}

async function runSegment(corpus: CorpusGroup[]): Promise<void> {
  for (const group of corpus) {
    const subscription = subscriptionOf(segmentTikTok, group.segmentPreset)
    for (const event of group.events) {
      const problem = problemIn(await segment.onEvent(event, { ...settings, subscription } as never))
      if (problem) throw new Error(`Segment's TikTok Conversions on ${group.segmentPreset}: ${problem}`)
    }
  }
}

/** Each preset's events in one onBatch of `host` (ours, or actions-core alone on our presets). */
const runBatches = (host: Pick<Destination, 'onBatch'>) =>
  async function runBatches(corpus: CorpusGroup[]): Promise<void> {
    for (const group of corpus) {
      const subscription = subscriptionOf(destination, group.ourPreset)
      const problem = problemIn(
        await host.onBatch(group.events as SegmentEvent[], { ...ourSettings, subscription } as never)
      )
      if (problem) throw new Error(`our presets on ${group.ourPreset}: ${problem}`)
    }
  }

/** CPU µs per event of one round, after checking the fake received every event of it (none, for `sends: false`). */
async function measured(run: (corpus: CorpusGroup[]) => Promise<void>, tag: string, sends = true): Promise<number> {
  const corpus = mixedCorpus(PER_FIXTURE, tag)
  const count = corpus.reduce((n, g) => n + g.events.length, 0)
  const before = await fakeStats()
  const cpu = process.cpuUsage()
  await run(corpus)
  const used = process.cpuUsage(cpu)
  const received = (await fakeStats()).receivedEvents - before.receivedEvents
  const expected = sends ? count : 0
  if (received !== expected) throw new Error(`${tag}: the fake received ${received} of ${expected} events`)
  return (used.user + used.system) / count
}

const SIDES = [
  { key: 'segment', run: runSegment, sends: true },
  { key: 'ours', run: runBatches(ours), sends: true },
  { key: 'alone', run: runBatches(actionsCoreAlone), sends: false }
].filter((side) => (process.env.BENCH_SIDES ?? 'segment,ours,alone').split(',').includes(side.key))
if (SIDES.length === 0) throw new Error('BENCH_SIDES names none of segment, ours, alone')
for (let w = 0; w < WARM_UP_ROUNDS; w++) {
  for (const side of SIDES) await measured(side.run, `warm-${side.key}-${w}`, side.sends)
}
const acceptedBefore = (await fakeStats()).acceptedEvents
const best: Record<string, number> = {}
for (let r = 0; r < ROUNDS; r++) {
  for (const side of SIDES) {
    best[side.key] = Math.min(
      best[side.key] ?? Number.POSITIVE_INFINITY,
      await measured(side.run, `${side.key}-${r}`, side.sends)
    )
  }
}
// Ours must have been accepted (the fake's contract holds); Segment's, under that contract, are not.
if (best.ours !== undefined) {
  const accepted = (await fakeStats()).acceptedEvents - acceptedBefore
  const oursSent = ROUNDS * 6 * PER_FIXTURE
  if (accepted < oursSent) throw new Error(`the fake accepted ${accepted} events, fewer than our ${oursSent}`)
}

const events = 6 * PER_FIXTURE
const bench = (row: Record<string, unknown>) => console.log(`BENCH ${JSON.stringify({ issue: 18, ...row })}`)
const us = (value: number) => Number(value.toFixed(1))
if (best.segment !== undefined) {
  bench({
    name: `Segment's TikTok Conversions, one event at a time, CPU per event (${events} mixed events)`,
    value: us(best.segment),
    unit: 'µs',
    target: 'info'
  })
}
if (best.ours !== undefined) {
  bench({
    name: `our actions-core host, one batch per preset, CPU per event (${events} mixed events)`,
    value: us(best.ours),
    unit: 'µs',
    target: 'info'
  })
}
if (best.alone !== undefined) {
  bench({
    name: `actions-core alone on our presets (performBatch sends nothing), CPU per event (${events} mixed events)`,
    value: us(best.alone),
    unit: 'µs',
    target: 'reference'
  })
}
if (best.segment !== undefined && best.ours !== undefined) {
  bench({
    name: "actions-core host vs Segment's TikTok Conversions, CPU per event (ratio)",
    value: Number((best.segment / best.ours).toFixed(2)),
    unit: 'x',
    target: '>= 20',
    segmentUsPerEvent: us(best.segment),
    oursUsPerEvent: us(best.ours),
    ...versions
  })
}
if (best.segment !== undefined && best.alone !== undefined) {
  bench({
    name: "ceiling of that ratio with these presets: Segment's CPU per event / actions-core alone's",
    value: Number((best.segment / best.alone).toFixed(2)),
    unit: 'x',
    target: 'reference'
  })
}
process.exit(0)
