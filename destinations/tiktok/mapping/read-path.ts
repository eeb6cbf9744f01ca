/**
 * Path reading with exactly the semantics of actions-core's `get` (mapping-kit `@path`): dots and brackets split
 * the path, quotes are dropped, and each step is `current && current[key]`, so a falsy value (0, '', null, false)
 * part-way down is returned as is. Matching that quirk is what keeps our evaluator equal to `transform`.
 */
export type PathReader = (payload: unknown) => unknown

// Same splitter as actions-core: `[` before a quote or digit, `.`, and `]` after a quote or digit.
const SPLIT = /\[(?="|'|\d)|\.|(?<="|'|\d)]+/g

export function splitPath(path: string): string[] {
  return path
    .split(SPLIT)
    .filter((segment) => segment)
    .map((segment) => segment.replace(/'|"/g, ''))
}

/** Compiles a mapping-kit path (`$.` prefix allowed, as in `@path`) into a reader. */
export function compilePath(path: string): PathReader {
  const bare = path.replace('$.', '')
  if (bare === '' || bare === '.') return (payload) => payload
  const keys = splitPath(bare)
  if (keys.length === 1) {
    const [a] = keys
    return (payload) => payload && (payload as Record<string, unknown>)[a]
  }
  if (keys.length === 2) {
    const [a, b] = keys
    return (payload) => {
      const first = payload && (payload as Record<string, unknown>)[a]
      return first && (first as Record<string, unknown>)[b]
    }
  }
  return (payload) => {
    let current = payload
    for (const key of keys) current = current && (current as Record<string, unknown>)[key]
    return current
  }
}
