/**
 * relay.yaml + environment -> a validated RelayConfig. Every problem is reported at once, each naming where to fix
 * it: the environment variable, or file:line:col and the key path in the YAML.
 */
import { readFile } from 'node:fs/promises'
import { isMap, LineCounter, parseDocument } from 'yaml'
import type { Issue } from '../../destinations/tiktok/core/errors.ts'
import { RelayConfigError } from './config-error.ts'
import { type Env, objectKeys, overlayEnv } from './env-overlay.ts'
import { RelayConfig } from './schema.ts'

/** event_source_id used in dry-run when no pixel code is configured: nothing is sent, so any id will do. */
export const DRY_RUN_PIXEL_CODE = 'DRY_RUN_PIXEL'

/** Required keys an environment variable can also provide: a missing one names both. */
const ENV_HINTS: Record<string, string> = { 'destinations.0.pixelCode': 'TIKTOK_PIXEL_CODE' }

export interface LoadedConfig {
  config: RelayConfig
  /** No access token anywhere: record what would be sent instead of sending it. */
  dryRun: boolean
  /** The directory relative paths in the config (pipelines) resolve against. */
  baseDir: string
}

interface Located {
  raw: Record<string, unknown>
  locate(path: PropertyKey[]): string | undefined
}

async function readYaml(file: string): Promise<Located> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (err) {
    throw new RelayConfigError([
      { code: 'config_unreadable', path: file, message: `cannot read: ${(err as NodeJS.ErrnoException).code ?? err}` }
    ])
  }
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: false })
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset)
    return `${file}:${line}:${col}`
  }
  if (doc.errors.length > 0) {
    throw new RelayConfigError(
      doc.errors.map((e) => ({ code: 'yaml_syntax', path: at(e.pos[0]), message: e.message.split('\n')[0]! }))
    )
  }
  const raw = doc.toJS() ?? {}
  if (typeof raw !== 'object' || Array.isArray(raw) || !isMap(doc.contents)) {
    throw new RelayConfigError([{ code: 'yaml_shape', path: `${file}:1:1`, message: 'expected a mapping of keys' }])
  }
  return {
    raw,
    locate(path) {
      // The deepest node that exists: a missing key is reported at its parent mapping.
      for (let n = path.length; n >= 0; n--) {
        const node = doc.getIn(path.slice(0, n) as unknown[], true) as { range?: [number, number, number] } | undefined
        if (node?.range) return at(node.range[0])
      }
      return undefined
    }
  }
}

export async function loadRelayConfig(opts: { file?: string; env: Env; port?: number }): Promise<LoadedConfig> {
  const located: Located = opts.file ? await readYaml(opts.file) : { raw: {}, locate: () => undefined }
  const { merged, fromEnv } = overlayEnv(located.raw, opts.env, {
    delivery: objectKeys(RelayConfig.shape.delivery),
    retention: objectKeys(RelayConfig.shape.retention)
  })
  if (opts.port !== undefined) merged.port = opts.port

  const destinations = merged.destinations as Array<Record<string, unknown>>
  const dryRun = destinations.every((d) => !d?.accessToken)
  if (dryRun) for (const d of destinations) if (d && !d.pixelCode) d.pixelCode = DRY_RUN_PIXEL_CODE

  const parsed = RelayConfig.safeParse(merged)
  const issues: Issue[] = []
  const name = (path: PropertyKey[]) => {
    const dotted = path.map(String).join('.')
    const env = fromEnv.get(dotted)
    if (env) return `${env} (${dotted})`
    const where = located.locate(path)
    return where ? `${where} ${dotted}` : dotted
  }
  if (!parsed.success) {
    for (const i of parsed.error.issues) {
      if (i.code === 'unrecognized_keys') {
        // One issue per unknown key, located at the key itself.
        for (const k of i.keys) issues.push({ code: i.code, path: name([...i.path, k]), message: 'unknown key' })
      } else if (i.code === 'invalid_type' && i.input === undefined && ENV_HINTS[i.path.join('.')]) {
        const env = ENV_HINTS[i.path.join('.')]
        issues.push({ code: 'missing', path: `${env} / ${name(i.path)}`, message: `required: set ${env} or the key` })
      } else {
        issues.push({ code: i.code, path: name(i.path), message: i.message })
      }
    }
    throw new RelayConfigError(issues)
  }
  const config = parsed.data
  if (!dryRun) {
    config.destinations.forEach((d, i) => {
      if (!d.accessToken) {
        issues.push({
          code: 'missing_token',
          path: name(['destinations', i, 'accessToken']),
          message: 'another destination has an access token; set one here too (or none anywhere for dry-run)'
        })
      }
    })
  }
  const seen = new Map<string, number>()
  config.destinations.forEach((d, i) => {
    if (config.destinations.length > 1 && d.writeKeys.length === 0) {
      issues.push({
        code: 'missing_write_keys',
        path: name(['destinations', i, 'writeKeys']),
        message: 'with several destinations, each needs its own write keys'
      })
    }
    for (const { key: k } of d.writeKeys) {
      // Never echo the key itself: it is a credential.
      if (seen.has(k)) {
        issues.push({
          code: 'duplicate_write_key',
          path: name(['destinations', i, 'writeKeys']),
          message: `a write key is also listed for destination ${seen.get(k)}`
        })
      }
      seen.set(k, i)
    }
  })
  const ids = config.destinations.map((d) => d.id)
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i)
      issues.push({ code: 'duplicate_id', path: name(['destinations', i, 'id']), message: `id "${id}" is used twice` })
  })
  if (issues.length > 0) throw new RelayConfigError(issues)
  const baseDir = opts.file ? opts.file.replace(/[/\\][^/\\]*$/, '') || '.' : '.'
  return { config, dryRun, baseDir: opts.file && !/[/\\]/.test(opts.file) ? '.' : baseDir }
}
