/**
 * How deeply a message may nest. JSON.parse takes any depth on every runtime, but almost everything after it
 * recurses (JSON.stringify for the size check, structured cloning, the mapping, hashing): an item nested 50,000
 * levels deep, well under the size limits, overflows the stack there. So depth is bounded where the body is read,
 * and nothing past intake ever meets a deep value. Both checks are loops, never recursion.
 *
 * 64 levels is far beyond any Segment or RudderStack payload (the spec's deepest paths, such as
 * `context.traits.address.city` or `properties.products[].variant`, are 4 or 5 levels down) and far below any
 * runtime's stack limit (V8 and JavaScriptCore overflow JSON.stringify at some thousands of levels).
 */

/** The most levels of objects and arrays one message may nest, the message object itself being level 1. */
export const MAX_MESSAGE_DEPTH = 64

/** What one pass over a JSON text tells (scanNesting). */
export interface TextNesting {
  /** The text nests objects/arrays deeper than the limit (the scan stopped at the first excess). */
  deeper: boolean
  /**
   * The most characters (UTF-16 units, brackets included) that any object or array opened at the level asked for
   * spans: at level 3 of a `/v1/batch` body (body, batch array, item), no item's text is longer. The text's length
   * when the scan stopped early or was not needed (a bound that holds all the same).
   */
  longestAtLevel: number
}

/**
 * One pass over JSON text: does it nest objects/arrays deeper than `limit` levels, and how long is the longest object
 * or array opened at `level` (the text itself being level 1). The text must be valid JSON (it was parsed already);
 * brackets inside strings do not count. Linear in the text's length, stops at the first excess.
 */
export function scanNesting(text: string, limit: number, level: number): TextNesting {
  // Every level takes an opening and a closing bracket: a short text cannot nest that deep.
  if (text.length <= limit * 2) return { deeper: false, longestAtLevel: text.length }
  let depth = 0
  let openedAt = 0
  let longest = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x22) {
      // Skip the string at once (most of a payload's bytes): to the next quote not escaped by an odd number of
      // backslashes. indexOf is about twice as fast as looking at each character.
      for (;;) {
        i = text.indexOf('"', i + 1)
        if (i < 0) return { deeper: false, longestAtLevel: text.length }
        let k = i - 1
        while (text.charCodeAt(k) === 0x5c) k--
        if ((i - 1 - k) % 2 === 0) break
      }
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > limit) return { deeper: true, longestAtLevel: text.length }
      if (depth === level) openedAt = i
    } else if (c === 0x7d || c === 0x5d) {
      if (depth === level && i - openedAt + 1 > longest) longest = i - openedAt + 1
      depth--
    }
  }
  return { deeper: false, longestAtLevel: longest }
}

/** True when the JSON text nests objects/arrays deeper than `limit` levels (scanNesting). */
export function textNestsDeeper(text: string, limit: number): boolean {
  return scanNesting(text, limit, 0).deeper
}

/** True when a parsed value nests objects/arrays deeper than `limit` levels (the value itself is level 1). */
export function valueNestsDeeper(value: unknown, limit: number): boolean {
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 1 }]
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { value: v, depth } = next
    if (typeof v !== 'object' || v === null) continue
    if (depth > limit) return true
    for (const child of Array.isArray(v) ? v : Object.values(v)) {
      if (typeof child === 'object' && child !== null) stack.push({ value: child, depth: depth + 1 })
    }
  }
  return false
}
