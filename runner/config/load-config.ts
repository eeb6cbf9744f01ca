/**
 * relay.yaml + environment -> a validated RelayConfig. Every problem is reported at once, each naming where to fix
 * it: `file:line:col: key.path: message` for the YAML (the form of the pipeline errors), the variable's name for a
 * value from the environment.
 */
import { existsSync, statSync } from 'node:fs'
import { dirname, isAbsolute, join } from 'node:path'
import type { EventSource } from '../../destinations/tiktok/core/contract.ts'
import { SOURCE_ID_SETTINGS } from '../../destinations/tiktok/core/event-source.ts'
import { describeSchemaIssues } from '../../destinations/tiktok/pipelines/describe-schema-issue.ts'
import { formatYamlPath, type YamlPath } from '../../destinations/tiktok/pipelines/pipeline-issue.ts'
import { type ConfigIssue, RelayConfigError } from './config-error.ts'
import { type ConfigFile, type Place, readConfigFile } from './config-file.ts'
import { type Env, objectKeys, overlayEnv } from './env-overlay.ts'
import { RelayConfig } from './schema.ts'

/** event_source_id used in dry-run when no pixel code is configured: nothing is sent, so any id will do. */
export const DRY_RUN_PIXEL_CODE = 'DRY_RUN_PIXEL'

/** Required keys an environment variable can also provide: a missing one names both. */
const ENV_HINTS: Record<string, string> = { 'destinations.0.pixelCode': 'TIKTOK_PIXEL_CODE' }
/** The variable of each source's id, for the first destination. */
const ID_ENV: Record<string, string> = {
  pixelCode: 'TIKTOK_PIXEL_CODE',
  appId: 'TIKTOK_APP_ID',
  offlineEventSetId: 'TIKTOK_OFFLINE_EVENT_SET_ID',
  crmEventSetId: 'TIKTOK_CRM_EVENT_SET_ID'
}

/** The id setting of the source a destination's events go to when they name none (settings.eventSource). */
function defaultIdKey(d: object): 'pixelCode' | 'appId' | 'offlineEventSetId' | 'crmEventSetId' {
  const settings = (d as { settings?: { eventSource?: unknown } } | undefined)?.settings
  const source = typeof settings?.eventSource === 'string' ? settings.eventSource : 'web'
  return SOURCE_ID_SETTINGS[source as EventSource]?.key ?? 'pixelCode'
}

/** Keys whose values are credentials: an error about them never repeats the value. */
const SECRET_KEY = /token|writeKeys/i

export interface LoadedConfig {
  config: RelayConfig
  /** No access token anywhere: record what would be sent instead of sending it. */
  dryRun: boolean
  /** The directory relative paths in the config (pipelines) resolve against. */
  baseDir: string
  /** Things that do not stop the start but must be said (an access token in a file others can read). */
  warnings: string[]
}

/** Sections whose every key has a RELAY_<NAME> variable (delivery.lingerMs: RELAY_LINGER_MS). */
export const ENV_SECTIONS = {
  delivery: objectKeys(RelayConfig.shape.delivery),
  retention: objectKeys(RelayConfig.shape.retention)
}

const NO_FILE: ConfigFile = { raw: {}, place: () => ({}) }

export async function loadRelayConfig(opts: { file?: string; env: Env; port?: number }): Promise<LoadedConfig> {
  const file = opts.file ? await readConfigFile(opts.file) : NO_FILE
  const { merged, fromEnv } = overlayEnv(file.raw, opts.env, ENV_SECTIONS)
  if (opts.port !== undefined) merged.port = opts.port

  const destinations = merged.destinations as Array<Record<string, unknown>>
  const dryRun = destinations.every((d) => !d?.accessToken)
  // Dry-run sends nothing, so the default source gets a stand-in id when none is configured.
  if (dryRun) for (const d of destinations) if (d && !d[defaultIdKey(d)]) d[defaultIdKey(d)] = DRY_RUN_PIXEL_CODE

  /** An issue at `path`, placed at the variable that set it, else in the file. */
  const issueAt = (code: string, path: YamlPath, message: string, at: 'key' | 'value' = 'value'): ConfigIssue => {
    const env = envFor(fromEnv, path)
    const place: Place = env ? {} : file.place(path, at)
    return { code, path: formatYamlPath(path), message, ...place, ...(env ? { env } : {}) }
  }

  const parsed = RelayConfig.safeParse(merged)
  if (!parsed.success) {
    throw new RelayConfigError(
      describeSchemaIssues(parsed.error, merged, RelayConfig).map((d) => {
        const missing = d.code === 'missing_key' ? /"([^"]+)"/.exec(d.message)?.[1] : undefined
        const hint = missing && ENV_HINTS[[...d.path, missing].join('.')]
        if (hint && !opts.file) {
          return {
            code: 'missing',
            path: '',
            env: hint,
            message: 'not set; it is required once TIKTOK_ACCESS_TOKEN is'
          }
        }
        const message = SECRET_KEY.test(d.path.join('.')) ? withoutValue(d.message) : d.message
        return issueAt(d.code, d.path, hint ? `${message} (or set ${hint})` : message, d.at)
      })
    )
  }
  const config = parsed.data
  const baseDir = opts.file ? dirname(opts.file) : '.'
  const issues = crossChecks(config, dryRun, baseDir, issueAt, !opts.file)
  if (issues.length > 0) throw new RelayConfigError(issues)
  const warnings = opts.file && tokenInReadableFile(opts.file, file.raw) ? [tokenFileWarning(opts.file)] : []
  return { config, dryRun, baseDir, warnings }
}

