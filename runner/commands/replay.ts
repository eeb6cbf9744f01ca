/**
 * `tiktok-events-relay replay`: moves dead-lettered events back to the delivery queue (all, or filtered), as fresh
 * events: attempts and age start again. A running relay picks them up within a poll interval.
 */
import type { Command } from '../cli.ts'
import { CommandUsageError, parseFlags, parseTimeFlag } from '../store/command-flags.ts'
import { type CommandStore, openCommandStore, STORE_FLAGS, STORE_FLAGS_HELP } from '../store/command-store.ts'
import type { DeadLetterFilter } from '../store/dead-letters.ts'

const HELP = `Usage: tiktok-events-relay replay [--data-dir ./data | --config relay.yaml] [--pixel CODE] [--event NAME] [--since TIME] [--until TIME] [--dry-run]

Re-queues dead-lettered events so the relay delivers them again (after fixing a token, a pixel permission or a
mapping). Without filters, every dead letter is re-queued. Safe to run while the relay is serving. With PostgreSQL
(RELAY_DATABASE_URL, or database.url in --config), any relay sharing the database delivers them.

Options:
${STORE_FLAGS_HELP}
  --pixel <code>     only events of this pixel (event_source_id)
  --event <name>     only events with this TikTok event name, e.g. Purchase
  --since <time>     only events dead-lettered at or after TIME: ISO (2026-11-23T08:00:00Z) or ago (30m, 2h, 7d)
  --until <time>     only events dead-lettered before TIME
  --dry-run          print how many would be re-queued, change nothing
  -h, --help         this text`

const FLAGS = {
  ...STORE_FLAGS,
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
    let dryRun: boolean
    let opened: CommandStore
    try {
      const flags = parseFlags(argv, FLAGS)
      filter = filterFromFlags(flags, Date.now())
      dryRun = flags['dry-run'] === true
      opened = await openCommandStore(flags, process.env)
    } catch (err) {
      if (err instanceof CommandUsageError) {
        console.error(err.message)
        return 1
      }
      throw err
    }
    const { store, where } = opened
    try {
      if (dryRun) {
        console.log(`Would re-queue ${await store.deadLetters.count(filter)} dead-lettered event(s) from ${where}.`)
        return 0
      }
      const moved = await store.deadLetters.replay(filter, Date.now())
      console.log(
        `Re-queued ${moved} dead-lettered event(s) from ${where}; ${await store.deadLetters.count()} remain dead-lettered.`
      )
      return 0
    } finally {
      await store.close()
    }
  }
}
