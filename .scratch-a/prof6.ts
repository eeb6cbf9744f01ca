import { parsePhoneNumberFromString as p } from 'libphonenumber-js'
import { parsePhoneNumberFromString as pc } from 'libphonenumber-js/core'
import min from 'libphonenumber-js/min/metadata'
const N = 20000
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) }
function t(name: string, f: (i: number) => unknown) { for (let i = 0; i < 2000; i++) f(i); const s = cpu(); for (let i = 0; i < N; i++) f(i); console.log(name, ((cpu() - s) / N).toFixed(2), 'cpu-us/op') }
const ph = Array.from({ length: N }, (_, i) => `(213) ${200 + (i % 700)}-${String(i % 10000).padStart(4, '0')}`)
const digits = ph.map((x) => x.replace(/[^\d+]/g, ''))
const plus = digits.map((x) => '+1' + x)
t('json', (i) => JSON.stringify({ a: ph[i] }))
t('default', (i) => p(ph[i], { defaultCountry: 'US' })?.isValid())
t('extract false', (i) => p(ph[i], { defaultCountry: 'US', extract: false } as any)?.isValid())
t('digits', (i) => p(digits[i], { defaultCountry: 'US' })?.isValid())
t('digits extract false', (i) => p(digits[i], { defaultCountry: 'US', extract: false } as any)?.isValid())
t('plus extract false', (i) => p(plus[i], { extract: false } as any)?.isValid())
t('core min', (i) => pc(digits[i], { defaultCountry: 'US', extract: false } as any, min)?.isValid())
t('parse only digits xf', (i) => p(digits[i], { defaultCountry: 'US', extract: false } as any))
for (const [n, c] of [['(213) 373-4253', 'US'], ['0044 7911 123456', 'GB'], ['(+1)2133734253', 'US'], ['+44 (0) 7911 123456', 'US'], ['tel:+12133734253', 'US'], ['213-373-4253 ext. 12', 'US'], ['Phone: 213 373 4253', 'US']]) console.log(n, p(n, { defaultCountry: c as any })?.number, p(n, { defaultCountry: c as any, extract: false } as any)?.number)
