/**
 * Finds where a YAML path points in the source text, so errors found on the parsed data can name a line and a
 * column. A path that does not exist (a missing key) points at the deepest node that does: the map that lacks it.
 */
import { type Document, isMap, isPair, isScalar, isSeq, type LineCounter, type Node } from 'yaml'
import type { YamlPath } from './pipeline-issue.ts'

export interface SourcePosition {
  line: number
  column: number
}

export type Locator = (path: YamlPath, at?: 'value' | 'key') => SourcePosition

export function createLocator(doc: Document, lineCounter: LineCounter): Locator {
  const position = (offset: number | undefined): SourcePosition => {
    const { line, col } = lineCounter.linePos(offset ?? 0)
    return { line, column: col }
  }
  return (path, at = 'value') => {
    let node = doc.contents as Node | null
    let keyOffset: number | undefined
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === segment)
        if (!pair) break
        keyOffset = isScalar(pair.key) ? pair.key.range?.[0] : undefined
        // `key:` with nothing after it has no value node: point at the key.
        node = (pair.value as Node | null) ?? null
        if (!node) return position(keyOffset)
      } else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
        node = node.items[segment] as Node
        keyOffset = undefined
      } else {
        break
      }
    }
    if (at === 'key' && keyOffset !== undefined) return position(keyOffset)
    return position(node?.range?.[0])
  }
}
