import { parsePhoneNumberFromString as p } from 'libphonenumber-js'
import { parsePhoneNumberFromString as pc } from 'libphonenumber-js/core'
import min from 'libphonenumber-js/min/metadata'
const N = 30000
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) }
function t(name: string, f: (i: number) => unknown) { for (let i = 0; i < 3000; i++) f(i); const s = cpu(); for (let i = 0; i < N; i++) f(i); console.log(name, ((cpu() - s) / N).toFixed(2), 'cpu-us/op') }
const digits = Array.from({ length: N }, (_, i) => `213${200 + (i % 700)}${String(i % 10000).padStart(4, '0')}`)
for (let r = 0; r < 2; r++) {
t('new api isValid', (i) => p(digits[i], { defaultCountry: 'US', extract: false } as any)?.isValid())
t('new api isPossible', (i) => p(digits[i], { defaultCountry: 'US', extract: false } as any)?.isPossible())
t('new api number only', (i) => p(digits[i], { defaultCountry: 'US', extract: false } as any)?.number)
t('core', (i) => pc(digits[i], { defaultCountry: 'US', extract: false } as any, min as any)?.isValid())
t('json', (i) => JSON.stringify({ a: digits[i] }))
}

