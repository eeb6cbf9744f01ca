/**
 * Compiles a mapping-kit mapping once into closures, so evaluating it per event is a few property reads instead
 * of re-walking the mapping. The result equals actions-core's `transform(mapping, payload)` for the directives in
 * SUPPORTED_DIRECTIVES (a test proves it); anything else is refused at compile time with MappingCompileError.
 */
import { MappingCompileError } from './mapping-compile-error.ts'
import type { JsonValue, Mapping, Resolver } from './mapping-types.ts'
import { compilePath } from './read-path.ts'
import { compileTemplate } from './render-template.ts'

type DirectiveCompiler = (argument: JsonValue, at: string) => Resolver

const isPlainObject = (value: unknown): value is Record<string, JsonValue> =>
  Object.prototype.toString.call(value) === '[object Object]'

function typeName(value: unknown): string {
  return Object.prototype.toString.call(value).slice(8, -1).toLowerCase()
}

/** A directive argument that must resolve to a string (`@path`, `@template`): static strings compile once. */
function stringArgument(name: string, argument: JsonValue, at: string, use: (text: string) => Resolver): Resolver {
  if (typeof argument === 'string') return use(argument)
  const dynamic = compileValue(argument, at)
  return (payload) => {
    const text = dynamic(payload)
    if (typeof text !== 'string') throw new Error(`${name}: expected string, got ${typeName(text)}`)
    return use(text)(payload)
  }
}

function objectArgument(name: string, argument: JsonValue, at: string): Record<string, JsonValue> {
  if (!isPlainObject(argument)) throw new MappingCompileError(at, `${name} expects an object`)
  return argument
}

const DIRECTIVES: Record<string, DirectiveCompiler> = {
  '@path': (argument, at) => stringArgument('@path', argument, at, compilePath),

  '@template': (argument, at) => stringArgument('@template', argument, at, compileTemplate),

  '@literal': (argument, at) => compileValue(argument, at),

  '@arrayPath': (argument, at) => {
    if (!Array.isArray(argument)) throw new MappingCompileError(at, '@arrayPath expects [path, itemShape]')
    const [path, itemShape] = argument
    const root: Resolver = typeof path === 'string' ? compilePath(path) : compileValue(path as JsonValue, `${at}.0`)
    // Like actions-core: only a non-empty object shape (a directive counts) maps the items; otherwise the root.
    if (!isPlainObject(itemShape) || Object.keys(itemShape).length === 0) return root
    const item = compileValue(itemShape, `${at}.1`)
    return (payload) => {
      const value = root(payload)
      if (Array.isArray(value)) return value.map(item)
      if (isPlainObject(value)) return [item(value)]
      return value
    }
  },

  '@if': (argument, at) => {
    const opts = objectArgument('@if', argument, at)
    if (!opts.exists && !opts.blank) throw new MappingCompileError(at, '@if requires an "exists" key or a "blank" key')
    const then = opts.then === undefined ? undefined : compileValue(opts.then, `${at}.then`)
    // actions-core only takes `else` when it is truthy (`else: 0` or `else: ''` yields nothing).
    const otherwise = opts.else ? compileValue(opts.else, `${at}.else`) : undefined
    let test: (payload: unknown) => boolean
    if (opts.exists !== undefined && then && JSON.stringify(opts.exists) === JSON.stringify(opts.then)) {
      // "the value if present, else ..." (a default chain): read once, the value is the same both times.
      const read = compileValue(opts.exists, `${at}.exists`)
      return (payload) => {
        const value = read(payload)
        if (value !== undefined && value !== null) return value
        return otherwise ? otherwise(payload) : undefined
      }
    }
    if (opts.exists !== undefined) {
      const read = compileValue(opts.exists, `${at}.exists`)
      test = (payload) => {
        const value = read(payload)
        return value !== undefined && value !== null
      }
    } else {
      const read = compileValue(opts.blank, `${at}.blank`)
      test = (payload) => {
        const value = read(payload)
        // Loose `!=` on purpose: it is actions-core's definition of blank (0 and [] count as blank too).
        // biome-ignore lint/suspicious/noDoubleEquals: parity with mapping-kit's @if blank
        return value !== undefined && value !== null && value != ''
      }
    }
    return (payload) => {
      if (test(payload)) return then ? then(payload) : undefined
      return otherwise ? otherwise(payload) : undefined
    }
  },

  '@case': (argument, at) => {
    const opts = objectArgument('@case', argument, at)
    if (!opts.operator) throw new MappingCompileError(at, '@case requires a "operator" key')
    if (opts.operator !== 'lower' && opts.operator !== 'upper') {
      throw new MappingCompileError(at, 'operator key should have a value of "lower" or "upper"')
    }
    if (!opts.value) return () => undefined
    const read = compileValue(opts.value, `${at}.value`)
    const upper = opts.operator === 'upper'
    return (payload) => {
      const value = read(payload)
      if (typeof value !== 'string') return value
      return upper ? value.toUpperCase() : value.toLowerCase()
    }
  }
}

