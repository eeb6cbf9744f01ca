/** The intake benches' track event (bench/intake.bench.ts, bench/profile-intake.ts): `i` makes its ids; the
 * messageId is fresh in every run, so no event is a duplicate of an earlier run's. */
export function trackEvent(i: number) {
  return {
    type: 'track',
    event: 'Order Completed',
    userId: `user-${i % 5000}`,
    messageId: `m-${Date.now()}-${i}-${Math.random()}`,
    timestamp: new Date().toISOString(),
    properties: {
      order_id: `o-${i}`,
      revenue: 42.5,
      currency: 'USD',
      products: [{ product_id: `p-${i % 100}`, price: 42.5, quantity: 1 }]
    },
    context: { ip: '203.0.113.9', userAgent: 'Mozilla/5.0 bench', page: { url: 'https://shop.example/checkout' } }
  }
}
