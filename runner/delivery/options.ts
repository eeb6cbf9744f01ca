/**
 * The delivery worker's knobs, one zod schema. D's runner config embeds it under `delivery:` (env RELAY_<NAME>,
 * e.g. RELAY_LINGER_MS), so every field carries a .describe() for `serve --help`.
 */
import { z } from 'zod'
import { MAX_EVENTS_PER_REQUEST } from '../../destinations/tiktok/core/contract.ts'

const ms = () => z.number().int().nonnegative()

export const DeliveryOptions = z
  .object({
    lingerMs: ms()
      .default(1000)
      .describe('How long a partial batch waits for more events before it is sent anyway (milliseconds)'),
    maxBatch: z
      .number()
      .int()
      .min(1)
      .max(MAX_EVENTS_PER_REQUEST)
      .default(MAX_EVENTS_PER_REQUEST)
      .describe('Most events in one request to TikTok (TikTok rejects more than 1,000)'),
    concurrency: z.number().int().min(1).max(256).default(10).describe('Requests to TikTok in flight at once'),
    requestsPerSecond: z
      .number()
      .positive()
      .max(1000)
      .default(800)
      .describe("Requests per second per pixel, kept under TikTok's 1,000 QPS limit"),
    maxAttempts: z
      .number()
      .int()
      .min(1)
      .default(25)
      .describe('Failed attempts after which an event moves to the dead-letter table'),
    maxAgeMs: ms()
      .default(24 * 60 * 60 * 1000)
      .describe(
        'Age after which an undelivered event moves to the dead-letter table, checked when it is leased and when it fails (milliseconds)'
      ),
    timeoutMs: z.number().int().min(100).default(10_000).describe('Timeout of one request to TikTok (milliseconds)'),
    backoffBaseMs: ms()
      .default(1000)
      .describe("Wait before the first probe request after a pixel's circuit opens; doubles per failed probe (ms)"),
    backoffCapMs: ms()
      .default(10 * 60 * 1000)
      .describe('Longest pause a Retry-After (429 or TikTok code 40100) may set for a pixel (milliseconds)'),
    probeMaxIntervalMs: z
      .number()
      .int()
      .min(100)
      .max(30_000)
      .default(15_000)
      .describe(
        "Longest wait between probe requests while a pixel's circuit is open (TikTok failing): the most delivery lags TikTok's recovery (milliseconds)"
      )
  })
  .strict()
export type DeliveryOptions = z.infer<typeof DeliveryOptions>
export type DeliveryOptionsInput = z.input<typeof DeliveryOptions>
