/**
 * GET /console/api/unmatched: tracks, pages and screens no pipeline matched over the last 24 hours, by call type
 * and name with their count, most frequent first, each with a ready pipeline (pipeline-snippet.ts).
 */
import type { Store } from '../../store/store-interface.ts'
import { pipelineSnippet } from '../pipeline-snippet.ts'
import { SERIES } from '../series.ts'
import { DAY } from './overview.ts'

export async function unmatched(store: Store, now: number) {
  const rows = await store.consoleStats.read(now - DAY, { series: [SERIES.unmatched], bucketMs: 60 * 60_000 })
  const counts = new Map<string, number>()
  for (const r of rows) counts.set(r.label, (counts.get(r.label) ?? 0) + r.count)
  return {
    events: [...counts.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([label, count]) => {
        const i = label.indexOf('|')
        const [type, name] = [label.slice(0, i), label.slice(i + 1)]
        return { type, name, count, snippet: pipelineSnippet(type, name) }
      })
  }
}
