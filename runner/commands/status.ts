/**
 * `tiktok-events-relay status`: what the relay's store holds (the data dir's SQLite file, or the PostgreSQL database
 * the relays share) — queue depth, oldest event age, delivered / retried / dead-lettered counts, and (dry-run) the
 * last requests the relay would have sent. Reads the store only.
 */
import type { Command } from '../cli.ts'
import { heldSentences } from '../delivery/auth-fault.ts'
import { CommandUsageError, parseFlags } from '../store/command-flags.ts'
import { type CommandStore, openCommandStore, STORE_FLAGS, STORE_FLAGS_HELP } from '../store/command-store.ts'
import type { StoreStatus } from '../store/store-interface.ts'

const HELP = `Usage: tiktok-events-relay status [--data-dir ./data | --config relay.yaml] [--show-requests [N]] [--show-dead-letters [N]] [--json]

Prints the delivery queue of a relay's store: queue depth, age of the oldest queued event, events delivered to
TikTok, retried, dead-lettered and (dry-run) recorded instead of sent. Each line is defined in docs/counters.md.
Safe to run while the relay is serving. With PostgreSQL (RELAY_DATABASE_URL, or database.url in --config), the
figures are those of every relay sharing the database.

Options:
${STORE_FLAGS_HELP}
  --show-requests [N]        the last N (default 10) requests recorded in dry-run mode, bodies included
  --show-dead-letters [N]    the last N (default 10) dead-lettered events with TikTok's message
  --json                     print everything as one JSON object
  -h, --help                 this text`

const FLAGS = {
  ...STORE_FLAGS,
  'show-requests': 'optional-number',
  'show-dead-letters': 'optional-number',
  json: 'boolean'
} as const

function age(ms: number): string {
  if (ms < 1000) return `${ms} ms`
  if (ms < 120_000) return `${(ms / 1000).toFixed(1)} s`
  if (ms < 7_200_000) return `${Math.round(ms / 60_000)} min`
  return `${(ms / 3_600_000).toFixed(1)} h`
}

/**
 * The summary lines, label first. Each label and its definition are in docs/counters.md (a test keeps the two
 * together); the numbers are the store's totals over its lifetime (with PostgreSQL, of every relay sharing it), so
 * they match /metrics and the worker's stop log of a relay that ran once on a fresh store.
 */
export function statusSummary(
  where: string,
  s: StoreStatus,
  now: number,
  kind: 'sqlite' | 'postgres' = 'sqlite'
): string {
  const c = s.counters
  return [
    kind === 'postgres' ? `Database:            ${where}` : `Data dir:            ${where}`,
    `Queue depth:         ${s.queueDepth} event(s)${s.leased ? ` (${s.leased} being delivered)` : ''}`,
    `Oldest queued:       ${s.oldestEnqueuedAt === null ? '-' : `${age(now - s.oldestEnqueuedAt)} ago`}`,
    `Delivered to TikTok: ${c.delivered}`,
    `Retried:             ${c.retried} (attempts that failed and were scheduled again)`,
    `Failed:              ${s.deadLetters} in the dead-letter table (${c.dead_lettered} dead-lettered in total, ${c.replayed} replayed)`,
    `Dry-run recorded:    ${c.dry_run_events} event(s), not sent (newest ${s.dryRunRequests} request(s) kept for --show-requests)`
  ].join('\n')
}

const count = (v: unknown) => (typeof v === 'number' ? v : v === true ? 10 : 0)

export const command: Command = {
  summary: 'Show the delivery queue: depth, oldest event, delivered/failed counts, dry-run requests',
  help: HELP,
  async run(argv) {
    let opened: CommandStore
    let flags: ReturnType<typeof parseFlags>
    try {
      flags = parseFlags(argv, FLAGS)
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
      const now = Date.now()
      const status = await store.status(now)
      const requests = await store.dryRun.latest(count(flags['show-requests']))
      const dead = await store.deadLetters.list({}, count(flags['show-dead-letters']))
      const held = heldSentences(await store.circuits.list())
      if (flags.json) {
        const place = store.kind === 'postgres' ? { database: where } : { dataDir: where }
        console.log(
          JSON.stringify({
            ...place,
            ...status,
            deliveryHeld: held,
            dryRunRequestsShown: requests,
            deadLettersShown: dead
          })
        )
        return 0
      }
      console.log(statusSummary(where, status, now, store.kind))
      // Delivery waiting on an operator (delivery/auth-fault.ts), not on TikTok: said under the figures.
      for (const h of held) console.log(`Delivery held:       ${h}`)
      for (const r of requests) {
        console.log(
          `\n# dry-run request ${r.id} at ${new Date(r.createdAt).toISOString()}: route ${r.routeId}, ${r.eventCount} event(s)`
        )
        console.log(`POST ${r.url}`)
        console.log(JSON.stringify(r.body, null, 2))
      }
      if (dead.length) console.log('\nDead letters (newest first):')
      for (const d of dead) {
        console.log(
          `  ${new Date(d.deadAt).toISOString()}  ${d.pixelCode}  ${d.eventName}  event_id=${d.eventId ?? '-'}  ` +
            `attempts=${d.attempts}  ${d.errorCode ?? ''} ${d.errorMessage}`
        )
      }
      return 0
    } finally {
      await store.close()
    }
  }
}
