import { TikTokEvent, TikTokRequestBody } from '../destinations/tiktok/core/contract.ts'
const seen = new Set()
function walk(s: any, path: string) {
  const d = s._zod.def
  const checks = (d.checks ?? []).map((c: any) => { const cd = c._zod.def; return JSON.stringify({ ...cd, pattern: cd.pattern?.source, when: undefined }) })
  console.log(path, d.type, checks.join(' '), d.catchall ? 'catchall:' + d.catchall._zod.def.type : '', d.entries ? Object.keys(d.entries).length + ' entries' : '', s._zod.bag ? JSON.stringify(s._zod.bag) : '')
  if (d.type === 'object') for (const [k, v] of Object.entries(d.shape)) walk(v, path + '.' + k)
  if (d.type === 'optional' || d.type === 'default') walk(d.innerType, path + '?')
  if (d.type === 'array') walk(d.element, path + '[]')
  if (d.type === 'union') d.options.forEach((o: any, i: number) => walk(o, path + '|' + i))
  if (d.catchall) walk(d.catchall, path + '.*')
}
walk(TikTokEvent, 'event')
