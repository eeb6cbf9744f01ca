/**
 * The path of the event a TikTok field's value was read from: a warning about `properties.value` on an event that
 * sent `properties.revenue` says `properties.revenue`, the field the sender can fix. The core only knows TikTok's
 * paths (it sees the reportEvent input, not the event); this walks the mapping that made the input (a pipeline's
 * compiled mapping, or the custom-event mapping) against the event, taking the branch each `@if` took, as
 * compile-mapping.ts evaluates it. Called only for a warning or a refusal, never per event.
 *
 * Traced: `@path`, `@if` (exists and blank), `@case`, `@arrayPath` items (`properties.contents.1.price` ->
 * `properties.products.1.price`), literal lists and objects, and the other trait spellings the core looks up in
 * `user_traits` (trait-spellings.ts). A value no sent field holds (a `@literal`, a `@template`, the value summed
 * from the contents when none was sent) is traced to what decided it where there is one (the contents' array, the
 * field an `@if` tested), else to nothing: the caller keeps TikTok's path. A field the core refuses an event without
 * (a CRM event's lead id) and that nothing was sent for is named where the mapping reads it first.
 */
import { TRAIT_SPELLINGS } from '../core/trait-spellings.ts'
import { compileMapping } from '../mapping/compile-mapping.ts'
import type { JsonValue, Mapping } from '../mapping/mapping-types.ts'
import { readFirstPaths } from './source-paths.ts'
import { resolveTarget } from './tiktok-targets.ts'

type Json = JsonValue | undefined
const isObject = (v: unknown): v is Record<string, JsonValue> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
const present = (v: unknown) => v !== undefined && v !== null

/** The expression's value for `payload`, exactly as the compiled mapping computes it. */
const evaluate = (expr: JsonValue, payload: unknown): unknown =>
  compileMapping({ v: expr })(isObject(payload) ? payload : {}).v

/** `$.properties.revenue` -> `properties.revenue`; `$.` (the item itself) -> ''. */
const bare = (path: string) => path.replace(/^\$\.?/, '')
const join = (...parts: string[]) => parts.filter((p) => p !== '').join('.')

/**
 * TikTok paths the core refuses an event without (contract.ts REQUIRED_PATHS) and that one field fills: only for
 * these is a path that sent nothing named (where the mapping would have read it). `user` needs any of several keys.
 */
const REFUSED_WHEN_MISSING: ReadonlySet<string> = new Set(['event', 'event_time', 'lead', 'lead.lead_id'])

/** The reportEvent field a TikTok path is filled from, and the path inside it (a contents item and its key). */
function reportFieldOf(tiktokPath: string): { key: string; sub: string[] } | undefined {
  // A CRM event without its lead: the lead id is what it lacks.
  const parts = (tiktokPath === 'lead' ? 'lead.lead_id' : tiktokPath).split('.')
  if (parts[0] === 'properties' && parts[1] === 'contents' && parts.length >= 4 && /^\d+$/.test(parts[2]!))
    return { key: 'contents', sub: [parts[2]!, parts[3]!] }
  // The longest prefix that names a field (`user.email.0` -> email).
  for (let n = parts.length; n > 0; n--) {
    const target = resolveTarget(parts.slice(0, n).join('.'))
    if (target?.kind === 'field') return { key: target.key, sub: [] }
    if (target?.kind === 'custom') return { key: 'custom_properties', sub: [target.key] }
  }
  return undefined
}

/** The path `expr` read its value from in `payload`, with `sub` (item index, key) followed inside it. */
function trace(expr: Json, payload: unknown, sub: readonly string[]): string | undefined {
  if (Array.isArray(expr)) return sub.length === 0 ? undefined : trace(expr[Number(sub[0])], payload, sub.slice(1))
  if (!isObject(expr)) return undefined
  const path = expr['@path']
  if (typeof path === 'string') return present(evaluate(expr, payload)) ? join(bare(path), ...sub) : undefined
  const branches = expr['@if']
  if (isObject(branches)) return traceIf(branches, payload, sub)
  const cased = expr['@case']
  if (isObject(cased)) return trace(cased.value, payload, sub)
  const array = expr['@arrayPath']
  if (Array.isArray(array)) return traceArray(array, payload, sub)
  if (Object.keys(expr).some((k) => k.startsWith('@')) || sub.length === 0) return undefined
  return trace(expr[sub[0]!], payload, sub.slice(1))
}

