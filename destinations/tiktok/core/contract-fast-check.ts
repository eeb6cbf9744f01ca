/**
 * A yes/no validity check compiled once from a contract.ts zod schema's own definition, for the hot path: zod
 * builds a result object and issue list for every field of every event, which measured as the largest single cost
 * of buildTikTokEvent. The compiled check only answers "certainly valid"; anything else (including any schema
 * construct it does not understand, which compiles to "never certain") goes to zod, which stays the judge and
 * produces the issues. So the contract is still written once, in contract.ts, and cannot drift from this check.
 */
import type { z } from 'zod'

type Check = (value: unknown) => boolean
interface Def {
  type: string
  checks?: Array<{ _zod: { def: Record<string, any> } }>
  [key: string]: any
}

const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def
/** Only object literals (or null-prototype objects) are judged here; anything more exotic goes to zod. */
const isPlainObject = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== 'object' || v === null) return false
  const proto = Object.getPrototypeOf(v)
  return proto === Object.prototype || proto === null
}

/** `^[0-9a-f]{64}$`-shaped patterns (one non-negated character class, a fixed or bounded count). */
const SIMPLE_PATTERN = /^\^\[(?!\^)((?:[^\]\\]-[^\]\\]|[^\]\\-])+)\]\{(\d+)(?:,(\d+))?\}\$$/
const CLASS_PART = /([^\]\\])-([^\]\\])|([^\]\\-])/g

/**
 * A regex check as a predicate. The contract's hex-digest and country patterns are a single ASCII character class
 * repeated; those become a table lookup per character, cheaper than entering the regex engine for
 * every hashed field of every event. Any other pattern is tested as written.
 */
function compilePattern(pattern: RegExp): Check {
  const simple = pattern.flags === '' ? SIMPLE_PATTERN.exec(pattern.source) : null
  if (!simple) return (v) => pattern.test(v as string)
  const allowed = new Uint8Array(128)
  for (const part of simple[1].matchAll(CLASS_PART)) {
    const from = (part[1] ?? part[3]).charCodeAt(0)
    const to = (part[2] ?? part[3]).charCodeAt(0)
    if (from > 127 || to > 127) return (v) => pattern.test(v as string)
    for (let c = from; c <= to; c++) allowed[c] = 1
  }
  const min = Number(simple[2])
  const max = simple[3] === undefined ? min : Number(simple[3])
  return (v) => {
    const text = v as string
    if (text.length < min || text.length > max) return false
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      if (c > 127 || allowed[c] === 0) return false
    }
    return true
  }
}

/** One zod check (min_length, regex, ...) as a predicate, or undefined for a kind this file does not know. */
function compileCheck(def: Record<string, any>): Check | undefined {
  // Limits are copied out of zod's def objects at compile time: reading them from the def on every call measured
  // as the largest cost of the whole check on Bun (~1 us per event).
  switch (def.check) {
    case 'min_length': {
      const minimum: number = def.minimum
      return (v) => (v as { length: number }).length >= minimum
    }
    case 'max_length': {
      const maximum: number = def.maximum
      return (v) => (v as { length: number }).length <= maximum
    }
    case 'string_format': {
      if (def.format !== 'regex' || !(def.pattern instanceof RegExp) || def.pattern.global || def.pattern.sticky) return
      return compilePattern(def.pattern)
    }
    case 'number_format':
      return def.format === 'safeint' ? (v) => Number.isSafeInteger(v) : undefined
    case 'greater_than': {
      const limit = def.value
      if (typeof limit !== 'number') return undefined
      return def.inclusive ? (v) => (v as number) >= limit : (v) => (v as number) > limit
    }
    case 'custom': {
      // A refinement (contract.ts: an offline event's match keys, a CRM name): its own predicate, run as zod runs it
      // once the value's shape passed. An async one, or one that throws, is never "certainly valid".
      const fn = def.fn as (v: unknown) => unknown
      if (typeof fn !== 'function' || def.abort === false) return undefined
      return (v) => {
        try {
          return fn(v) === true
        } catch {
          return false
        }
      }
    }
    case 'less_than': {
      const limit = def.value
      if (typeof limit !== 'number') return undefined
      return def.inclusive ? (v) => (v as number) <= limit : (v) => (v as number) < limit
    }
    default:
      return undefined
  }
}

