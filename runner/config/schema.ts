/**
 * relay.yaml and the environment, as one zod schema. `serve --help` is generated from the .describe() texts, so
 * every field carries one.
 */
import { z } from 'zod'
import { CoreSettings } from '../../destinations/tiktok/core/settings.ts'
import { DeliveryOptions } from '../delivery/options.ts'
import { parseOriginRule } from '../intake/allowed-origins.ts'

/** Per-destination TikTok settings, minus what the destination entry names itself (token, pixel, URL). */
/** Strict, as every level of relay.yaml: a misspelt setting is an error, never silently the default. */
export const DestinationSettings = CoreSettings.omit({
  accessToken: true,
  pixelCode: true,
  appId: true,
  offlineEventSetId: true,
  crmEventSetId: true,
  apiUrl: true
})
  .strict()
  .describe('TikTok settings for this destination (consent categories, GPC action, test event code, ...)')
export type DestinationSettings = z.infer<typeof DestinationSettings>

/**
 * What a write key's identify calls may change (README "Security"). A key in a web page is public: anyone can
 * copy it and identify any userId with their own email, so `browser` binds an identify's traits only to the
 * caller's own anonymousId (the collector's is its _ttp) and never to a userId. `server` (a key kept in a backend)
 * may set traits for any userId. The default is `browser`: the relay cannot tell a key that was put in a page from
 * one that was not, and a secret key taken for public costs server-side identifies their userId profile (visible
 * as missing match keys, fixed with `scope: server`) while a public key taken for secret lets any visitor poison
 * anyone's profile, silently.
 */
export const WriteKeyScope = z.enum(['browser', 'server'])
export type WriteKeyScope = z.infer<typeof WriteKeyScope>

/**
 * A write key as it may appear in an error: its first two characters and its length, never the rest (a write key
 * is a secret of sorts, and a browser key's owner may not want it in a CI log either): `ab… (24 characters)`.
 */
export function maskedKey(key: string): string {
  return `${key.slice(0, 2)}… (${key.length} characters)`
}

/**
 * The string form `key` or `key:scope` (the form RELAY_WRITE_KEYS takes; relay.yaml takes it too). A key cannot
 * contain ':' (Basic auth, `key:`, ends it there), so whatever follows the first ':' is a scope, checked by the same
 * WriteKeyScope as relay.yaml's `{key, scope}`: `key:Server`, `key:admin` or `key: server` is refused, not taken as
 * a browser key named `key:Server` (found by a new-user trial). The error shows the key masked (maskedKey).
 */
function keyWithScope(text: string, ctx: z.RefinementCtx): { key: string; scope: WriteKeyScope } {
  const colon = text.indexOf(':')
  if (colon < 0) return { key: text, scope: 'browser' }
  const key = text.slice(0, colon)
  const scope = WriteKeyScope.safeParse(text.slice(colon + 1))
  if (key !== '' && scope.success) return { key, scope: scope.data }
  const what = key === '' ? 'no key before ":"' : `scope ${JSON.stringify(text.slice(colon + 1))}`
  ctx.addIssue({
    code: 'custom',
    message: `write key ${maskedKey(key)}: ${what}; expected key, key:browser or key:server (scope one of browser, server, lowercase, no spaces)`
  })
  return z.NEVER
}

export const WriteKey = z
  .union([z.string().min(1), z.object({ key: z.string().min(1), scope: WriteKeyScope.default('browser') }).strict()])
  .transform((k, ctx): { key: string; scope: WriteKeyScope } => (typeof k === 'string' ? keyWithScope(k, ctx) : k))
export type WriteKey = z.infer<typeof WriteKey>

export const DestinationConfig = z
  .object({
    id: z.string().min(1).default('default').describe('Name of this destination (route id in the queue and metrics)'),
    pixelCode: z
      .string()
      .min(1)
      .optional()
      .describe(
        'TikTok pixel code, where web events go (env TIKTOK_PIXEL_CODE for the first destination); required unless settings.eventSource names another source'
      ),
    appId: z
      .string()
      .min(1)
      .optional()
      .describe('TikTok App ID, where app events go (env TIKTOK_APP_ID for the first destination)'),
    offlineEventSetId: z
      .string()
      .min(1)
      .optional()
      .describe(
        'Offline event set id, where offline events go, imported files too (env TIKTOK_OFFLINE_EVENT_SET_ID for the first destination)'
      ),
    crmEventSetId: z
      .string()
      .min(1)
      .optional()
      .describe('CRM event set id, where CRM events go (env TIKTOK_CRM_EVENT_SET_ID for the first destination)'),
    accessToken: z
      .string()
      .min(1)
      .optional()
      .describe(
        'Events API access token. Put it in env TIKTOK_ACCESS_TOKEN (it serves every destination without one); here only for a destination of another TikTok account, in a relay.yaml only the relay can read (chmod 600; the relay warns otherwise). None anywhere: dry-run'
      ),
    writeKeys: z
      .array(WriteKey)
      .default([])
      .describe(
        'Write keys whose events go to this destination, each `key` (scope browser) or {key, scope: browser|server}; env RELAY_WRITE_KEYS, comma-separated, key:server for a server key'
      ),
    pipelines: z
      .array(z.string().min(1))
      .default([])
      .describe('Pipeline YAML files or directories; empty: the shipped pipelines/'),
    settings: DestinationSettings.prefault({})
  })
  .strict()
export type DestinationConfig = z.infer<typeof DestinationConfig>

