/**
 * Issue 3: pipelines. (1) Loading + compiling every shipped pipeline (YAML parse, schema, compile, closures), in
 * ms, files already read. (2) Per event, on one core: trigger matching over all shipped pipelines plus the mapping
 * of each matched pipeline (the runner's per-event pipeline work, before the core builds the TikTok event).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  evaluatePipeline,
  FIELD_DEFAULTS,
  loadPipelinesOrThrow,
  matchPipelines,
  preparePipelines
} from '../destinations/tiktok/pipelines/index.ts'

const root = join(import.meta.dir, '..')
const sources = readdirSync(join(root, 'pipelines'))
  .filter((name) => name.endsWith('.yaml'))
  .sort()
  .map((name) => ({ path: `pipelines/${name}`, text: readFileSync(join(root, 'pipelines', name), 'utf8') }))
const eventsDir = join(root, 'test', 'fixtures', 'pipelines', 'events')
const events = readdirSync(eventsDir)
  .sort()
  .map((name) => JSON.parse(readFileSync(join(eventsDir, name), 'utf8')) as Record<string, unknown>)

const compileAll = () => preparePipelines(loadPipelinesOrThrow(sources, { fieldDefaults: FIELD_DEFAULTS }))

/**
 * CPU time of this process (all its threads, so GC counts against us): on a shared, loaded machine it measures
 * the work per core, where wall time would measure the neighbours too. Wall time is printed beside it as info.
 */
const cpuMs = () => {
  const usage = process.cpuUsage()
  return (usage.user + usage.system) / 1000
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

// Compile: the relay does it once at startup. Cold first run as info; then 10 warm-up runs and the median of 30.
const coldStart = performance.now()
compileAll()
const coldMs = performance.now() - coldStart
for (let i = 0; i < 10; i++) compileAll()
const compileCpu: number[] = []
const compileWall: number[] = []
for (let i = 0; i < 30; i++) {
  const cpu = cpuMs()
  const wall = performance.now()
  compileAll()
  compileWall.push(performance.now() - wall)
  compileCpu.push(cpuMs() - cpu)
}

// Evaluate: every fixture event in turn against all shipped pipelines.
const prepared = compileAll()
let sink = 0
const evaluate = (count: number) => {
  for (let i = 0; i < count; i++) {
    const event = events[i % events.length]
    for (const matched of matchPipelines(prepared, event)) sink += Object.keys(evaluatePipeline(matched, event)).length
  }
}
evaluate(50_000)
const perRound = 200_000
const cpuRates: number[] = []
const wallRates: number[] = []
for (let round = 0; round < 5; round++) {
  const cpu = cpuMs()
  const wall = performance.now()
  evaluate(perRound)
  wallRates.push(perRound / ((performance.now() - wall) / 1000))
  cpuRates.push(perRound / ((cpuMs() - cpu) / 1000))
}
if (sink === 0) throw new Error('no event matched: the bench measured nothing')

const line = (name: string, value: number, unit: string, target: string) =>
  console.log(`BENCH ${JSON.stringify({ issue: 3, name, value: Math.round(value * 100) / 100, unit, target })}`)
const count = prepared.pipelines.length
line(`compile ${sources.length} shipped pipelines, CPU time (median of 30)`, median(compileCpu), 'ms', '< 50')
line(`compile ${sources.length} shipped pipelines, wall (median of 30, info)`, median(compileWall), 'ms', 'info')
line(`compile ${sources.length} shipped pipelines, wall, cold first run (info)`, coldMs, 'ms', 'info')
line(`match ${count} triggers + map, per CPU-second (median of 5)`, median(cpuRates), 'events/s', '>= 100000')
line(`match ${count} triggers + map, per wall second (median of 5, info)`, median(wallRates), 'events/s', 'info')
