/**
 * `tiktok-events-relay serve [--config relay.yaml] [--port 8080]`: intake, collector and delivery in one process.
 */
import { constants } from 'node:os'
import type { Command } from '../cli.ts'
import { RelayConfigError } from '../config/config-error.ts'
import { environmentVariables } from '../config/env-overlay.ts'
import { configHelpText } from '../config/help-text.ts'
import { ENV_SECTIONS } from '../config/load-config.ts'
import { RelayConfig } from '../config/schema.ts'
import { type RelayOptions, startRelay } from '../main-relay.ts'
import { StoreOpenError } from '../store/open-checks.ts'

function environmentHelp(): string {
  const rows = [{ name: 'RELAY_CONFIG', key: '--config', note: '' }, ...environmentVariables(ENV_SECTIONS)]
  const width = Math.max(...rows.map((r) => r.name.length)) + 2
  return rows.map((r) => `  ${r.name.padEnd(width)}${r.key}${r.note ? ` (${r.note})` : ''}`).join('\n')
}

const HELP = `Usage: tiktok-events-relay serve [--config relay.yaml] [--port 8080] [--hostname 0.0.0.0]

Runs the relay: Segment/RudderStack-compatible intake (/v1/track|identify|page|screen|group|alias|batch, the
short /v1/t|i|p|s|g|a|b, /beacon/v1/batch), the first-party collector (GET /collector.js, POST /collect),
GET /healthz and GET /metrics, and the delivery worker that sends the queued events to TikTok.
With no access token anywhere it runs in DRY-RUN: it records the requests it would send instead of sending them
and shows the newest at GET /dry-run. Without write keys (RELAY_WRITE_KEYS) intake accepts any caller.

Options:
  --config <file>     relay.yaml to read (env RELAY_CONFIG); environment variables override its keys
  --port <n>          port to listen on (overrides port / PORT; 0 picks a free one)
  --hostname <host>   interface to listen on (overrides hostname / RELAY_HOSTNAME)
  -h, --help          this text

Environment (each overrides the key of relay.yaml beside it):
${environmentHelp()}

Configuration keys (relay.yaml):
${configHelpText(RelayConfig)}
`

class UsageError extends Error {
  override readonly name = 'UsageError'
}

export function parseServeArgs(argv: string[]): RelayOptions {
  const opts: RelayOptions = {}
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined]
    const value = () => {
      const v = inline ?? argv[++i]
      if (v === undefined) throw new UsageError(`${flag} needs a value`)
      return v
    }
    if (flag === '--config') opts.configFile = value()
    else if (flag === '--port') {
      const v = value()
      const port = Number(v)
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new UsageError(`--port: expected 0-65535, got "${v}"`)
      opts.port = port
    } else if (flag === '--hostname') opts.hostname = value()
    else throw new UsageError(`Unknown option "${arg}" (see serve --help)`)
  }
  return opts
}

export const command: Command = {
  summary: 'Run the relay: intake, first-party collector and delivery to TikTok',
  help: HELP,
  async run(argv) {
    // Watched from the start (Bun installs a handler a moment after it is added): a signal before the relay listens
    // ends the process at once, since nothing has been accepted yet; after, it stops the relay in order.
    let stopRelay: ((signal: NodeJS.Signals) => void) | undefined
    let stopping = false
    const onSignal = (signal: NodeJS.Signals) => {
      if (stopping) return
      stopping = true
      if (stopRelay) stopRelay(signal)
      else process.exit(128 + (constants.signals[signal] ?? 0))
    }
    for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => onSignal(signal))

    let relay: Awaited<ReturnType<typeof startRelay>>
    try {
      const opts = parseServeArgs(argv)
      opts.configFile ??= process.env.RELAY_CONFIG || undefined
      relay = await startRelay(opts, process.env)
    } catch (err) {
      if (err instanceof RelayConfigError || err instanceof UsageError) {
        console.error(err.message)
        return 1
      }
      if (err instanceof StoreOpenError) {
        console.error(`The relay did not start: ${err.message}`)
        return 1
      }
      throw err
    }
    // First stdout line: tests and scripts read the port from it.
    console.log(`RELAY_LISTENING=${relay.url}`)
    stopRelay = (signal) => {
      relay.log.info('stopping', { signal })
      relay.stop().then(
        () => process.exit(0),
        () => process.exit(1)
      )
    }
    return -1
  }
}
