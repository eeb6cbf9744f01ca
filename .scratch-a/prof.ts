import { normalisePhone } from '../destinations/tiktok/core/normalise-phone.ts'
import { sha256Hex } from '../destinations/tiktok/core/sha256-hex.ts'
import { TikTokEvent } from '../destinations/tiktok/core/contract.ts'
import { resolveClickId } from '../destinations/tiktok/core/resolve-click-id.ts'
import { buildTikTokEvent } from '../destinations/tiktok/core/index.ts'
const N = 20000
function t(name: string, f: (i: number) => unknown) { const s = performance.now(); for (let i = 0; i < N; i++) f(i); const ms = performance.now() - s; console.log(name, (ms * 1000 / N).toFixed(2), 'us/op') }
async function ta(name: string, f: (i: number) => Promise<unknown>, conc = 500) { const s = performance.now(); for (let i = 0; i < N; i += conc) { const ps = []; for (let j = 0; j < conc; j++) ps.push(f(i + j)); await Promise.all(ps) } const ms = performance.now() - s; console.log(name, (ms * 1000 / N).toFixed(2), 'us/op') }
t('phone', (i) => normalisePhone(`(213) ${200 + (i % 700)}-${String(i % 10000).padStart(4, '0')}`, 'US'))
t('phone', (i) => normalisePhone(`(213) ${200 + (i % 700)}-${String(i % 10000).padStart(4, '0')}`, 'US'))
await ta('sha', (i) => sha256Hex(`shopper.${i}@example.com`))
await ta('sha', (i) => sha256Hex(`shopper.${i}@example.com`))
await ta('sha seq', (i) => sha256Hex(`shopper.${i}@example.com`), 1)
const ev = (await buildTikTokEvent({ event: 'Purchase', email: 'a@b.co', phone: '+12133734253', user_id: 'u', first_name: 'a', last_name: 'b', zip_code: '1', city: 'c', state: 's', country: 'US', ttp: 'x', ttclid: 'y', ip: '1', user_agent: 'u', locale: 'en', url: 'https://a/b', referrer: 'https://a/c?ttclid=1', contents: [{ content_id: 'a', price: 1, quantity: 1 }, { content_id: 'b', price: 1, quantity: 2 }], value: 1, currency: 'USD', order_id: 'o' }, {})) as any
t('zod', () => TikTokEvent.safeParse(ev.event))
t('zod', () => TikTokEvent.safeParse(ev.event))
t('clickid', (i) => resolveClickId({ url: 'https://shop.example.com/checkout/complete', referrer: `https://shop.example.com/checkout?ttclid=E.C.P.ref${i}`, ttclid: 'x' }))
