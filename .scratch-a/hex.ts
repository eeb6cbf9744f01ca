const HEX_BYTE = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'))
const H = new Int32Array(8); for (let i = 0; i < 8; i++) H[i] = (Math.random() * 2 ** 32) | 0
const N = 500000
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) }
function t(name: string, f: () => string) { const set = new Set<string>(); let s = cpu(); for (let i = 0; i < N; i++) { H[i & 7] = i; const x = f(); if ((i & 1023) === 0) set.add(x) } console.log(name, ((cpu() - s) * 1000 / N).toFixed(0), 'ns', set.size) }
const a = () => { let hex = ''; for (let i = 0; i < 8; i++) { const v = H[i]; hex += HEX_BYTE[(v >>> 24) & 255] + HEX_BYTE[(v >>> 16) & 255] + HEX_BYTE[(v >>> 8) & 255] + HEX_BYTE[v & 255] } return hex }
const b = () => { let hex = ''; for (let i = 0; i < 8; i++) hex += (H[i] >>> 0).toString(16).padStart(8, '0'); return hex }
const codes = new Uint8Array(64); const td = new TextDecoder('latin1'); const HC = new Uint8Array(16).map((_, i) => '0123456789abcdef'.charCodeAt(i))
const c = () => { for (let i = 0; i < 8; i++) { const v = H[i]; for (let j = 0; j < 8; j++) codes[i * 8 + j] = HC[(v >>> (28 - j * 4)) & 15] } return td.decode(codes) }
const d = () => { for (let i = 0; i < 8; i++) { const v = H[i]; for (let j = 0; j < 8; j++) codes[i * 8 + j] = HC[(v >>> (28 - j * 4)) & 15] } return String.fromCharCode.apply(null, codes as any) }
for (let r = 0; r < 2; r++) { t('concat', a); t('toString', b); t('textdecoder', c); t('fromCharCode', d) }