function withChecks(base: Check, def: Def): Check | undefined {
  const checks: Check[] = []
  for (const check of def.checks ?? []) {
    const compiled = compileCheck(check._zod.def)
    if (!compiled) return undefined
    checks.push(compiled)
  }
  if (checks.length === 0) return base
  return (v) => {
    if (!base(v)) return false
    for (const check of checks) if (!check(v)) return false
    return true
  }
}

function compileObject(def: Def): Check | undefined {
  const keys = Object.keys(def.shape)
  const fields: Check[] = []
  // Optional fields are unwrapped here so an absent key costs one comparison, not a call.
  const optional: boolean[] = []
  for (const key of keys) {
    let schema = def.shape[key]
    const fieldDef = defOf(schema)
    const isOptional = fieldDef.type === 'optional' && !fieldDef.checks?.length
    if (isOptional) schema = fieldDef.innerType
    const field = compile(schema)
    if (!field) return undefined
    fields.push(field)
    optional.push(isOptional)
  }
  // No catchall: zod strips unknown keys (valid). `never`: unknown keys are errors. Anything else: each must pass.
  const catchallType = def.catchall ? defOf(def.catchall).type : undefined
  const extra = catchallType && catchallType !== 'never' ? compile(def.catchall) : undefined
  if (catchallType && catchallType !== 'never' && !extra) return undefined
  // zod reads every declared key, inherited ones too; a declared key that Object.prototype also has (`constructor`)
  // would be missed by walking the value's own keys, so such shapes are never judged here.
  if (keys.some((key) => key in Object.prototype)) return undefined
  const fieldIndex = new Map(keys.map((key, i) => [key, i]))
  const requiredCount = optional.filter((o) => !o).length
  // Walks the keys the value has rather than the (mostly absent) declared ones: looking up a missing property
  // measured as the main cost of this check, and strict objects need the walk over their keys anyway.
  const base: Check = (v) => {
    if (!isPlainObject(v)) return false
    let required = 0
    for (const key in v) {
      const value = v[key]
      const i = fieldIndex.get(key)
      if (i === undefined) {
        if (catchallType !== undefined && !extra?.(value)) return false
      } else if (value !== undefined) {
        if (!fields[i](value)) return false
        if (!optional[i]) required++
      }
    }
    return required === requiredCount
  }
  return withChecks(base, def)
}

function compile(schema: unknown): Check | undefined {
  const def = defOf(schema)
  switch (def.type) {
    case 'string':
      return withChecks((v) => typeof v === 'string', def)
    case 'number':
      return withChecks((v) => typeof v === 'number' && Number.isFinite(v), def)
    case 'boolean':
      return withChecks((v) => typeof v === 'boolean', def)
    case 'unknown':
    case 'any':
      return () => true
    case 'literal': {
      const values = new Set(def.values as unknown[])
      return withChecks((v) => values.has(v), def)
    }
    case 'enum': {
      const values = new Set(Object.values(def.entries as Record<string, unknown>))
      return withChecks((v) => values.has(v), def)
    }
    case 'optional': {
      const inner = compile(def.innerType)
      return inner && withChecks((v) => v === undefined || inner(v), def)
    }
    case 'array': {
      const element = compile(def.element)
      if (!element) return undefined
      return withChecks((v) => {
        if (!Array.isArray(v)) return false
        for (const item of v) if (!element(item)) return false
        return true
      }, def)
    }
    case 'union': {
      const options = (def.options as unknown[]).map(compile)
      if (options.some((o) => !o)) return undefined
      const checks = options as Check[]
      return withChecks((v) => {
        for (const check of checks) if (check(v)) return true
        return false
      }, def)
    }
    case 'object':
      return compileObject(def)
    default:
      return undefined
  }
}

/** `true` only when the value certainly conforms to the schema; `false` means "ask zod". */
export function compileValidityCheck(schema: z.ZodType): Check {
  return compile(schema) ?? (() => false)
}
