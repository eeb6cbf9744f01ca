/**
 * Environment variables laid over the parsed relay.yaml. Returns the merged raw object and, for each config path
 * set from the environment, the variable's name, so an error can say "PORT: ..." rather than "port: ...".
 */
import type { z } from 'zod'

export type Env = Record<string, string | undefined>

const TOP_LEVEL: Array<[envName: string, key: string, kind: 'number' | 'string']> = [
  ['PORT', 'port', 'number'],
  ['RELAY_HOSTNAME', 'hostname', 'string'],
  ['RELAY_DATA_DIR', 'dataDir', 'string'],
  ['RELAY_COOKIE_DOMAIN', 'cookieDomain', 'string'],
  ['RELAY_TRUST_PROXY', 'trustProxy', 'number'],
  ['TIKTOK_API_URL', 'apiUrl', 'string']
]

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
    if (!set(env[name])) continue
    merged[key] = coerce(env[name], kind)
    fromEnv.set(key, name)
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
  const destEnv: Array<[string, string, (v: string) => unknown]> = [
    ['TIKTOK_PIXEL_CODE', 'pixelCode', (v) => v.trim()],
    ['TIKTOK_ACCESS_TOKEN', 'accessToken', (v) => v.trim()],
    [
      'RELAY_WRITE_KEYS',
      'writeKeys',
      (v) =>
        v
          .split(',')
          .map((k) => k.trim())
          .filter(Boolean)
    ]
  ]
  for (const [name, key, read] of destEnv) {
    if (!set(env[name])) continue
    first[key] = read(env[name])
    fromEnv.set(`destinations.0.${key}`, name)
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
