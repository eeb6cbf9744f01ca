/**
 * docs/counters.md and the code cannot drift (issue 14 item 6): every `relay_*` series the relay registers, every
 * `status` line and every field of the intake's HTTP answer is defined there, and the page names no series the relay
 * does not have.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { statusSummary } from '../../runner/commands/status.ts'
import { createDeliveryMetrics } from '../../runner/delivery/delivery-metrics.ts'
import { acceptedResponse } from '../../runner/intake/respond.ts'
import { createIntakeMetrics } from '../../runner/metrics/intake-metrics.ts'
import { createMetricsRegistry } from '../../runner/metrics/registry.ts'
import { REPO_ROOT } from '../fixtures/pipelines/read-fixtures.ts'

const DOC = readFileSync(join(REPO_ROOT, 'docs/counters.md'), 'utf8')
/** Names written as code in the page: `relay_x` or `relay_x{labels}`. */
const documented = new Set([...DOC.matchAll(/`(relay_[a-z_]+)[`{]/g)].map((m) => m[1]!))

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : []
  })
}

/** Every series name registered anywhere in the runner: `.counter('relay_...'`, `.gauge(`, `.histogram(`. */
function registeredInSource(): string[] {
  const names = new Set<string>()
  for (const file of sourceFiles(join(REPO_ROOT, 'runner'))) {
    const text = readFileSync(file, 'utf8')
    for (const m of text.matchAll(/\.(?:counter|gauge|histogram)\(\s*'(relay_[a-z_]+)'/g)) names.add(m[1]!)
  }
  return [...names].sort()
}

describe('docs/counters.md', () => {
  it('defines every relay_* series the relay registers, and names no other', () => {
    const registry = createMetricsRegistry()
    createIntakeMetrics(registry)
    createDeliveryMetrics(registry)
    const rendered = [...registry.render().matchAll(/^# TYPE (relay_[a-z_]+) /gm)].map((m) => m[1]!)
    const registered = registeredInSource()
    // The source scan finds at least what the two metric sets render (so the scan itself cannot go blind).
    expect(registered).toEqual(expect.arrayContaining(rendered))
    expect(registered.filter((name) => !documented.has(name))).toEqual([])
    expect([...documented].filter((name) => !registered.includes(name))).toEqual([])
  })

  it('defines every line `status` prints', () => {
    const text = statusSummary(
      '/data',
      {
        queueDepth: 0,
        leased: 1,
        oldestEnqueuedAt: null,
        deadLetters: 0,
        dryRunRequests: 0,
        counters: { delivered: 0, retried: 0, dead_lettered: 0, dry_run_events: 0, replayed: 0, health_probes: 0 }
      },
      0
    )
    const labels = text.split('\n').map((line) => /^([^:]+:)/.exec(line)![1]!)
    expect(labels.length).toBeGreaterThan(5)
    expect(labels.filter((label) => !DOC.includes(`\`${label}\``))).toEqual([])
  })

  it('defines every field of the intake answer', async () => {
    const res = acceptedResponse(new Request('http://relay/v1/batch'), {
      accepted: 1,
      duplicates: 1,
      dropped: [{ index: 0, reason: 'no_pipeline', event: 'X' }],
      warnings: [{ index: 0, field: 'properties.value', reason: 'invalid' }],
      warningsOmitted: 0,
      rejected: [{ index: 1, field: 'userId', reason: 'missing_id', message: 'm' }]
    })
    const fields = Object.keys(await res.json()).filter((k) => k !== 'success')
    expect(fields).toEqual(['accepted', 'duplicates', 'dropped', 'warnings', 'rejected'])
    const answerColumn = (field: string) => new RegExp(`\\| \`${field}(\\[\\])?\``).test(DOC)
    expect(fields.filter((field) => !answerColumn(field))).toEqual([])
  })
})
