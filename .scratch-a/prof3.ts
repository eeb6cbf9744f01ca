import { sha256HexSync } from './sha-js.ts'
import { sha256Hex } from '../destinations/tiktok/core/sha256-hex.ts'
for (const s of ['', 'abc', 'x'.repeat(55), 'x'.repeat(56), 'zoë@例え.jp', 'y'.repeat(200)]) if (sha256HexSync(s) !== await sha256Hex(s)) console.log('MISMATCH', s.length)
const N = 200000
let s0 = performance.now(); for (let i = 0; i < N; i++) sha256HexSync(`shopper.${i}@example.com`); console.log('js', ((performance.now() - s0) * 1000 / N).toFixed(2))
s0 = performance.now(); for (let i = 0; i < N; i++) sha256HexSync(`shopper.${i}@example.com`); console.log('js', ((performance.now() - s0) * 1000 / N).toFixed(2))
s0 = performance.now(); for (let i = 0; i < N; i += 500) { const p = []; for (let j = 0; j < 500; j++) p.push(sha256Hex(`shopper.${i + j}@example.com`)); await Promise.all(p) } console.log('subtle', ((performance.now() - s0) * 1000 / N).toFixed(2))
