/**
 * Issue 17: `tiktok-events-relay import` of a generated 1,000,000-row offline sales CSV (order id, date, email,
 * phone, name, zip, total, currency, store) into the SQLite queue, through the same reader, core and store
 * interface the command uses. Prints rows/s and the peak RSS of the process (sampled every 50 ms while importing),
 * which must stay flat: rows are streamed and queued in chunks, never held. Also prints the CPU time (user + system,
 * every thread) and the bytes the process wrote to storage (`/proc/self/io` write_bytes: the WAL, checkpoints into
 * the database file) per row: on a shared machine rows/s swings with the load, these two much less.
 * Run with `npm run bench` (or `node_modules/.bin/bun bench/import.bench.ts`); BENCH_ROWS sets the row count.
 */
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { installNativeSha256 } from '../destinations/tiktok/native-sha256.ts'
import { DEFAULT_MAP } from '../runner/import/column-map.ts'
import { readCsv } from '../runner/import/read-rows.ts'
import { runImport } from '../runner/import/run-import.ts'
import { openStore } from '../runner/store/open-store.ts'

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000)
const dir = mkdtempSync(join(tmpdir(), 'import-bench-'))
const file = join(dir, 'sales.csv')

async function generate(): Promise<void> {
  const out = createWriteStream(file)
  const write = (text: string) =>
    out.write(text) ? undefined : new Promise<void>((resolve) => out.once('drain', () => resolve()))
  await write('Order ID,Order Date,Email,Phone,First Name,Last Name,Zip,Total,Currency,Store ID\n')
  const day = (i: number) => new Date(Date.now() - (1 + (i % 20)) * 86_400_000).toISOString().slice(0, 19)
  let batch = ''
  for (let i = 0; i < ROWS; i++) {
    const phone = `+1 213 ${String(200 + (i % 700)).padStart(3, '0')} ${String(i % 10_000).padStart(4, '0')}`
    batch += `ord-${i},${day(i)},Customer.${i}@Example.com,${phone},Jane${i % 300},Doe${i % 500},${10_000 + (i % 80_000)},${(i % 500) + 0.99},USD,store-${i % 40}\n`
    if (batch.length > 1 << 20) {
      await write(batch)
      batch = ''
    }
  }
  await write(batch)
  await new Promise<void>((resolve) => out.end(resolve))
}

/** Bytes this process has caused to be written to storage so far (Linux); undefined elsewhere. */
function writtenBytes(): number | undefined {
  try {
    return Number(/^write_bytes: (\d+)$/m.exec(readFileSync('/proc/self/io', 'utf8'))![1])
  } catch {
    return undefined
  }
}

function bench(name: string, value: number, unit: string, target: string): void {
  console.log(`BENCH ${JSON.stringify({ issue: 17, name, value: Math.round(value), unit, target })}`)
}

// As the CLI does (runner/cli.ts): match keys hashed with the runtime's SHA-256.
installNativeSha256()
await generate()
// As the command opens it (runner/commands/import.ts).
const store = await openStore(
  { dataDir: join(dir, 'data'), database: { dedupWindowMinutes: 60 } },
  { bulkWrites: true }
)
let peakRss = process.memoryUsage().rss
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss)
}, 50)
const started = performance.now()
const cpuBefore = process.cpuUsage()
const writtenBefore = writtenBytes()
const summary = await runImport(
  readCsv(file),
  store,
  { routeId: 'default', source: 'offline', setId: '8000000001', settings: {} },
  DEFAULT_MAP
)
const seconds = (performance.now() - started) / 1000
clearInterval(sampler)
peakRss = Math.max(peakRss, process.memoryUsage().rss)
await store.close()
const cpu = process.cpuUsage(cpuBefore)
const writtenAfter = writtenBytes()
if (summary.queued !== ROWS || summary.rejected !== 0)
  throw new Error(`expected ${ROWS} queued, got ${summary.queued} (rejected ${summary.rejected})`)
bench(
  `import: ${ROWS.toLocaleString('en')}-row CSV (${Math.round(statSync(file).size / 1e6)} MB) into the SQLite queue`,
  ROWS / seconds,
  'rows/s',
  '>= 20000'
)
bench('import: peak RSS while importing', peakRss / 1024 / 1024, 'MB', '< 256')
bench('import: CPU per row (user + system, all threads)', (cpu.user + cpu.system) / ROWS, 'µs', '')
if (writtenBefore !== undefined && writtenAfter !== undefined)
  bench('import: bytes written to storage per row', (writtenAfter - writtenBefore) / ROWS, 'B', '')
rmSync(dir, { recursive: true, force: true })
