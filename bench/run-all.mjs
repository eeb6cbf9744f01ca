#!/usr/bin/env node
// Runs every bench/*.bench.ts (Bun; *.node.bench.ts under Node via tsx), one at a time so they do not compete for
// the two cores, collects their `BENCH {...}` lines and prints one table. Exits non-zero if a bench crashed.
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'

const only = process.argv.slice(2)
const files = readdirSync('bench')
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort()

const rows = []
let failed = 0
for (const file of files) {
  const path = join('bench', file)
  const [cmd, args] = file.endsWith('.node.bench.ts')
    ? // `-C require`: packages with a CommonJS entry (actions-core) load through it, as Segment runs them on Node.
      ['node', ['-C', 'require', '--import', 'tsx', path]]
    : ['node_modules/.bin/bun', [path]]
  process.stderr.write(`[bench] ${file} ...\n`)
  const started = Date.now()
  const run = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 300_000 })
  const found = (run.stdout ?? '')
    .split('\n')
    .filter((l) => l.startsWith('BENCH '))
    .map((l) => JSON.parse(l.slice(6)))
  if (run.status !== 0 || found.length === 0) {
    failed++
    process.stderr.write(`[bench] ${file} failed (exit ${run.status}):\n${(run.stderr ?? '').slice(-2000)}\n`)
  }
  for (const r of found) rows.push({ file, ...r })
  process.stderr.write(`[bench] ${file} done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`)
}

function meets(value, target) {
  const m = /^\s*(>=|<=|<|>)\s*([\d.,_]+)/.exec(String(target ?? ''))
  if (!m) return ''
  const t = Number(m[2].replace(/[,_]/g, ''))
  const ok = { '>=': value >= t, '<=': value <= t, '<': value < t, '>': value > t }[m[1]]
  return ok ? 'yes' : 'NO'
}

const fmt = (v) =>
  typeof v === 'number' ? (Math.abs(v) >= 100 ? Math.round(v).toLocaleString('en-US') : v.toFixed(2)) : String(v)
const table = [['issue', 'benchmark', 'value', 'unit', 'target', 'met']]
for (const r of rows)
  table.push([`#${r.issue}`, r.name, fmt(r.value), r.unit ?? '', r.target ?? '', meets(r.value, r.target)])
const widths = table[0].map((_, i) => Math.max(...table.map((row) => String(row[i]).length)))
const line = (row) => `| ${row.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`
console.log(line(table[0]))
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`)
for (const row of table.slice(1)) console.log(line(row))
process.exit(failed ? 1 : 0)
