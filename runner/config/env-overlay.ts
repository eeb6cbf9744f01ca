/**
 * Environment variables laid over the parsed relay.yaml. Returns the merged raw object and, for each config path
 * set from the environment, the variable's name, so an error can say "PORT: ..." rather than "port: ...".
 */
import type { z } from 'zod'

export type Env = Record<string, string | undefined>

const TOP_LEVEL: Array<[envName: string, key: string, kind: 'number' | 'string' | 'list']> = [
  ['PORT', 'port', 'number'],
  ['RELAY_HOSTNAME', 'hostname', 'string'],
  ['RELAY_DATA_DIR', 'dataDir', 'string'],
  ['RELAY_COOKIE_DOMAIN', 'cookieDomain', 'string'],
  ['RELAY_TRUST_PROXY', 'trustProxy', 'number'],
  ['TIKTOK_API_URL', 'apiUrl', 'string'],
  ['RELAY_ADMIN_TOKEN', 'adminToken', 'string'],
  ['RELAY_ALLOWED_ORIGINS', 'allowedOrigins', 'list']
]

/** `a, b,,c` -> ['a', 'b', 'c']. */
const list = (v: string) =>
  v
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean)

/** The variables that set the first destination (the only one in an env-only setup). */
const DESTINATION: Array<[envName: string, key: string, note: string]> = [
  ['TIKTOK_PIXEL_CODE', 'pixelCode', ''],
  ['TIKTOK_APP_ID', 'appId', ''],
  ['TIKTOK_OFFLINE_EVENT_SET_ID', 'offlineEventSetId', ''],
  ['TIKTOK_CRM_EVENT_SET_ID', 'crmEventSetId', ''],
  ['TIKTOK_ACCESS_TOKEN', 'accessToken', 'also every other destination without one'],
  ['RELAY_WRITE_KEYS', 'writeKeys', 'comma-separated; key:server for a server key']
]

/**
 * Every variable overlayEnv reads, with the key it sets (`delivery.lingerMs`) and a note: `serve --help` lists
 * them from here, so help and code cannot disagree.
 */
export function environmentVariables(
  sections: Record<string, string[]>
): Array<{ name: string; key: string; note: string }> {
  return [
    ...TOP_LEVEL.map(([name, key, kind]) => ({ name, key, note: kind === 'list' ? 'comma-separated' : '' })),
    ...DESTINATION.map(([name, key, note]) => ({ name, key: `destinations[0].${key}`, note })),
    ...NESTED.map(([name, section, key]) => ({ name, key: `${section}.${key}`, note: '' })),
    ...Object.entries(sections).flatMap(([section, keys]) =>
      keys.map((key) => ({ name: envNameFor(key), key: `${section}.${key}`, note: '' }))
    )
  ]
}

/** Keys of nested sections whose variable is named for the section too (database.url -> RELAY_DATABASE_URL). */
const NESTED: Array<[envName: string, section: string, key: string, kind: 'number' | 'string']> = [
  ['RELAY_DATABASE_URL', 'database', 'url', 'string'],
  ['RELAY_DEDUP_WINDOW_MINUTES', 'database', 'dedupWindowMinutes', 'number']
]

/** `lingerMs` -> `RELAY_LINGER_MS`. */
export function envNameFor(key: string): string {
  return `RELAY_${key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase()}`
}

/** Numbers and booleans from text; anything else stays a string so the schema names the variable in its error. */
function coerce(value: string, kind: 'number' | 'string' | 'auto'): unknown {
  const trimmed = value.trim()
  if (kind === 'string') return trimmed
  if (trimmed !== '' && Number.isFinite(Number(trimmed))) return Number(trimmed)
  if (kind === 'auto' && (trimmed === 'true' || trimmed === 'false')) return trimmed === 'true'
  return trimmed
}

const set = (v: string | undefined): v is string => v !== undefined && v.trim() !== ''

/**
 * `sections` names the nested sections whose keys each have a RELAY_<NAME> variable (delivery.lingerMs ->
 * RELAY_LINGER_MS, retention.deadLetterDays -> RELAY_DEAD_LETTER_DAYS).
 */
export function overlayEnv(
  raw: Record<string, unknown>,
  env: Env,
  sections: Record<string, string[]>
): { merged: Record<string, unknown>; fromEnv: Map<string, string> } {
  const merged: Record<string, unknown> = { ...raw }
  const fromEnv = new Map<string, string>()
  for (const [name, key, kind] of TOP_LEVEL) {
    // An admin token of spaces is a token given wrong, not none: as unset it would leave the admin endpoints on the
    // no-token rule (this machine, no sign-in) without a word; the schema refuses it, naming the variable.
    const value = env[name]
    const blankToken = name === 'RELAY_ADMIN_TOKEN' && value !== undefined && value !== ''
    if (value === undefined || (!set(value) && !blankToken)) continue
    merged[key] = kind === 'list' ? list(value) : coerce(value, kind)
    fromEnv.set(key, name)
    // An error about one entry of a list names the variable too.
    if (kind === 'list') for (const i of (merged[key] as string[]).keys()) fromEnv.set(`${key}.${i}`, name)
  }

  for (const [name, section, key, kind] of NESTED) {
    if (!set(env[name])) continue
    merged[section] = {
      ...((merged[section] as Record<string, unknown> | undefined) ?? {}),
      [key]: coerce(env[name], kind)
    }
    fromEnv.set(`${section}.${key}`, name)
  }

  // The first destination is the one the TIKTOK_* variables describe (the only one in an env-only setup).
  const destinations = Array.isArray(merged.destinations) ? [...merged.destinations] : []
  const first: Record<string, unknown> = { ...((destinations[0] as Record<string, unknown> | undefined) ?? {}) }
  for (const [name, key] of DESTINATION) {
    if (!set(env[name])) continue
    first[key] = key === 'writeKeys' ? list(env[name]) : env[name].trim()
    fromEnv.set(`destinations.0.${key}`, name)
    const value = first[key]
    if (Array.isArray(value)) for (const i of value.keys()) fromEnv.set(`destinations.0.${key}.${i}`, name)
  }
  destinations[0] = first
  // The token also serves every other destination that names none (one TikTok account, several pixels).
  if (set(env.TIKTOK_ACCESS_TOKEN)) {
    for (let i = 1; i < destinations.length; i++) {
      const d = destinations[i] as Record<string, unknown> | undefined
      if (d && typeof d === 'object' && !d.accessToken) {
        destinations[i] = { ...d, accessToken: env.TIKTOK_ACCESS_TOKEN.trim() }
        fromEnv.set(`destinations.${i}.accessToken`, 'TIKTOK_ACCESS_TOKEN')
      }
    }
  }
  merged.destinations = destinations

  for (const [section, keys] of Object.entries(sections)) {
    const values: Record<string, unknown> = { ...((merged[section] as Record<string, unknown> | undefined) ?? {}) }
    for (const key of keys) {
      const name = envNameFor(key)
      if (!set(env[name])) continue
      values[key] = coerce(env[name], 'auto')
      fromEnv.set(`${section}.${key}`, name)
    }
    if (Object.keys(values).length > 0) merged[section] = values
  }
  return { merged, fromEnv }
}

/** The keys of a zod object schema (through .default/.prefault/.optional wrappers). */
export function objectKeys(schema: z.ZodType): string[] {
  let s: any = schema
  while (s?._zod?.def?.innerType) s = s._zod.def.innerType
  return s?._zod?.def?.shape ? Object.keys(s._zod.def.shape) : []
}