/** relay.yaml names an access token and users other than its owner may read it (mode bits for group or others). */
function tokenInReadableFile(file: string, raw: Record<string, unknown>): boolean {
  const destinations = Array.isArray(raw.destinations) ? (raw.destinations as Array<Record<string, unknown>>) : []
  if (!destinations.some((d) => d && typeof d === 'object' && d.accessToken !== undefined)) return false
  return (statSync(file).mode & 0o077) !== 0
}

const tokenFileWarning = (file: string) =>
  `${file} holds an access token and other users can read it: chmod 600 ${file}, or move the token to TIKTOK_ACCESS_TOKEN`

/** The variable that set `path` or the list or map that holds it (`RELAY_WRITE_KEYS` for a write key). */
function envFor(fromEnv: Map<string, string>, path: YamlPath): string | undefined {
  for (let n = path.length; n > 0; n--) {
    const env = fromEnv.get(path.slice(0, n).join('.'))
    if (env) return env
  }
  return undefined
}

/** `expected a string, got a number (12345)` -> `expected a string, got a number`. */
function withoutValue(message: string): string {
  return message.replace(/^(expected .*, got [^(]*?) \(.*\)$/, '$1')
}

/** Rules across keys that the schema cannot say: tokens, write keys, ids, pipeline paths. */
function crossChecks(
  config: RelayConfig,
  dryRun: boolean,
  baseDir: string,
  issueAt: (code: string, path: YamlPath, message: string) => ConfigIssue,
  envOnly: boolean
): ConfigIssue[] {
  const issues: ConfigIssue[] = []
  const seenKeys = new Map<string, number>()
  const seenIds = new Set<string>()
  config.destinations.forEach((d, i) => {
    // Events that name no source go to settings.eventSource: that source's id is required.
    const idKey = defaultIdKey(d)
    if (d[idKey] === undefined) {
      const hint = i === 0 ? ID_ENV[idKey] : undefined
      if (hint && envOnly)
        issues.push({
          code: 'missing',
          path: '',
          env: hint,
          message: 'not set; it is required once TIKTOK_ACCESS_TOKEN is'
        })
      else {
        const source = d.settings.eventSource
        const why = source === 'web' ? '' : ` (events that name no source go to ${source}: settings.eventSource)`
        const message = `missing required key "${idKey}"${why}${hint ? ` (or set ${hint})` : ''}`
        issues.push(issueAt('missing_key', ['destinations', i], message))
      }
    }
    if (!dryRun && !d.accessToken) {
      issues.push(
        issueAt(
          'missing_token',
          ['destinations', i],
          'no access token: another destination has one; set one here too (or none anywhere for dry-run)'
        )
      )
    }
    if (config.destinations.length > 1 && d.writeKeys.length === 0) {
      issues.push(
        issueAt('missing_write_keys', ['destinations', i], 'with several destinations, each needs its own writeKeys')
      )
    }
    d.writeKeys.forEach(({ key: k }, j) => {
      // Never echo the key itself: it is a credential.
      const other = seenKeys.get(k)
      if (other !== undefined) {
        issues.push(
          issueAt(
            'duplicate_write_key',
            ['destinations', i, 'writeKeys', j],
            `also a write key of destinations[${other}]`
          )
        )
      }
      seenKeys.set(k, i)
    })
    if (seenIds.has(d.id)) issues.push(issueAt('duplicate_id', ['destinations', i, 'id'], `id "${d.id}" is used twice`))
    seenIds.add(d.id)
    d.pipelines.forEach((p, j) => {
      if (!existsSync(isAbsolute(p) ? p : join(baseDir, p))) {
        issues.push(
          issueAt('pipelines_missing', ['destinations', i, 'pipelines', j], `no such file or directory: ${p}`)
        )
      }
    })
  })
  return issues
}
