/**
 * The keys a zod schema accepts at a path of the data (`['destinations', 0, 'settings']`), for "unknown key; did you
 * mean ...?" messages: zod's unrecognized_keys issue names the stranger, not the keys that would have been right.
 * Wrappers (optional, default, prefault, nullable, readonly, catch, lazy, pipe) are looked through; a union offers
 * the keys of every branch that is an object at that path.
 */
import type { z } from 'zod'

type Segment = string | number

/** The schemas a path can lead to (several through a union); none when the path leaves the schema. */
function schemasAt(schema: z.core.$ZodType, path: readonly Segment[]): z.core.$ZodType[] {
  const def = schema._zod.def as unknown as Record<string, any> & { type: string }
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return schemasAt(def.innerType, path)
    case 'lazy':
      return schemasAt(def.getter(), path)
    case 'pipe':
      // z.preprocess(fn, schema) is a pipe whose input is a transform: the keys are the output schema's.
      return [...schemasAt(def.in, path), ...schemasAt(def.out, path)]
    case 'union':
      return (def.options as z.core.$ZodType[]).flatMap((option) => schemasAt(option, path))
    case 'intersection':
      return [...schemasAt(def.left, path), ...schemasAt(def.right, path)]
  }
  if (path.length === 0) return [schema]
  const [head, ...rest] = path
  if (def.type === 'object') {
    const field = (def.shape as Record<string, z.core.$ZodType>)[String(head)]
    return field ? schemasAt(field, rest) : []
  }
  if (def.type === 'array' && typeof head === 'number') return schemasAt(def.element, rest)
  if (def.type === 'record') return schemasAt(def.valueType, rest)
  if (def.type === 'tuple' && typeof head === 'number' && def.items[head]) return schemasAt(def.items[head], rest)
  return []
}

/** Every key an object at `path` may have, in schema order, without repeats; [] when no object is there. */
export function knownKeysAt(schema: z.core.$ZodType, path: readonly Segment[]): string[] {
  const keys = new Set<string>()
  for (const found of schemasAt(schema, path)) {
    const def = found._zod.def as unknown as { type: string; shape?: Record<string, unknown> }
    if (def.type === 'object' && def.shape) for (const key of Object.keys(def.shape)) keys.add(key)
  }
  return [...keys]
}