function compileObject(mapping: Record<string, JsonValue>, at: string): Resolver {
  const keys = Object.keys(mapping)
  const directiveKeys = keys.filter((key) => key.startsWith('@'))
  if (directiveKeys.length > 0) {
    const others = keys.filter((key) => !key.startsWith('@') && key !== '_metadata')
    if (directiveKeys.length > 1 || others.length > 0) {
      throw new MappingCompileError(at, `a directive object must have exactly one @-key, got ${keys.join(', ')}`)
    }
    const name = directiveKeys[0]
    const compileDirective = DIRECTIVES[name]
    if (!compileDirective) {
      throw new MappingCompileError(
        at,
        `unsupported directive ${name}; supported: ${Object.keys(DIRECTIVES).join(', ')}`
      )
    }
    return compileDirective(mapping[name], at ? `${at}.${name}` : name)
  }
  const resolvers = keys.map((key) => compileValue(mapping[key], at ? `${at}.${key}` : key))
  // Two arrays and an index, not [key, resolver] pairs: destructuring each pair cost more than most resolvers.
  return (payload) => {
    const out: Record<string, unknown> = {}
    for (let i = 0; i < keys.length; i++) {
      const value = resolvers[i]!(payload)
      if (value !== undefined) out[keys[i]!] = value
    }
    return out
  }
}

/**
 * Compiled pieces by object identity. Every pipeline's mapping shares the reportEvent default expressions, so
 * each of them compiles once per process instead of once per pipeline. Compiling is pure, so sharing is safe.
 */
const compiled = new WeakMap<object, Resolver>()

function compileValue(mapping: JsonValue, at: string): Resolver {
  if (mapping === null || typeof mapping !== 'object') return () => mapping
  const cached = compiled.get(mapping)
  if (cached) return cached
  const resolver = compileStructure(mapping, at)
  compiled.set(mapping, resolver)
  return resolver
}

function compileStructure(mapping: JsonValue[] | { [key: string]: JsonValue }, at: string): Resolver {
  if (Array.isArray(mapping)) {
    const items = mapping.map((item, index) => compileValue(item, `${at}.${index}`))
    return (payload) => items.map((item) => item(payload))
  }
  if (isPlainObject(mapping)) return compileObject(mapping, at)
  return () => mapping
}

export type CompiledMapping = (payload: Record<string, unknown>) => Record<string, unknown>

/** Compile once, evaluate per event. Throws MappingCompileError for directives outside the supported subset. */
export function compileMapping(mapping: Mapping): CompiledMapping {
  const resolve = compileObject(mapping, '')
  return (payload) => {
    if (!isPlainObject(payload)) throw new Error(`data must be an object, got ${typeName(payload)}`)
    return resolve(payload) as Record<string, unknown>
  }
}
