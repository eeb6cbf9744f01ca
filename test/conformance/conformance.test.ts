/**
 * One conformance suite for issue 13: every fixture in test/fixtures/conformance runs through every host (the
 * actions-core definition, the RudderStack transformer, the Segment Function bundle and the relay), and each must
 * put exactly the fixture's TikTok event on the wire (or nothing, or refuse it), and report the dropped fields the
 * fixture names where the host has a place for them. A host that disagrees fails with the case and the difference.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { actionsCoreHost, type Host, relayHost, rudderStackHost, SOURCE_IDS, segmentFunctionHost } from './hosts.ts'
import { readConformanceCases } from './read-conformance.ts'

const cases = readConformanceCases()
const hosts: Record<string, Host> = {}

beforeAll(async () => {
  const started = await Promise.all([actionsCoreHost(), rudderStackHost(), segmentFunctionHost(), relayHost()])
  for (const host of started) hosts[host.name] = host
}, 120_000)
afterAll(async () => {
  for (const host of Object.values(hosts)) await host.close()
})

describe('the fixtures', () => {
  it('cover every kind of issue 13 with several cases each', () => {
    const kinds = new Map<string, number>()
    for (const c of cases) kinds.set(c.kind, (kinds.get(c.kind) ?? 0) + 1)
    expect([...kinds.keys()].sort()).toEqual([
      'cosmetic-fields',
      'event-names',
      'inputs',
      'sources',
      'unmatched',
      'values'
    ])
    // Every event source has sent and refused cases (issue 17).
    const sources = cases.filter((c) => c.kind === 'sources')
    for (const source of ['web', 'app', 'offline', 'crm'] as const)
      expect(sources.filter((c) => c.source === source).length, source).toBeGreaterThanOrEqual(1)
    for (const [kind, n] of kinds) expect(n, kind).toBeGreaterThanOrEqual(4)
  })
})

describe.each(['actions-core', 'rudderstack', 'segment-function', 'relay'])('%s', (hostName) => {
  it.each(cases.map((c) => [`${c.kind}: ${c.name}`, c] as const))('%s', async (_label, c) => {
    const result = await hosts[hostName]!.run(c)
    expect({ refused: result.refused, sent: result.sent }).toEqual({ refused: c.refused, sent: c.expect })
    // Each source's events in a request of that source, to its own id.
    if (c.expect !== null) expect(result.to).toEqual({ event_source: c.source, event_source_id: SOURCE_IDS[c.source] })
    if (result.warnings !== undefined && c.expect !== null) expect(result.warnings).toEqual(c.warnings)
  })
})
