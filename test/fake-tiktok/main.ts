/**
 * The fake TikTok as its own process, for tests and benches that put TikTok in another process than the runner:
 *   npx bun test/fake-tiktok/main.ts --port 0 --latency-ms 50 [--throttle-rps 20] [--token test-token] [--no-keep]
 * Prints FAKE_TIKTOK_URL=<url> first; control endpoints under /__fake/ (see README.md).
 */
import { startFakeTikTok } from './server.ts'

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(name)
  return i >= 0 ? process.argv[i + 1] : undefined
}

const fake = await startFakeTikTok({
  port: Number(flag('--port') ?? 0),
  latencyMs: Number(flag('--latency-ms') ?? 0),
  accessToken: flag('--token') ?? 'test-token',
  keepRequests: !process.argv.includes('--no-keep')
})
fake.setThrottle(Number(flag('--throttle-rps') ?? 0))
console.log(`FAKE_TIKTOK_URL=${fake.url}`)
const stop = () => fake.close().then(() => process.exit(0))
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
