/**
 * `tiktok-events-relay replay`: moves dead-lettered events back to the delivery queue (all, or filtered), as fresh
 * events: attempts and age start again. A running relay picks them up within a poll interval.
 */
import type { Command } from '../cli.ts'
import {
  assertStoreExists,
  CommandUsageError,
  parseFlags,
  parseTimeFlag,
  resolveDataDir
} from '../store/command-flags.ts'
import type { DeadLetterFilter } from '../store/dead-letters.ts'
import { openRelayStore } from '../store/relay-store.ts'

const HELP = `Usage: tiktok-events-relay replay [--data-dir ./data] [--pixel CODE] [--event NAME] [--since TIME] [--until TIME] [--dry-run]

Re-queues dead-lettered events so the relay delivers them again (after fixing a token, a pixel permission or a
mapping). Without filters, every dead letter is re-queued. Safe to run while the relay is serving.

Options:
  --data-dir <dir>   the relay's data dir (default: RELAY_DATA_DIR, else ./data)
  --pixel <code>     only events of this pixel (event_source_id)
  --event <name>     only events with this TikTok event name, e.g. Purchase
  --since <time>     only events dead-lettered at or after TIME: ISO (2026-11-23T08:00:00Z) or ago (30m, 2h, 7d)
  --until <time>     only events dead-lettered before TIME
  --dry-run          print how many would be re-queued, change nothing
  -h, --help         this text`

const FLAGS = {
  'data-dir': 'string',
  pixel: 'string',
  event: 'string',
  since: 'string',
  until: 'string',
  'dry-run': 'boolean'
} as const

export function filterFromFlags(flags: Record<string, unknown>, now: number): DeadLetterFilter {
  const filter: DeadLetterFilter = {}
  if (typeof flags.pixel === 'string') filter.pixelCode = flags.pixel
  if (typeof flags.event === 'string') filter.eventName = flags.event
  if (typeof flags.since === 'string') filter.since = parseTimeFlag('since', flags.since, now)
  if (typeof flags.until === 'string') filter.until = parseTimeFlag('until', flags.until, now)
  return filter
}

export const command: Command = {
  summary: 'Re-queue dead-lettered events (all, or by --pixel / --event / --since / --until)',
  help: HELP,
  async run(argv) {
    let filter: DeadLetterFilter
    let dir: string
    let dryRun: boolean
    try {
      const flags = parseFlags(argv, FLAGS)
      filter = filterFromFlags(flags, Date.now())
      dir = resolveDataDir(flags['data-dir'], process.env)
      dryRun = flags['dry-run'] === true
      assertStoreExists(dir)
    } catch (err) {
      if (err instanceof CommandUsageError) {
        console.error(err.message)
        return 1
      }
      throw err
    }
    const store = await openRelayStore(dir)
    try {
      if (dryRun) {
        console.log(`Would re-queue ${store.deadLetters.count(filter)} dead-lettered event(s) from ${dir}.`)
        return 0
      }
      const moved = store.deadLetters.replay(filter, Date.now())
      console.log(
        `Re-queued ${moved} dead-lettered event(s) from ${dir}; ${store.deadLetters.count()} remain dead-lettered.`
      )
      return 0
    } finally {
      store.close()
    }
  }
}
