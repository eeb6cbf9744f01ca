/**
 * The reportEvent field defaults (mapping-kit), read from the action's field definitions so compiled pipelines
 * start from exactly what a CDP user sees in the actions-core UI. fields.ts only imports actions-core types, so
 * this stays loadable by Node and Deno.
 */
import type { JsonValue, Mapping } from '../mapping/mapping-types.ts'
import { fields } from '../report-event/fields.ts'

export const FIELD_DEFAULTS: Mapping = Object.fromEntries(
  Object.entries(fields).flatMap(([key, field]) =>
    'default' in field && field.default !== undefined ? [[key, field.default as JsonValue]] : []
  )
)
