/**
 * Structured JSON logs, one line each, on stderr (stdout is kept for the RELAY_LISTENING line tests read).
 * Callers pass ids, counts and reasons only: never raw traits, access tokens or write keys. `redactFields` is a
 * second line of defence for the keys most likely to slip in.
 */
export interface Logger {
  info(msg: string, fields?: Record<string, unknown>): void
  warn(msg: string, fields?: Record<string, unknown>): void
  error(msg: string, fields?: Record<string, unknown>): void
}

const SECRET_KEYS =
  /^(access_?token|accesstoken|write_?key|writekey|authorization|email|phone|first_?name|last_?name)$/i

function redactFields(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(fields)) out[k] = SECRET_KEYS.test(k) ? '[redacted]' : v
  return out
}

export function createLogger(write: (line: string) => void = (l) => console.error(l)): Logger {
  const emit = (level: string, msg: string, fields?: Record<string, unknown>) =>
    write(JSON.stringify({ t: new Date().toISOString(), level, msg, ...(fields ? redactFields(fields) : {}) }))
  return {
    info: (msg, fields) => emit('info', msg, fields),
    warn: (msg, fields) => emit('warn', msg, fields),
    error: (msg, fields) => emit('error', msg, fields)
  }
}

/** For tests and benches that must not print. */
export const silentLogger: Logger = { info() {}, warn() {}, error() {} }

/** What a caught value says, for a log field or a message: an Error's message, anything else as text. */
export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}
