import { describe, expect, it } from 'vitest'
import { createMetricsRegistry } from './registry.ts'

describe('metrics registry', () => {
  it('renders counters, gauges and histograms in Prometheus text format', () => {
    const r = createMetricsRegistry()
    const c = r.counter('relay_x_total', 'Things')
    c.inc()
    c.inc({ reason: 'a"b' }, 2)
    expect(r.counter('relay_x_total', 'Things')).toBe(c)
    r.gauge('relay_depth', 'Depth').set({ route: 'r1' }, 5)
    r.histogram('relay_latency_ms', 'Latency', [10, 1]).observe({}, 5)
    expect(r.render()).toBe(
      [
        '# HELP relay_x_total Things',
        '# TYPE relay_x_total counter',
        'relay_x_total 1',
        'relay_x_total{reason="a\\"b"} 2',
        '# HELP relay_depth Depth',
        '# TYPE relay_depth gauge',
        'relay_depth{route="r1"} 5',
        '# HELP relay_latency_ms Latency',
        '# TYPE relay_latency_ms histogram',
        'relay_latency_ms_bucket{le="1"} 0',
        'relay_latency_ms_bucket{le="10"} 1',
        'relay_latency_ms_bucket{le="+Inf"} 1',
        'relay_latency_ms_sum 5',
        'relay_latency_ms_count 1',
        ''
      ].join('\n')
    )
    expect(c.value({ reason: 'a"b' })).toBe(2)
  })

  it.each([
    ['one plain label', { reason: 'ok' }, '{reason="ok"}'],
    ['backslash, newline and quote escaped', { reason: 'a\\b\nc"d' }, '{reason="a\\\\b\\nc\\"d"}'],
    ['several labels, sorted', { route: 'r', key: 'email' }, '{key="email",route="r"}'],
    ['several labels with escapes', { b: '"', a: '\n' }, '{a="\\n",b="\\""}']
  ])('names series by their labels: %s', (_name, labels, series) => {
    const r = createMetricsRegistry()
    r.counter('c_total', 'C').inc(labels as Record<string, string>)
    expect(r.render()).toContain(`c_total${series} 1`)
  })
})
