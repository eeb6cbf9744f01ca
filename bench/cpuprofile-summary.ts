/**
 * Reads a .cpuprofile of the relay (Bun's `--cpu-prof`) for bench/profile-intake.ts: self time per function, time per
 * function with its callees, and the JavaScript thread's time grouped by what the code does (the table in
 * docs/performance.md "Runner intake"). A frame of the runtime (no URL, or bun:/node:) is charged to its nearest
 * caller of ours and named in brackets: SQLite's own work shows as the statement's `run` under the function that
 * ran it. The groups go by function and file names of this tree; a renamed function lands in "other".
 */
import { readFileSync } from 'node:fs'

interface Profile {
  nodes: Array<{
    id: number
    callFrame: { functionName: string; url: string; lineNumber: number }
    children?: number[]
  }>
  startTime: number
  samples: number[]
  timeDeltas: number[]
}

/** One sample: our frames from the leaf up (`name file:line`), and the runtime's frame it was in, if any. */
interface Sample {
  frames: string[]
  native: string
}

const has = (s: Sample, part: string) => s.frames.some((f) => f.includes(part))

/** Groups that hold whatever runs under them (first match wins). */
const BY_CALLER: Array<[string, (s: Sample) => boolean]> = [
  [
    'delivery in dry-run: lease, request body, record',
    (s) => ['runner/delivery/', 'dry-run-requests.ts', 'queue-table.ts', 'requestText '].some((p) => has(s, p))
  ],
  ['intake COMMIT (group commit BEGIN/COMMIT)', (s) => /^transaction .*sqlite-driver/.test(s.frames[0] ?? '')],
  ['queue rows: JSON + multi-row INSERT', (s) => has(s, 'insertEvents ')],
  ['message claims: keys + one upsert per message', (s) => has(s, 'claimAndInsert ')],
  ['console tally', (s) => has(s, 'runner/console/') || has(s, 'sqlite-console-stats.ts')]
]
/** Groups of the code itself: the frame nearest the leaf that belongs to one decides. */
const BY_CODE: Array<[string, (frame: string) => boolean]> = [
  ['JSON.parse of the body', (f) => f.startsWith('parseJsonObject ')],
  [
    'message checks (types, depth, size)',
    (f) => f.includes('runner/intake/parse-messages.ts') || f.includes('nesting-depth.ts')
  ],
  ['core: build, hash, consent', (f) => f.includes('destinations/tiktok/core/') || f.includes('identity/profiles.ts')],
  [
    'pipelines: match and map',
    (f) =>
      f.includes('destinations/tiktok/pipelines/') ||
      f.includes('destinations/tiktok/mapping/') ||
      f.includes('build-routes.ts')
  ]
]
const OTHER = "other (handler, promises, Bun's HTTP, GC at the root)"

function groupOf(s: Sample): string {
  for (const [name, test] of BY_CALLER) if (test(s)) return name
  for (const frame of s.frames) for (const [name, test] of BY_CODE) if (test(frame)) return name
  return OTHER
}

/**
 * Prints the summary of the samples taken between `window` (epoch ms; the whole profile without one), the groups in
 * µs per event when `usPerEvent` (the JavaScript thread's CPU per event over the same window) is given.
 */
export function summarise(
  file: string,
  opts: { top?: number; root: string; window?: [number, number]; usPerEvent?: number }
): void {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map<number, number>()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const ours = (url: string) => url !== '' && !/^(bun|node):/.test(url)
  const names = new Map<number, string>()
  for (const { id, callFrame: c } of profile.nodes) {
    const file = c.url.replace(`file://${opts.root}`, '').replace(opts.root, '')
    names.set(id, `${c.functionName || '(anonymous)'} ${file}:${c.lineNumber + 1}`)
  }
  const samples: Sample[] = []
  let at = profile.startTime
  profile.samples.forEach((leaf, i) => {
    at += profile.timeDeltas[i] ?? 0
    if (opts.window && (at < opts.window[0] * 1000 || at > opts.window[1] * 1000)) return
    const sample: Sample = { frames: [], native: '' }
    for (let id: number | undefined = leaf; id !== undefined; id = parent.get(id)) {
      const frame = byId.get(id)!.callFrame
      if (ours(frame.url)) sample.frames.push(names.get(id)!)
      else if (sample.frames.length === 0 && !sample.native && frame.functionName && frame.functionName !== '(root)')
        sample.native = frame.functionName
    }
    samples.push(sample)
  })

  const self = new Map<string, number>()
  const inclusive = new Map<string, number>()
  const groups = new Map<string, number>()
  const add = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1)
  for (const s of samples) {
    const leaf = s.frames[0]
    add(self, leaf === undefined ? `(runtime at the root) ${s.native}` : s.native ? `${leaf} [${s.native}]` : leaf)
    for (const f of new Set(s.frames)) add(inclusive, f)
    add(groups, groupOf(s))
  }
  const total = samples.length
  const print = (title: string, m: Map<string, number>, top: number) => {
    console.log(`\n${title} (${total} samples)`)
    for (const [key, n] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top))
      console.log(`${((n / total) * 100).toFixed(1).padStart(5)}%  ${key}`)
  }
  print('self time', self, opts.top ?? 30)
  print('with callees', inclusive, opts.top ?? 30)
  console.log(`\nJavaScript thread by what the code does (${total} samples)`)
  for (const [name, n] of [...groups].sort((a, b) => b[1] - a[1])) {
    const us = opts.usPerEvent === undefined ? '' : `${((n / total) * opts.usPerEvent).toFixed(1).padStart(5)} µs  `
    console.log(`${us}${((n / total) * 100).toFixed(1).padStart(5)}%  ${name}`)
  }
}
