/**
 * `tiktok-events-relay import FILE --source offline|crm`: offline conversions (store sales) or CRM events from a
 * CSV or JSON Lines file into the relay's durable queue, which the serving relay delivers to the offline or CRM
 * event set. Uses only the store interface (openStore), so it works on the SQLite data dir and on PostgreSQL
 * (database.url / RELAY_DATABASE_URL) alike. Exit 0 when every row was taken, 1 when any was rejected (each named
 * with its line and column) or the import could not run.
 */
import { open, stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { Presets, SingleBar } from 'cli-progress'
import type { EventSettings } from '../../destinations/tiktok/core/build-event.ts'
import type { Command } from '../cli.ts'
import { RelayConfigError } from '../config/config-error.ts'
import { type LoadedConfig, loadRelayConfig } from '../config/load-config.ts'
import { type ColumnMap, DEFAULT_MAP, MapFileError, readColumnMap } from '../import/column-map.ts'
import { type FileFormat, formatOf, readCsv, readJsonLines } from '../import/read-rows.ts'
import type { ImportSource, RowProblem } from '../import/row-event.ts'
import { IMPORT_CLAIM_HOLD_MS, type ImportSummary, runImport } from '../import/run-import.ts'
import { CommandUsageError, parseFlags, storeExists } from '../store/command-flags.ts'
import { openStore } from '../store/open-store.ts'
import { STORE_FILE } from '../store/relay-store.ts'

const HELP = `Usage: tiktok-events-relay import FILE --source offline|crm [--set ID] [--map map.yaml] [--config relay.yaml]

Queues the rows of a CSV file (with a header row) or a JSON Lines file as TikTok offline events (store sales) or
CRM events; the serving relay delivers them. Match keys are normalised and hashed as each row is read: nothing raw
is stored. Each row's event_id is its own (event_id), else its order_id (offline) or lead_id (CRM), else a digest
of the row, and it is claimed for 29 days: importing the same file again queues nothing. Rows TikTok cannot take
(no event time, a time over 28 days old, no email, phone or external_id on an offline sale, ...) are listed with
their line and column; then the exit code is 1. Columns: README "Importing offline and CRM events".

Options:
  --source offline|crm   what the rows are: offline events (standard names, default Purchase) or CRM events
  --set <id>             the offline or CRM event set id (default: the destination's offlineEventSetId / crmEventSetId)
  --map <file>           column map (YAML): columns: {<your column>: <field>}, defaults: {<field>: <value>}
  --config <file>        relay.yaml: the store (dataDir, database.url) and the destination; the environment works too
  --destination <id>     the destination whose token delivers the events (default: the first)
  --data-dir <dir>       the SQLite data dir (default: the config's dataDir, RELAY_DATA_DIR, else ./data); it must
                         hold the relay's store already (a mistyped path is refused, not made a store no relay reads)
  --create               make the store in a data dir that has none yet (then serve with that data dir)
  --format csv|jsonl     the file's format (default: from its name, .csv / .jsonl / .ndjson, else its first character)
  --json                 print the summary as one JSON object
  -h, --help             this text`

const FLAGS = {
  source: 'string',
  set: 'string',
  map: 'string',
  config: 'string',
  destination: 'string',
  'data-dir': 'string',
  format: 'string',
  json: 'boolean',
  create: 'boolean'
} as const

/** `FILE` may stand anywhere among the options: the one argument that is no option or option value. */
function splitArgs(argv: string[]): { file?: string; flags: string[] } {
  const flags: string[] = []
  let file: string | undefined
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg.startsWith('--')) {
      flags.push(arg)
      const name = arg.slice(2).split('=')[0]!
      if (!arg.includes('=') && FLAGS[name as keyof typeof FLAGS] === 'string' && i + 1 < argv.length)
        flags.push(argv[++i]!)
    } else if (file === undefined) file = arg
    else throw new CommandUsageError(`one file at a time: "${arg}" is a second one`)
  }
  return { file, flags }
}

const where = (p: RowProblem) => `line ${p.line}, column ${p.column}${p.header ? ` (${p.header})` : ''}`

function printSummary(file: string, source: ImportSource, setId: string, s: ImportSummary): void {
  const lines = [
    `Imported ${file} as ${source} events for event set ${setId}:`,
    `  rows read:         ${s.rows}`,
    `  queued:            ${s.queued}`,
    `  already imported:  ${s.alreadyImported} (the same event_id within ${IMPORT_CLAIM_HOLD_MS / 86_400_000} days, or twice in the file; not queued again)`,
    `  rejected:          ${s.rejected}`
  ]
  for (const p of s.rejections) lines.push(`    ${where(p)}: ${p.message}`)
  if (s.rejected > s.rejections.length) lines.push(`    ... and ${s.rejected - s.rejections.length} more`)
  if (s.warningCount > 0) {
    lines.push(`  fields left out:   ${s.warningCount} (in rows read; their events go, or went, without them)`)
    for (const p of s.warnings.slice(0, 20)) lines.push(`    ${where(p)}: ${p.message}`)
    if (s.warningCount > 20) lines.push(`    ... and ${s.warningCount - 20} more`)
  }
  if (s.ignoredColumns.length > 0)
    lines.push(`  columns not read:  ${s.ignoredColumns.join(', ')} (map them with --map to send them)`)
  console.log(lines.join('\n'))
}

