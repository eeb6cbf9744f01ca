/**
 * The reportEvent field defaults (mapping-kit), read from the action's field definitions so compiled pipelines
 * start from exactly what a CDP user sees in the actions-core UI, and the part of them one pipeline keeps
 * (fieldDefaultsFor). fields.ts only imports actions-core types, so this stays loadable by Node and Deno.
 */
import { isStandardEvent, resolveEventName, type StandardEventName } from '../core/standard-events.ts'
import type { JsonValue, Mapping } from '../mapping/mapping-types.ts'
import { fields } from '../report-event/fields.ts'
import type { CallType } from './pipeline-schema.ts'
import { readFirst, readFirstPaths } from './source-paths.ts'

export const FIELD_DEFAULTS: Mapping = Object.fromEntries(
  Object.entries(fields).flatMap(([key, field]) =>
    'default' in field && field.default !== undefined ? [[key, field.default as JsonValue]] : []
  )
)

/**
 * Defaults for parameters TikTok documents for one standard event only: its standard events table lists the search
 * query (search_string) as a parameter of Search and of no other event. Other standard events leave the default
 * out; a pipeline entry (find-location.yaml has one), or a field a user adds in the UI, still sets it on any event.
 */
const EVENT_ONLY_DEFAULTS: ReadonlyMap<string, readonly StandardEventName[]> = new Map([['search_string', ['Search']]])

/** Mobile SDK context (context.device, context.app): apps send track, screen and identify calls, never page calls. */
const APP_ONLY_DEFAULTS: ReadonlySet<string> = new Set(['device', 'app'])

/** Where top-level `traits` live: only identify calls carry them (Segment spec). */
const TOP_LEVEL_TRAITS = '$.traits.'

export interface PipelineShape {
  /** The call types the pipeline's trigger accepts. */
  callTypes: readonly CallType[]
  /** The TikTok event it sends, when static. */
  event?: string
}

/**
 * The defaults one pipeline starts from. Each lookup a mapping holds costs actions-core time on every event, so
 * defaults that cannot apply to the pipeline are left out:
 * - Segment puts a user's traits in context.traits on track, page and screen calls; top-level `traits` exist only
 *   on identify calls. A pipeline that receives no identify drops the `$.traits.*` reads from the default
 *   first-present chains (first_name: context.traits, then properties; zip_code: context.traits only): a
 *   Segment-spec event it receives never has them. Pipelines triggered by identify keep them.
 * - A default TikTok documents for another event only (EVENT_ONLY_DEFAULTS), when the event is a standard one.
 * - The mobile context (APP_ONLY_DEFAULTS) for a pipeline that receives page calls only (web pages).
 * Only these defaults change: a pipeline's own entries are put over them as written (buildMapping), so a
 * `source: traits.email` still reads `$.traits.email`.
 */
export function fieldDefaultsFor(defaults: Mapping, pipeline: PipelineShape): Mapping {
  const withTraits = pipeline.callTypes.includes('identify')
  const webOnly = pipeline.callTypes.every((t) => t === 'page')
  const event = pipeline.event === undefined ? undefined : resolveEventName(pipeline.event)
  const out: Mapping = {}
  for (const [key, expr] of Object.entries(defaults)) {
    const onlyFor = EVENT_ONLY_DEFAULTS.get(key)
    if (onlyFor && event !== undefined && isStandardEvent(event) && !onlyFor.includes(event)) continue
    if (webOnly && APP_ONLY_DEFAULTS.has(key)) continue
    const paths = withTraits ? undefined : readFirstPaths(expr)
    if (paths === undefined) {
      out[key] = expr
      continue
    }
    const kept = paths.filter((path) => path !== '$.traits' && !path.startsWith(TOP_LEVEL_TRAITS))
    if (kept.length > 0) out[key] = kept.length === paths.length ? expr : readFirst(kept)
  }
  return out
}
