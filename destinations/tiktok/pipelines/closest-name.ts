/**
 * "did you mean ...?" for a misspelt name: the known name closest to what was written, if it is close enough to be
 * a typo rather than another word. Case, `_`, `-` and spaces are ignored first, so `pixelcode`, `pixel_code` and
 * `PIXEL-CODE` all find `pixelCode` (YAML authors mix conventions; the schemas use camelCase).
 */
import { distance } from 'fastest-levenshtein'

const loose = (name: string) => name.toLowerCase().replace(/[-_\s]/g, '')

/**
 * Edits a typo may have: one for short names (where two edits reach most other short words), then about a third of
 * the name, at least two (a swapped pair of letters, `prot` for `port`, is two edits).
 */
function allowedEdits(length: number): number {
  return length < 4 ? 1 : Math.max(2, Math.floor(length / 3))
}

/**
 * The candidate `input` most likely meant, or undefined when none is close. Shapes: `input` any string, `candidates`
 * the names that exist (an exact match is returned as is). Ties go to the earlier candidate.
 */
export function closestName(input: string, candidates: readonly string[]): string | undefined {
  const wanted = loose(input)
  if (wanted === '') return undefined
  let best: { name: string; edits: number } | undefined
  for (const name of candidates) {
    const edits = distance(wanted, loose(name))
    if (!best || edits < best.edits) best = { name, edits }
  }
  return best && best.edits <= allowedEdits(wanted.length) ? best.name : undefined
}
