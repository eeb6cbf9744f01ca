/**
 * The console's view of intake (issue 16): the intake's own counters, wrapped so each count also goes to the
 * per-minute tally, and a per-request record of what became of each message (events per TikTok event name, the
 * match keys they carry, live events) that is counted only once the request's events are committed.
 */
import type { FieldWarning } from '../../destinations/tiktok/core/index.ts'
import { scrubEventName } from '../../destinations/tiktok/core/scrub-personal-data.ts'
import type { SegmentMessage } from '../intake/parse-messages.ts'
import type { IntakeMetrics } from '../metrics/intake-metrics.ts'
import type { EnqueueItem } from '../store/relay-store.ts'
import type { LiveEvent } from '../store/store-interface.ts'
import { alsoCount as also } from './counter-tap.ts'
import { matchKeyLabel, SERIES, unmatchedLabel } from './series.ts'
import type { ConsoleTally } from './tally.ts'

/** `metrics` whose received, rejected, dropped, skipped and unmatched counts also reach `tally` (none: as is). */
export function tapIntakeMetrics(metrics: IntakeMetrics, tally: ConsoleTally | undefined): IntakeMetrics {
  if (!tally) return metrics
  return {
    ...metrics,
    received: also(metrics.received, (_, n) => tally.count(SERIES.received, '', n)),
    rejected: also(metrics.rejected, (l, n) => tally.count(SERIES.rejected, String(l?.reason ?? ''), n)),
    droppedConsent: also(metrics.droppedConsent, (l, n) => tally.count(SERIES.dropped, String(l?.reason ?? ''), n)),
    skipped: also(metrics.skipped, (l, n) => tally.count(SERIES.dropped, String(l?.reason ?? ''), n)),
    // Only a named track, page or screen is an unmatched event; an identify without a pipeline is expected.
    unmatched: also(metrics.unmatched, (l, n) => {
      if (l?.event === undefined) return
      tally.count(SERIES.dropped, 'no_pipeline', n)
      tally.count(SERIES.unmatched, unmatchedLabel(String(l.type ?? 'track'), String(l.event)), n)
    })
  }
}

/** What accept-messages.ts knows of one message once its events are built. */
export interface MessageSeen {
  items: EnqueueItem[]
  /** The pipeline that made each of `items` ('' for none: a custom event). */
  pipelines: string[]
  matchKeys: string[][]
  drops: string[]
  /** Fields left out; `sent` is the path the client sent when it is not TikTok's (accept-messages.ts SentWarning). */
  warnings: ReadonlyArray<FieldWarning & { sent?: string }>
  unmatched?: string
}

export interface RequestRecord {
  message(message: SegmentMessage, seen: MessageSeen): void
  /** The request's events are committed: count them and show them live. */
  commit(): void
}

/** The sender's name for a dropped message, scrubbed as every shown event name is (it is stored in the live ring). */
const senderName = (m: SegmentMessage) => scrubEventName(String(m.event ?? m.name ?? m.type))

/**
 * A record for one intake request, or undefined when the relay has no console tally. Counts are summed per request
 * (events by name, match keys by event name and key) and reach the tally once per distinct label at the commit: a
 * batch of 100 orders is a few tally counts, not 500.
 */
export function recordRequest(tally: ConsoleTally | undefined, now = Date.now()): RequestRecord | undefined {
  if (!tally) return undefined
  /** TikTok event name -> events queued, and per match key how many of them carry it. */
  const events = new Map<string, { n: number; keys: Map<string, number> }>()
  const live: Array<{ entry: LiveEvent; body?: unknown }> = []
  return {
    message(message, seen) {
      // Named as the intake answer names them: the field as the client sent it.
      const warnings = seen.warnings.length === 0 ? [] : seen.warnings.map((w) => `${w.sent ?? w.field} (${w.reason})`)
      seen.items.forEach(({ event }, i) => {
        const name = String(event.event ?? '')
        let counted = events.get(name)
        if (!counted) {
          counted = { n: 0, keys: new Map() }
          events.set(name, counted)
        }
        counted.n++
        for (const key of seen.matchKeys[i] ?? []) counted.keys.set(key, (counted.keys.get(key) ?? 0) + 1)
        const consent = event.limited_data_use ? 'limited_data_use' : 'granted'
        live.push({
          entry: {
            at: now,
            eventName: name,
            status: 'queued',
            pipeline: seen.pipelines[i] ?? '',
            consent,
            warnings,
            eventJson: ''
          },
          // Serialised at the tally's flush, and only if it is among the newest kept (most are not).
          body: event
        })
      })
      for (const reason of seen.drops) {
        live.push({
          entry: {
            at: now,
            eventName: senderName(message),
            status: 'dropped',
            pipeline: '',
            consent: reason,
            warnings: [],
            eventJson: ''
          }
        })
      }
      if (seen.unmatched !== undefined) {
        live.push({
          entry: {
            at: now,
            eventName: seen.unmatched,
            status: 'unmatched',
            pipeline: '',
            consent: '',
            warnings: [],
            eventJson: ''
          }
        })
      }
    },
    commit() {
      for (const [name, { n, keys }] of events) {
        tally.count(SERIES.events, name, n)
        for (const [key, k] of keys) tally.count(SERIES.matchKey, matchKeyLabel(name, key), k)
      }
      for (const { entry, body } of live) tally.live(entry, body)
    }
  }
}
