/**
 * A tiny Prometheus text-format registry shared by intake and delivery. Enough for counters, gauges and
 * histograms with labels; no dependency, no global state (each runner builds its own).
 */
export type Labels = Record<string, string>

export interface Counter {
  inc(labels?: Labels, n?: number): void
  value(labels?: Labels): number
}
export interface Gauge {
  set(labels: Labels, v: number): void
}
export interface Histogram {
  observe(labels: Labels, v: number): void
}
export interface MetricsRegistry {
  counter(name: string, help: string, labelNames?: string[]): Counter
  gauge(name: string, help: string, labelNames?: string[]): Gauge
  histogram(name: string, help: string, buckets: number[]): Histogram
  render(): string
}

interface Family {
  type: 'counter' | 'gauge' | 'histogram'
  help: string
  render(name: string): string[]
}

const escapeLabel = (v: string) => v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"')

const NEEDS_ESCAPE = /[\\\n"]/
const labelValue = (v: unknown) => {
  const s = String(v)
  return NEEDS_ESCAPE.test(s) ? escapeLabel(s) : s
}

/** `{a="1",b="2"}` with keys sorted so the same labels always give the same series. */
function labelKey(labels: Labels | undefined): string {
  if (!labels) return ''
  const keys = Object.keys(labels)
  // Most series have one label and are counted per request: skip the sort and the arrays.
  if (keys.length === 1) return `{${keys[0]}="${labelValue(labels[keys[0]!])}"}`
  if (keys.length === 0) return ''
  keys.sort()
  return `{${keys.map((k) => `${k}="${labelValue(labels[k])}"`).join(',')}}`
}

export function createMetricsRegistry(): MetricsRegistry {
  const families = new Map<string, Family>()

  function register<T>(name: string, family: Family, api: T): T {
    const existing = families.get(name) as (Family & { api?: T }) | undefined
    // Registering twice (intake and delivery both ask for a counter) returns the same series.
    if (existing?.api) return existing.api
    families.set(name, Object.assign(family, { api }))
    return api
  }

  return {
    counter(name, help) {
      const series = new Map<string, number>()
      return register(
        name,
        { type: 'counter', help, render: (n) => [...series].map(([k, v]) => `${n}${k} ${v}`) },
        {
          inc(labels, n = 1) {
            const k = labelKey(labels)
            series.set(k, (series.get(k) ?? 0) + n)
          },
          value: (labels) => series.get(labelKey(labels)) ?? 0
        }
      )
    },
    gauge(name, help) {
      const series = new Map<string, number>()
      return register(
        name,
        { type: 'gauge', help, render: (n) => [...series].map(([k, v]) => `${n}${k} ${v}`) },
        { set: (labels, v) => void series.set(labelKey(labels), v) }
      )
    },
    histogram(name, help, buckets) {
      const sorted = [...buckets].sort((a, b) => a - b)
      const series = new Map<string, { labels: Labels; counts: number[]; sum: number; count: number }>()
      const render = (n: string) => {
        const lines: string[] = []
        for (const s of series.values()) {
          for (let i = 0; i < sorted.length; i++) {
            lines.push(`${n}_bucket${labelKey({ ...s.labels, le: String(sorted[i]) })} ${s.counts[i]}`)
          }
          lines.push(`${n}_bucket${labelKey({ ...s.labels, le: '+Inf' })} ${s.count}`)
          lines.push(`${n}_sum${labelKey(s.labels)} ${s.sum}`, `${n}_count${labelKey(s.labels)} ${s.count}`)
        }
        return lines
      }
      return register(
        name,
        { type: 'histogram', help, render },
        {
          observe(labels, v) {
            const k = labelKey(labels)
            let s = series.get(k)
            if (!s) {
              s = { labels, counts: sorted.map(() => 0), sum: 0, count: 0 }
              series.set(k, s)
            }
            sorted.forEach((le, i) => {
              if (v <= le) s.counts[i]++
            })
            s.sum += v
            s.count++
          }
        }
      )
    },
    render() {
      const out: string[] = []
      for (const [name, f] of families)
        out.push(`# HELP ${name} ${f.help}`, `# TYPE ${name} ${f.type}`, ...f.render(name))
      return out.join('\n') + '\n'
    }
  }
}
