/** The delivery worker's series in D's registry, named once so `/metrics`, tests and dashboards agree. */
import type { Counter, Gauge, Histogram, MetricsRegistry } from '../metrics/registry.ts'

export interface DeliveryMetrics {
  /** Events TikTok accepted, by pixel. */
  delivered: Counter
  /** Events sent again after a retryable failure, by pixel and reason (rate_limited, server_error, ...). */
  retried: Counter
  /** Events moved to the dead-letter table, by pixel. */
  deadLettered: Counter
  /** Events recorded as dry-run requests instead of sent. */
  dryRun: Counter
  batchSize: Histogram
  /** Seconds from commit to TikTok's acceptance. */
  latency: Histogram
  queueDepth: Gauge
  /** Seconds the event first in line has waited: the number to alert on when TikTok or the token stops taking events. */
  firstInLineAge: Gauge
  /** Per pixel and state (closed, open, probing): 1 for the pixel's current circuit state, 0 for the others. */
  circuitState: Gauge
}

export function createDeliveryMetrics(registry: MetricsRegistry): DeliveryMetrics {
  return {
    delivered: registry.counter('relay_delivery_delivered_total', 'Events TikTok accepted, by pixel'),
    retried: registry.counter('relay_delivery_retried_total', 'Events scheduled for another attempt, by reason'),
    deadLettered: registry.counter('relay_delivery_dead_lettered_total', 'Events moved to the dead-letter table'),
    dryRun: registry.counter('relay_delivery_dry_run_total', 'Events recorded as dry-run requests, not sent'),
    batchSize: registry.histogram(
      'relay_delivery_batch_size',
      'Events per request to TikTok',
      [1, 10, 50, 100, 250, 500, 750, 900, 990, 1000]
    ),
    latency: registry.histogram(
      'relay_delivery_latency_seconds',
      'Seconds from queue commit to TikTok accepting the event',
      [0.05, 0.1, 0.25, 0.5, 1, 1.5, 2, 5, 10, 30, 60, 300]
    ),
    queueDepth: registry.gauge('relay_delivery_queue_depth', 'Events in the on-disk queue (ready, leased or waiting)'),
    firstInLineAge: registry.gauge(
      'relay_delivery_first_in_line_age_seconds',
      'Seconds the event first in line in the queue has waited (0 when the queue is empty)'
    ),
    circuitState: registry.gauge(
      'relay_delivery_circuit_state',
      "A pixel's delivery circuit: 1 for its current state (closed: sending; open: TikTok failing, events held in the queue; held: TikTok refused the access token, events held in the queue until a probe finds it fixed; probing: one probe request in flight), 0 for the others"
    )
  }
}
