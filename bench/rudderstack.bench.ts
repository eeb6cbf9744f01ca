/**
 * Issue 6: RudderStack `processRouterDest` on 10,000 realistic events (Order Completed with products, page, Product
 * Added with consent) on one core: events/s and how many requests it produces.
 */
import { processRouterDest, type RudderStackInput } from '../destinations/tiktok/rudderstack.ts'
import { rudderStackFixture } from '../test/fixtures/rudderstack-events/index.ts'

const EVENTS = 10_000
const destination = { ID: 'bench', Config: { accessToken: 'bench-token', pixelCode: 'CBENCHPIXEL' } }
const fixtures = [
  rudderStackFixture('order-completed'),
  rudderStackFixture('page'),
  rudderStackFixture('product-added')
]

function inputs(): RudderStackInput[] {
  return Array.from({ length: EVENTS }, (_, i) => {
    const { message, metadata } = fixtures[i % fixtures.length]
    return {
      message: { ...message, messageId: `bench-${i}`, userId: `user-${i}` },
      metadata: { ...metadata, jobId: i },
      // rudder-server sends each router input with its own copy of the destination.
      destination: structuredClone(destination)
    }
  })
}

// Warm-up: pipelines compile and the JIT settles before the timed run.
for (let i = 0; i < 3; i++) await processRouterDest(inputs())
const batch = inputs()
// CPU time of this process, not wall time: "on one core" stays meaningful on a shared, busy machine.
const cpuBefore = process.cpuUsage()
const started = performance.now()
const responses = await processRouterDest(batch)
const wallSeconds = (performance.now() - started) / 1000
const cpu = process.cpuUsage(cpuBefore)
const cpuSeconds = (cpu.user + cpu.system) / 1e6
const requests = responses.filter((r) => r.batched).length
const failed = responses.filter((r) => !r.batched).length
if (failed > 0) throw new Error(`${failed} bench events failed`)

const line = (name: string, value: number, unit: string, target: string) =>
  console.log(`BENCH ${JSON.stringify({ issue: 6, name, value, unit, target })}`)
line('rudderstack processRouterDest (per CPU second)', Math.round(EVENTS / cpuSeconds), 'events/s', '>= 30000')
line('rudderstack processRouterDest (wall clock)', Math.round(EVENTS / wallSeconds), 'events/s', '>= 30000')
line('rudderstack requests for 10k events', requests, 'requests', '<= 10')