function traceIf(branches: Record<string, JsonValue>, payload: unknown, sub: readonly string[]): string | undefined {
  const condition = branches.exists ?? branches.blank
  if (condition === undefined) return undefined
  const value = evaluate(condition, payload)
  // biome-ignore lint/suspicious/noDoubleEquals: mapping-kit's own test of blank (compile-mapping.ts)
  const taken = branches.exists !== undefined ? present(value) : present(value) && value != ''
  const branch = taken ? branches.then : branches.else || undefined
  // A constant chosen because a field was there (`@if exists: x, then: "app"`): that field decided it.
  return trace(branch, payload, sub) ?? (taken && sub.length === 0 ? trace(condition, payload, []) : undefined)
}

function traceArray(array: JsonValue[], payload: unknown, sub: readonly string[]): string | undefined {
  const [root, shape] = array
  if (typeof root !== 'string') return undefined
  const items = evaluate({ '@path': root }, payload)
  if (!present(items)) return undefined
  if (sub.length === 0) return bare(root)
  if (!isObject(shape) || Object.keys(shape).length === 0) return join(bare(root), ...sub)
  const [index, key, ...rest] = sub
  // An object where a list was expected is mapped as a list of one (compile-mapping.ts).
  const item = Array.isArray(items) ? items[Number(index)] : index === '0' ? items : undefined
  if (!present(item)) return undefined
  const at = Array.isArray(items) ? join(bare(root), index!) : bare(root)
  // A key the item lacks (a product without an id): the item is what to fix.
  const inner = key === undefined ? '' : (trace(shape[key], item, rest) ?? '')
  return join(at, inner)
}

/** One of the core's other trait spellings, read where the mapping's `user_traits` came from. */
function traceTraitSpelling(mapping: Mapping, key: string, event: Record<string, unknown>): string | undefined {
  const spellings: readonly string[] | undefined = TRAIT_SPELLINGS[key as keyof typeof TRAIT_SPELLINGS]
  const base = spellings && trace(mapping.user_traits, event, [])
  if (base === undefined || !spellings) return undefined
  const traits = evaluate(mapping.user_traits as JsonValue, event)
  for (const spelling of spellings) {
    const value = evaluate({ '@path': `$.${spelling}` }, traits)
    // The same test as withTraitSpellings: the first non-empty scalar.
    if (present(value) && value !== '' && typeof value !== 'object') return join(base, spelling)
  }
  return undefined
}

/**
 * The event path that `tiktokPath` (a FieldWarning's field or an Issue's path: `properties.value`,
 * `properties.contents.1.price`, `user.country`, `event_time`) was read from by `mapping` in `event`, or undefined
 * when no field the sender sent holds it (the caller keeps TikTok's path then).
 */
export function sentPathOf(mapping: Mapping, tiktokPath: string, event: Record<string, unknown>): string | undefined {
  const field = reportFieldOf(tiktokPath)
  if (!field) return undefined
  const traced = trace(mapping[field.key], event, field.sub)
  if (traced !== undefined) return traced
  // No value was sent: the core summed price x quantity over the contents (the list, or the one product's price).
  if (field.key === 'value') return trace(mapping.contents, event, ['0', 'price'])?.replace(/\.0\.price$/, '')
  const spelt = traceTraitSpelling(mapping, field.key, event)
  if (spelt !== undefined || !REFUSED_WHEN_MISSING.has(tiktokPath)) return spelt
  // A required field nothing was sent for (a CRM event's lead id): the first place the mapping reads it from.
  const reads = readFirstPaths(mapping[field.key] as JsonValue)
  return reads?.[0] === undefined ? undefined : bare(reads[0])
}
