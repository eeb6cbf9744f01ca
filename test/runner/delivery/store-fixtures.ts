import type { TikTokEvent } from '../../../destinations/tiktok/core/contract.ts'
import type { DeliveryRoute, EnqueueItem } from '../../../runner/store/relay-store.ts'
import { tempDir } from '../../fixtures/temp-dir.ts'

export const PIXEL = 'CPIXEL0000000000TEST'
export const ROUTE: DeliveryRoute = { routeId: 'default', pixelCode: PIXEL, eventSource: 'web' }

export const tempDataDir = (prefix = 'relay-delivery-') => tempDir(prefix)

/** A contract-valid TikTok event with hashed match keys, as the intake stores it. */
export function tikTokEvent(id: string, event = 'Purchase'): TikTokEvent {
  return {
    event,
    event_time: 1_763_884_800,
    event_id: id,
    user: {
      email: ['848a771458438fc2ec420560d769fb9b9b86851ee338ec56517baabd79d3bb4f'],
      ttp: '01K1A8BXG7CFS8QC92XKKJD081_.tt.1',
      ip: '203.0.113.7',
      user_agent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15'
    },
    properties: {
      currency: 'USD',
      value: 42.5,
      contents: [{ content_id: 'sku-1', quantity: 1, price: 42.5 }]
    } as TikTokEvent['properties'],
    page: { url: 'https://shop.example/checkout/thanks' }
  }
}

export function items(count: number, prefix = 'evt', route: DeliveryRoute = ROUTE): EnqueueItem[] {
  return Array.from({ length: count }, (_, i) => ({ route, event: tikTokEvent(`${prefix}-${i}`) }))
}
