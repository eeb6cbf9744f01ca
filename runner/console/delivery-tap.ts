/**
 * The console's view of delivery (issue 16): the worker's counters, wrapped so events sent, dry-run recorded,
 * retried and dead-lettered also reach the per-minute tally.
 */
import type { DeliveryMetrics } from '../delivery/delivery-metrics.ts'
import { alsoCount as also } from './counter-tap.ts'
import { SERIES } from './series.ts'
import type { ConsoleTally } from './tally.ts'

/** `metrics` whose delivery counts also reach `tally` (none: as is). */
export function tapDeliveryMetrics(metrics: DeliveryMetrics, tally: ConsoleTally | undefined): DeliveryMetrics {
  if (!tally) return metrics
  return {
    ...metrics,
    delivered: also(metrics.delivered, (_, n) => tally.count(SERIES.sent, '', n)),
    dryRun: also(metrics.dryRun, (_, n) => tally.count(SERIES.dryRun, '', n)),
    retried: also(metrics.retried, (l, n) => tally.count(SERIES.retried, String(l?.reason ?? ''), n)),
    deadLettered: also(metrics.deadLettered, (_, n) => tally.count(SERIES.deadLettered, '', n))
  }
}
