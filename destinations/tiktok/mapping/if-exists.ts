import type { JsonValue } from './mapping-types.ts'

/** mapping-kit `{ '@if': { exists, then, else } }`: `value` when `condition` resolves to something, else `otherwise`. */
export function ifExists(condition: JsonValue, value: JsonValue, otherwise?: JsonValue): JsonValue {
  // biome-ignore lint/suspicious/noThenProperty: `then` is mapping-kit's own key; this object is data, never awaited.
  const branches: { [key: string]: JsonValue } = { exists: condition, then: value }
  if (otherwise !== undefined) branches.else = otherwise
  return { '@if': branches }
}
