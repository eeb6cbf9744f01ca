/**
 * Configured destinations -> routes: each write key opens one route (pixel, TikTok settings, its pipelines loaded
 * and compiled once), and the delivery worker gets each route's token and settings (in memory only).
 */

import { readdir, readFile, stat } from 'node:fs/promises'
import { isAbsolute, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { EventValidationError } from '../../destinations/tiktok/core/errors.ts'
import { CoreSettings } from '../../destinations/tiktok/core/settings.ts'
import { CUSTOM_EVENT_MAPPING } from '../../destinations/tiktok/pipelines/custom-events.ts'
import { FIELD_DEFAULTS } from '../../destinations/tiktok/pipelines/field-defaults.ts'
import { loadPipelines, type PipelineSource } from '../../destinations/tiktok/pipelines/load-pipelines.ts'
import {
  evaluatePipeline,
  matchPipelines,
  type PreparedPipelines,
  preparePipelines
} from '../../destinations/tiktok/pipelines/run-pipelines.ts'
import { sentPathOf } from '../../destinations/tiktok/pipelines/sent-path.ts'
import type { PlaygroundTarget } from '../console/api/playground.ts'
import { pipelineOf, tagPipeline } from '../console/pipeline-tag.ts'
import type { DeliveryRouteConfig } from '../delivery/worker.ts'
import type { RelayRoute } from '../intake/accept-messages.ts'
import type { SegmentMessage } from '../intake/parse-messages.ts'
import { createWriteKeyTable, type WriteKeyTable } from '../intake/write-keys.ts'
import { errorMessage } from '../log.ts'
import type { DeliveryRoute } from '../store/relay-store.ts'
import { RelayConfigError } from './config-error.ts'
import type { RelayConfig } from './schema.ts'

/** The pipelines shipped with the relay (one per TikTok standard event). */
export const SHIPPED_PIPELINES_DIR = fileURLToPath(new URL('../../pipelines/', import.meta.url))
/** Settings need a token to parse; in dry-run nothing is sent, so a placeholder stands in. */
const DRY_RUN_TOKEN = 'dry-run'

async function pipelineFiles(paths: string[], baseDir: string): Promise<string[]> {
  const files: string[] = []
  for (const p of paths) {
    const full = isAbsolute(p) ? p : join(baseDir, p)
    let info: Awaited<ReturnType<typeof stat>>
    try {
      info = await stat(full)
    } catch {
      // loadRelayConfig has checked the configured paths; this is one that went away since.
      throw new RelayConfigError([{ code: 'pipelines_missing', path: p, message: 'no such file or directory' }])
    }
    if (!info.isDirectory()) files.push(full)
    else {
      const names = (await readdir(full)).filter((n) => /\.ya?ml$/.test(n)).sort()
      files.push(...names.map((n) => join(full, n)))
    }
  }
  return files
}

async function loadRunnable(
  destination: RelayConfig['destinations'][number],
  baseDir: string
): Promise<PreparedPipelines> {
  const paths = destination.pipelines.length > 0 ? destination.pipelines : [SHIPPED_PIPELINES_DIR]
  const files = await pipelineFiles(paths, destination.pipelines.length > 0 ? baseDir : '.')
  const sources: PipelineSource[] = await Promise.all(
    files.map(async (f) => ({ path: relative(process.cwd(), f) || f, text: await readFile(f, 'utf8') }))
  )
  // No environment: a pipeline's own output block does not pick tokens here; the destination's config does.
  const { pipelines, issues } = loadPipelines(sources, { fieldDefaults: FIELD_DEFAULTS })
  if (issues.length > 0) {
    throw new RelayConfigError(issues)
  }
  return preparePipelines(pipelines)
}

function mapperFor(prepared: PreparedPipelines): RelayRoute['mapMessage'] {
  return (message: SegmentMessage) =>
    matchPipelines(prepared, message).map((r) => {
      try {
        return tagPipeline(evaluatePipeline(r, message), r.pipeline.name)
      } catch (err) {
        // A mapping that cannot read this event (a @template over a non-string, ...): the event is refused.
        throw new EventValidationError([{ code: 'mapping_failed', path: r.pipeline.name, message: errorMessage(err) }])
      }
    })
}

/**
 * The client's path of a TikTok field, read back from the mapping that made the input: the pipeline's its tag names,
 * or the custom-event mapping for an untagged input (sendCustomEvents).
 */
function sentPathFor(prepared: PreparedPipelines): RelayRoute['sentPath'] {
  const mappings = new Map(prepared.pipelines.map((r) => [r.pipeline.name, r.pipeline.mapping]))
  return (input, message, tiktokPath) => {
    const name = pipelineOf(input)
    const mapping = name === '' ? CUSTOM_EVENT_MAPPING : mappings.get(name)
    return mapping && sentPathOf(mapping, tiktokPath, message)
  }
}

/**
 * The queue route of an event of one source and id: the worker batches per (route, source, id, test code), so one
 * destination's web and app events leave in separate requests. One object per pair, made once.
 */
export function queueRoutes(routeId: string, testEventCode?: string): RelayRoute['deliveryFor'] {
  const known = new Map<string, DeliveryRoute>()
  return (eventSource, eventSourceId) => {
    const key = `${eventSource}\u0000${eventSourceId}`
    let route = known.get(key)
    if (!route) {
      // pixel_code is the queue's column for the event_source_id, whatever the source.
      route = { routeId, pixelCode: eventSourceId, eventSource, ...(testEventCode ? { testEventCode } : {}) }
      known.set(key, route)
    }
    return route
  }
}

export async function buildRoutes(
  config: RelayConfig,
  baseDir: string
): Promise<{
  table: WriteKeyTable<RelayRoute>
  deliveryRoutes: Map<string, DeliveryRouteConfig>
  /** Each destination's settings and pipelines, for the console's Playground. */
  previews: PlaygroundTarget[]
}> {
  const entries: Array<{ key: string; route: RelayRoute }> = []
  const deliveryRoutes = new Map<string, DeliveryRouteConfig>()
  const routes: RelayRoute[] = []
  const previews: PlaygroundTarget[] = []
  for (const d of config.destinations) {
    const settings = CoreSettings.parse({
      ...d.settings,
      accessToken: d.accessToken ?? DRY_RUN_TOKEN,
      pixelCode: d.pixelCode,
      appId: d.appId,
      offlineEventSetId: d.offlineEventSetId,
      crmEventSetId: d.crmEventSetId,
      apiUrl: config.apiUrl
    })
    const prepared = await loadRunnable(d, baseDir)
    const route: RelayRoute = {
      id: d.id,
      // Anyone may call an open relay (no keys): its calls are as public as a browser's.
      scope: 'browser',
      deliveryFor: queueRoutes(d.id, settings.testEventCode),
      settings,
      mapMessage: mapperFor(prepared),
      sentPath: sentPathFor(prepared)
    }
    previews.push({ destination: d.id, settings, prepared })
    routes.push(route)
    deliveryRoutes.set(d.id, { accessToken: d.accessToken, settings })
    // One route per key: the same destination, with the key's own scope.
    for (const { key, scope } of d.writeKeys) entries.push({ key, route: { ...route, scope } })
  }
  return { table: createWriteKeyTable(entries, routes[0]!), deliveryRoutes, previews }
}
