/**
 * The named transforms a pipeline entry may use (`transform: <name>`), a small registry in the spirit of
 * mapping-kit's directives. Each does one job, says how it compiles to mapping-kit, and fails with a message that
 * names it. Normalising, hashing and coercion are the core's job (done the same way for every host), so several
 * transforms only check that they are used on a field where the core does that work and compile to a plain read.
 */
import type { JsonValue } from '../mapping/mapping-types.ts'
import { HASHED_FIELDS, NUMERIC_TARGETS, type Target } from './tiktok-targets.ts'

export interface TransformInput {
  target: Target
  targetText: string
  /** The mapping-kit expression reading the entry's source (or template). */
  read: JsonValue
  /** The source paths, when the entry has a source. */
  sources: string[]
  /** The entry's `field` key (pluck). */
  field?: string
}

export type TransformResult =
  /** `pluckFrom`: the array path whose items `expr` reads (pluck only). */
  { expr: JsonValue; pluckFrom?: string } | { problem: string; key?: 'field' | 'source' | 'target' }

export interface NamedTransform {
  name: string
  summary: string
  /** How it appears in the compiled mapping-kit mapping (documentation and manifest). */
  mappingKit: string
  apply(input: TransformInput): TransformResult
}

const onlyTimestamp =
  (name: string) =>
  (input: TransformInput): TransformResult =>
    input.target.kind === 'field' && input.target.key === 'timestamp'
      ? { expr: input.read }
      : { problem: `${name}: ${input.targetText} is not a time; ${name} applies to timestamp`, key: 'target' }

const TRANSFORMS: NamedTransform[] = [
  {
    name: 'iso8601',
    summary: 'The source is an ISO-8601 time; TikTok gets Unix seconds',
    mappingKit: '@path (the core parses ISO-8601, Unix seconds or milliseconds into event_time)',
    apply: onlyTimestamp('iso8601')
  },
  {
    name: 'unix',
    summary: 'The source is a Unix time in seconds or milliseconds',
    mappingKit: '@path (the core turns seconds or milliseconds into event_time)',
    apply: onlyTimestamp('unix')
  },
  {
    name: 'sha256_normalise',
    summary: "Normalise and SHA-256 hash a match key by TikTok's rules for that field",
    mappingKit: '@path (the core normalises and hashes email, phone, external_id, names and zip code)',
    apply: (input) =>
      input.target.kind === 'field' && HASHED_FIELDS.has(input.target.key)
        ? { expr: input.read }
        : {
            problem: `sha256_normalise: ${input.targetText} is sent as is, never hashed; hashing applies to user.email, user.phone, user.external_id, user.first_name, user.last_name, user.zip_code`,
            key: 'target'
          }
  },
  {
    name: 'pluck',
    summary: 'Read `field` from each item of the source array into contents[]',
    mappingKit: '@arrayPath [source, { <content key>: { @path: $.<field> } }]',
    apply(input) {
      if (input.target.kind !== 'content') {
        return {
          problem: `pluck: ${input.targetText} is not a contents field; pluck fills content_id, content_name, content_category, brand, price or quantity`,
          key: 'target'
        }
      }
      if (!input.field) return { problem: 'pluck: missing required key "field" (the key read from each item)' }
      if (input.sources.length !== 1) {
        return { problem: 'pluck: expected one array path as source, such as properties.products', key: 'source' }
      }
      return { expr: { '@path': `$.${input.field}` }, pluckFrom: input.sources[0] }
    }
  },
  {
    name: 'lowercase',
    summary: 'Lower-case a string',
    mappingKit: '@case { operator: lower }',
    apply: (input) => ({ expr: { '@case': { operator: 'lower', value: input.read } } })
  },
  {
    name: 'number',
    summary: 'The source is a number or a numeric string',
    mappingKit: '@path (the core parses numeric strings for value, num_items, price and quantity)',
    apply: (input) =>
      NUMERIC_TARGETS.has(input.target.key)
        ? { expr: input.read }
        : {
            problem: `number: ${input.targetText} is not numeric; number applies to value, num_items, price, quantity`,
            key: 'target'
          }
  }
]

export const NAMED_TRANSFORMS: ReadonlyMap<string, NamedTransform> = new Map(TRANSFORMS.map((t) => [t.name, t]))

/** Entry keys that act like transforms, documented beside the named ones. */
export const ENTRY_MODIFIERS = [
  {
    name: 'value',
    summary: 'A static value (with a source: only when the source is present)',
    mappingKit: 'the value itself, or @if { exists: source, then: value }'
  },
  { name: 'template', summary: 'Text with {{event.path}} placeholders', mappingKit: '@template' },
  {
    name: 'default',
    summary: 'Used when the source is missing (undefined or null)',
    mappingKit: '@if { exists: source, then: ..., else: default }'
  },
  { name: 'source list', summary: 'The first source present', mappingKit: 'nested @if { exists, then, else }' }
] as const
