/**
 * The actions-core destination as a Segment destination developer drives it: the definition, actions-core's own
 * test harness (createTestIntegration), a Segment event, the mapping of one of the destination's presets, and the
 * `apiUrl` setting pointing at a fake TikTok instead of TikTok.
 *
 *   npx tsx test/fake-tiktok/main.ts --port 0          # prints FAKE_TIKTOK_URL=http://127.0.0.1:<port>/...
 *   TIKTOK_API_URL=<that URL> npx tsx examples/actions-core-test.ts
 *
 * The fake checks every request against TikTok's contract and takes the access token `test-token`. Plain Node
 * (`node --import tsx`), Bun and Deno run this file as well.
 */
import type { SegmentEvent } from '@segment/actions-core'
// actions-core's runtime values come through the destination's loader: its CommonJS build works under Node's
// native ESM loader, where `import { createTestIntegration } from '@segment/actions-core'` does not.
import { createTestIntegration } from '../destinations/tiktok/actions-core.ts'
import destination from '../destinations/tiktok/index.ts'

const apiUrl = process.env.TIKTOK_API_URL
if (!apiUrl) {
  console.error('Set TIKTOK_API_URL to the fake TikTok (see the top of this file), or to TikTok with a real token.')
  process.exit(1)
}

// The Purchase preset is what a Segment user gets for "Order Completed" (pipelines/purchase.yaml generates it).
const preset = destination.presets?.find((p) => p.name === 'Purchase')
if (preset?.type !== 'automatic') throw new Error('the Purchase preset is missing')

const event: Partial<SegmentEvent> = {
  type: 'track',
  event: 'Order Completed',
  messageId: process.env.EXAMPLE_MESSAGE_ID ?? `example-${Date.now()}`,
  timestamp: new Date().toISOString(),
  userId: 'user-42',
  context: {
    ip: '203.0.113.7',
    userAgent: 'Mozilla/5.0 (example)',
    page: { url: 'https://shop.example.com/checkout/done' },
    traits: { email: 'Jane.Doe@Example.com', phone: '+1 213 373 4253' }
  },
  properties: {
    order_id: 'order-1001',
    revenue: 49.9,
    currency: 'USD',
    products: [{ product_id: 'sku-1', price: 49.9, quantity: 1 }]
  }
}

const testDestination = createTestIntegration(destination)
const responses = await testDestination.testAction('reportEvent', {
  event,
  mapping: preset.mapping,
  // The field defaults fill what the mapping leaves out, as Segment does for a new subscription.
  useDefaultMappings: true,
  settings: {
    accessToken: process.env.TIKTOK_ACCESS_TOKEN ?? 'test-token',
    pixelCode: process.env.TIKTOK_PIXEL_CODE ?? 'C0123456789',
    apiUrl
  }
})

// One HTTP request per call: what TikTok answered, and what was sent (match keys already SHA-256 hashed).
for (const response of responses) {
  console.log(`TikTok answered HTTP ${response.status}: ${JSON.stringify(response.data)}`)
  console.log(`sent: ${JSON.stringify(response.options.json)}`)
}
