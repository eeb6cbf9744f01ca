/**
 * Sends one leased batch of one route: builds the requests with the core, then sends each (a test-event batch is
 * several one-event requests, paced per pixel) or, in dry-run, records each in the store instead.
 */
import { TIKTOK_EVENTS_URL } from '../../destinations/tiktok/core/contract.ts'
import { requestText } from '../../destinations/tiktok/core/index.ts'
import { errorMessage } from '../log.ts'
import type { DryRunStore, LeasedEvent } from '../store/store-interface.ts'
import type { PixelPacer } from './pixel-pacer.ts'
import { type RequestUnit, routeSettings, type SendOutcome, sendUnit, toRequestUnits } from './send-batch.ts'
import type { DeliveryRouteConfig } from './worker.ts'

export type SentUnit =
  | { events: LeasedEvent[]; dryRun: true }
  | { events: LeasedEvent[]; dryRun: false; outcome: SendOutcome }

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

export async function deliverBatch(
  batch: LeasedEvent[],
  ctx: {
    route: DeliveryRouteConfig | undefined
    dryRun: boolean
    dryRunStore: DryRunStore
    fetchFn: typeof fetch
    timeoutMs: number
    pacer: PixelPacer
  }
): Promise<SentUnit[]> {
  const { routeId, pixelCode } = batch[0]!.route
  if (!ctx.route) {
    const failure = { message: `route "${routeId}" is not configured in this relay` }
    return [{ events: batch, dryRun: false, outcome: { kind: 'reject-all', failure } }]
  }
  const settings = routeSettings(ctx.route.settings, batch, ctx.route.accessToken)
  let units: RequestUnit[]
  try {
    units = toRequestUnits(batch, settings)
  } catch (err) {
    const failure = { message: `cannot build the request: ${errorMessage(err)}` }
    return [{ events: batch, dryRun: false, outcome: { kind: 'reject-all', failure } }]
  }

  const out: SentUnit[] = []
  for (const [i, unit] of units.entries()) {
    // The worker took one rate-limit token for the batch; further requests of it take their own.
    if (i > 0) {
      for (let wait = ctx.pacer.take(pixelCode, Date.now()); wait > 0; wait = ctx.pacer.take(pixelCode, Date.now())) {
        await sleep(wait)
      }
    }
    if (ctx.dryRun || !ctx.route.accessToken) {
      const url = settings.apiUrl ?? TIKTOK_EVENTS_URL
      await ctx.dryRunStore.record(
        { routeId, url, bodyText: requestText(unit.body), eventCount: unit.body.data.length },
        unit.events.map((e) => e.id),
        Date.now()
      )
      out.push({ events: unit.events, dryRun: true })
      continue
    }
    const outcome = await sendUnit(unit, settings, ctx.fetchFn, ctx.timeoutMs)
    out.push({ events: unit.events, dryRun: false, outcome })
  }
  return out
}
