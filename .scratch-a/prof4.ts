import { hashMatchKeysSync } from '../destinations/tiktok/core/hash-match-keys.ts'
import { mapUser } from '../destinations/tiktok/core/map-user.ts'
import { mapProperties } from '../destinations/tiktok/core/map-properties.ts'
import { sha256HexSync } from '../destinations/tiktok/core/sha256-hex.ts'
import { normalisePhone } from '../destinations/tiktok/core/normalise-phone.ts'
import { buildTikTokEvent } from '../destinations/tiktok/core/index.ts'
const N = 20000
function t(name: string, f: (i: number) => unknown) { const s = performance.now(); for (let i = 0; i < N; i++) f(i); const ms = performance.now() - s; console.log(name, (ms * 1000 / N).toFixed(2), 'us/op') }
const inp = (i: number) => ({ event: 'Purchase', email: ` Shopper.${i}@Example.com `, phone: `(213) ${200 + (i % 700)}-${String(i % 10000).padStart(4, '0')}`, user_id: `user_${i}`, first_name: 'Alice', last_name: 'Van Der Berg', zip_code: '90012-3301', country: 'us', url: 'https://shop.example.com/checkout/complete', referrer: `https://shop.example.com/checkout?ttclid=E.C.P.ref${i}`, contents: [{ content_id: 'a', price: 19, quantity: 1 }, { content_id: 505, price: '3.00', quantity: '2' }], value: '25.00', currency: 'usd' })
const inputs = Array.from({ length: N }, (_, i) => inp(i))
t('sha', (i) => sha256HexSync(`shopper.${i}@example.com`))
t('phone', (i) => normalisePhone(inputs[i].phone, 'US'))
t('phone memo', (i) => normalisePhone(inputs[i].phone, 'US'))
t('hashkeys', (i) => hashMatchKeysSync(inputs[(i + 7) % N], {}))
t('mapUser', (i) => mapUser(inputs[(i + 11) % N] as any, {}))
t('props', (i) => mapProperties(inputs[i] as any, []))
let s = performance.now(); for (let i = 0; i < N; i++) await buildTikTokEvent(inputs[(i + 13) % N] as any, {}); console.log('build', ((performance.now() - s) * 1000 / N).toFixed(2))
