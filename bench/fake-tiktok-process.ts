/**
 * The fake TikTok (test/fake-tiktok/main.ts) on Bun in its own process, as TikTok is, so its contract checks do not
 * eat the CPU of the host a bench measures. Accepts the token `bench-token`, answers at once, keeps no requests.
 * Resolves to its URL (its first stdout line); rejects if it exits or says anything else first. It is killed when
 * this process exits, whatever ends it.
 */
import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'

export function startFakeTikTokProcess(): Promise<string> {
  const fake = spawn(
    'node_modules/.bin/bun',
    ['test/fake-tiktok/main.ts', '--port', '0', '--latency-ms', '0', '--token', 'bench-token', '--no-keep'],
    { stdio: ['ignore', 'pipe', 'inherit'] }
  )
  process.on('exit', () => fake.kill('SIGTERM'))
  return new Promise<string>((resolve, reject) => {
    createInterface({ input: fake.stdout! }).once('line', (line) => {
      const url = /^FAKE_TIKTOK_URL=(.+)$/.exec(line)?.[1]
      if (url) resolve(url)
      else reject(new Error(`unexpected first line from the fake: ${line}`))
    })
    fake.once('exit', (code) => reject(new Error(`the fake exited with ${code}`)))
  })
}
