/**
 * `tiktok-events-relay <command>`: a dispatch table, nothing else. Each command lives in runner/commands/ and
 * exports `help` (its --help text) and `run(argv)` returning the process exit code.
 */
import { installNativeSha256 } from '../destinations/tiktok/native-sha256.ts'

export interface Command {
  summary: string
  help: string
  run(argv: string[]): Promise<number>
}

const COMMANDS: Record<string, () => Promise<{ command: Command }>> = {
  serve: () => import('./commands/serve.ts'),
  validate: () => import('./commands/validate.ts'),
  preview: () => import('./commands/preview.ts'),
  status: () => import('./commands/status.ts'),
  replay: () => import('./commands/replay.ts'),
  import: () => import('./commands/import.ts')
}

async function usage(): Promise<string> {
  const lines = ['Usage: tiktok-events-relay <command> [options]', '', 'Commands:']
  for (const [name, load] of Object.entries(COMMANDS))
    lines.push(`  ${name.padEnd(10)} ${(await load()).command.summary}`)
  lines.push('', 'Run `tiktok-events-relay <command> --help` for the options of one command.')
  return lines.join('\n')
}

export async function main(argv: string[]): Promise<number> {
  // Every command that builds events (serve, import, preview) hashes match keys with the runtime's SHA-256.
  installNativeSha256()
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(await usage())
    return name ? 0 : 1
  }
  const load = COMMANDS[name]
  if (!load) {
    console.error(`Unknown command "${name}".\n\n${await usage()}`)
    return 1
  }
  const { command } = await load()
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(command.help)
    return 0
  }
  return command.run(rest)
}

/** Runs the CLI as this process: exits with the command's code (serve returns -1 and keeps running). */
export function runAsProcess(argv: string[]): void {
  main(argv).then(
    (code) => {
      if (code !== -1) process.exit(code)
    },
    (err) => {
      console.error(err instanceof Error ? err.message : String(err))
      process.exit(1)
    }
  )
}

const isEntry = typeof process !== 'undefined' && process.argv[1] && /cli\.(ts|js|mjs)$/.test(process.argv[1])
if (isEntry) runAsProcess(process.argv.slice(2))