/** Why import will not queue into `dataDir`, and the two ways to a store there. */
function noStoreMessage(dataDir: string): string {
  return [
    `no relay store in ${resolve(dataDir)} (no ${STORE_FILE}): nothing imported.`,
    "Is the path right? It is --data-dir, else the config's dataDir, else RELAY_DATA_DIR, else ./data.",
    'To make a store there: start the relay once with that data dir (RELAY_DATA_DIR, or dataDir in relay.yaml), or pass --create.'
  ].join('\n')
}

async function firstChar(file: string): Promise<string | undefined> {
  const handle = await open(file, 'r')
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(64), 0, 64, 0)
    return buffer
      .subarray(0, bytesRead)
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trimStart()[0]
  } finally {
    await handle.close()
  }
}

export const command: Command = {
  summary: 'Queue offline conversions or CRM events from a CSV or JSON Lines file (deduplicated)',
  help: HELP,
  async run(argv) {
    let file: string
    let source: ImportSource
    let format: FileFormat
    let map: ColumnMap = DEFAULT_MAP
    let loaded: LoadedConfig
    let flags: ReturnType<typeof parseFlags>
    let size: number
    try {
      const split = splitArgs(argv)
      flags = parseFlags(split.flags, FLAGS)
      if (!split.file) throw new CommandUsageError('which file? tiktok-events-relay import FILE --source offline|crm')
      file = split.file
      if (flags.source !== 'offline' && flags.source !== 'crm')
        throw new CommandUsageError('--source offline or --source crm: what the rows are')
      source = flags.source
      size = (
        await stat(file).catch(() => {
          throw new CommandUsageError(`cannot read ${file}: no such file`)
        })
      ).size
      if (flags.format !== undefined && flags.format !== 'csv' && flags.format !== 'jsonl')
        throw new CommandUsageError('--format csv or --format jsonl')
      format = (flags.format as FileFormat | undefined) ?? formatOf(file, await firstChar(file))
      if (typeof flags.map === 'string') map = await readColumnMap(flags.map)
      loaded = await loadRelayConfig({
        file: typeof flags.config === 'string' ? flags.config : undefined,
        env: process.env
      })
    } catch (err) {
      if (err instanceof CommandUsageError || err instanceof MapFileError || err instanceof RelayConfigError) {
        console.error(err.message)
        return 1
      }
      throw err
    }
    const { config } = loaded
    const destination = flags.destination
      ? config.destinations.find((d) => d.id === flags.destination)
      : config.destinations[0]
    if (!destination) {
      console.error(`no destination "${flags.destination}" in the configuration`)
      return 1
    }
    const setId =
      (typeof flags.set === 'string' && flags.set) ||
      (source === 'offline' ? destination.offlineEventSetId : destination.crmEventSetId)
    if (!setId) {
      const key = source === 'offline' ? 'offlineEventSetId' : 'crmEventSetId'
      console.error(`which event set? --set ID, or ${key} on destination "${destination.id}"`)
      return 1
    }
    const settings: EventSettings = { ...destination.settings, eventSource: source }
    const storeConfig = {
      dataDir: typeof flags['data-dir'] === 'string' ? flags['data-dir'] : config.dataDir,
      database: config.database
    }
    // A data dir without a store is most often a mistyped path: rows queued there would wait for a relay that never
    // reads them, under a summary saying "queued" (found by a new-user trial). status and replay refuse it too.
    if (!storeConfig.database.url && !flags.create && !storeExists(storeConfig.dataDir)) {
      console.error(noStoreMessage(storeConfig.dataDir))
      return 1
    }
    // A bulk writer: a larger page cache and fewer checkpoints for its commits (relay-store.ts bulkWrites).
    const store = await openStore(storeConfig, { bulkWrites: true })
    const bar =
      process.stderr.isTTY && !flags.json
        ? new SingleBar(
            {
              stream: process.stderr,
              format: 'importing {bar} {percentage}% | {rows} rows | {rate} rows/s | ETA {eta_formatted}',
              hideCursor: true
            },
            Presets.shades_classic
          )
        : undefined
    const started = Date.now()
    let bytes = 0
    bar?.start(size, 0, { rows: 0, rate: 0 })
    const read = format === 'csv' ? readCsv : readJsonLines
    let summary: ImportSummary
    try {
      summary = await runImport(
        read(file, { onBytes: (n) => (bytes = n) }),
        store,
        { routeId: destination.id, source, setId, settings },
        map,
        {
          onRows: (s) =>
            bar?.update(bytes, {
              rows: s.rows,
              rate: Math.round(s.rows / Math.max(0.001, (Date.now() - started) / 1000))
            })
        }
      )
      bar?.update(size, { rows: summary.rows })
    } finally {
      bar?.stop()
      await store.close()
    }
    if (flags.json) console.log(JSON.stringify({ file, source, eventSetId: setId, ...summary }))
    else printSummary(file, source, setId, summary)
    return summary.rejected > 0 ? 1 : 0
  }
}