export const IntakeLimits = z
  .object({
    maxEventBytes: z
      .number()
      .int()
      .positive()
      .default(32 * 1024)
      .describe('Largest single event (bytes of JSON)'),
    maxRequestBytes: z
      .number()
      .int()
      .positive()
      .default(500 * 1024)
      .describe('Largest request body after gunzip'),
    maxBatchEvents: z.number().int().positive().default(2500).describe('Most events in one batch call'),
    bodyTimeoutMs: z
      .number()
      .int()
      .min(100)
      .max(25_000)
      .default(10_000)
      .describe(
        "Milliseconds a client has to deliver a request body before intake answers 408 (a slow or stalled upload); at most 25000, under the runtimes' own connection timeouts"
      ),
    maxPendingEvents: z
      .number()
      .int()
      .positive()
      .default(50_000)
      .describe('Events awaiting their queue commit above which intake answers 429 with Retry-After'),
    maxQueueDepth: z
      .number()
      .int()
      .positive()
      .default(1_000_000)
      .describe('Undelivered events in the queue above which intake answers 429 (a long TikTok outage)')
  })
  .strict()
  .describe('Intake size and overload limits')
export type IntakeLimits = z.infer<typeof IntakeLimits>

export const RetentionOptions = z
  .object({
    deadLetterDays: z
      .number()
      .int()
      .nonnegative()
      .default(30)
      .describe('Days a dead letter is kept for inspection and replay (env RELAY_DEAD_LETTER_DAYS); 0: forever'),
    profileDays: z
      .number()
      .int()
      .nonnegative()
      .default(400)
      .describe(
        "Days a hashed profile is kept after its last identify; the default matches the cookies' 400 days (env RELAY_PROFILE_DAYS); 0: forever"
      )
  })
  .strict()
  .describe('How long the store keeps dead letters and hashed profiles')
export type RetentionOptions = z.infer<typeof RetentionOptions>

/** A URL that parses and names PostgreSQL; the messages never repeat the value (it may hold a password). */
const postgresUrl = z
  .string()
  .refine((v) => /^postgres(ql)?:\/\//.test(v), { message: 'expected a postgres:// or postgresql:// URL' })
  .refine(
    (v) => {
      try {
        return Boolean(new URL(v).hostname || new URL(v).searchParams.get('host'))
      } catch {
        return false
      }
    },
    { message: 'not a valid URL (postgres://user:password@host:5432/database)' }
  )

export const DatabaseOptions = z
  .object({
    url: postgresUrl
      .optional()
      .describe(
        'PostgreSQL store shared by several relays, postgres://user:password@host:5432/database (env RELAY_DATABASE_URL; a secret, never logged); none: the SQLite file in dataDir'
      ),
    dedupWindowMinutes: z
      .number()
      .int()
      .positive()
      .default(60)
      .describe(
        'How long a messageId stays claimed: a call with the same messageId and write key within it is a duplicate (env RELAY_DEDUP_WINDOW_MINUTES)'
      )
  })
  .strict()
  .describe('Where the relay keeps its queue, profiles and message claims')
export type DatabaseOptions = z.infer<typeof DatabaseOptions>

export const RelayConfig = z
  .object({
    port: z.number().int().min(0).max(65535).default(8080).describe('Port to listen on (env PORT; 0 picks a free one)'),
    hostname: z.string().min(1).default('0.0.0.0').describe('Interface to listen on (env RELAY_HOSTNAME)'),
    dataDir: z.string().min(1).default('./data').describe('Directory of the on-disk queue (env RELAY_DATA_DIR)'),
    cookieDomain: z
      .string()
      .min(1)
      .optional()
      .describe('Domain of the _ttp/ttclid cookies, e.g. example.com (env RELAY_COOKIE_DOMAIN); none: host-only'),
    trustProxy: z
      .number()
      .int()
      .min(0)
      .max(10)
      .default(0)
      .describe(
        'Reverse proxies in front of the relay (nginx, CDN, load balancer) whose X-Forwarded-For to believe for the browser IP (env RELAY_TRUST_PROXY); 0: the connection address'
      ),
    apiUrl: z
      .string()
      .url()
      .optional()
      .describe("Send to this URL instead of TikTok's endpoint: a proxy, or a fake (env TIKTOK_API_URL)"),
    adminToken: z
      .string()
      // A token read from a file or a YAML block (`adminToken: |`) brings its line break along; no token is spaces.
      .trim()
      .min(16, 'an admin token needs at least 16 characters')
      .optional()
      .describe(
        'Bearer token of the admin endpoints (/dry-run, /console); prefer env RELAY_ADMIN_TOKEN. None: they answer clients on this machine only'
      ),
    allowedOrigins: z
      .array(
        z.string().superRefine((rule, ctx) => {
          const parsed = parseOriginRule(rule)
          if (typeof parsed === 'string') ctx.addIssue({ code: 'custom', message: parsed })
        })
      )
      .optional()
      .describe(
        "Web origins whose pages may use the relay's cookies (the collector's /collect): https://shop.example.com or *.example.com (env RELAY_ALLOWED_ORIGINS, comma-separated). None: the relay's own site (cookieDomain, else the Host's registrable domain). Calls without cookies work from any origin"
      ),
    destinations: z
      .array(DestinationConfig)
      .min(1)
      .describe('TikTok destinations; each write key routes its events to one of them'),
    limits: IntakeLimits.prefault({}),
    delivery: DeliveryOptions.prefault({}).describe('Delivery worker knobs (env RELAY_<NAME>, e.g. RELAY_LINGER_MS)'),
    retention: RetentionOptions.prefault({}),
    database: DatabaseOptions.prefault({})
  })
  .strict()
export type RelayConfig = z.infer<typeof RelayConfig>
