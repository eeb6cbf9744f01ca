/**
 * The `output` block: where events go and which secret authenticates them. Secrets never live in a pipeline file:
 * `auth: access_token` reads TIKTOK_ACCESS_TOKEN, `auth: ${NAME}` reads NAME, and `${NAME}` may appear in the
 * endpoint. The environment is passed in as a plain object (this module never reads process.env).
 */
import type { OutputSpec } from './pipeline-schema.ts'

export type Env = Readonly<Record<string, string | undefined>>

export interface ResolvedOutput {
  format: 'tiktok_events_api'
  endpoint?: string
  /** The environment variable holding the access token. */
  accessTokenVariable: string
  /** Non-enumerable: never serialised or logged with the pipeline. Undefined when no environment was given. */
  readonly accessToken?: string
}

export const DEFAULT_TOKEN_VARIABLE = 'TIKTOK_ACCESS_TOKEN'
const AUTH_HELP =
  // biome-ignore lint/suspicious/noTemplateCurlyInString: ${ENV_VAR} is the pipeline syntax being explained.
  'expected access_token (reads TIKTOK_ACCESS_TOKEN) or ${ENV_VAR}; secrets come from the environment, never from the file'
const VARIABLE = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g

export type OutputProblem = { key: keyof OutputSpec; message: string }
/** An environment variable a pipeline reads that is not set: an error, or (when the caller says so) a note. */
export type MissingVariable = { key: keyof OutputSpec; variable: string }

function secretVariable(auth: string): string | undefined {
  if (auth === 'access_token') return DEFAULT_TOKEN_VARIABLE
  const whole = /^\$\{([A-Za-z_][A-Za-z0-9_]*)\}$/.exec(auth)
  return whole?.[1]
}

/**
 * `missing`: where an unset variable goes instead of being an error (validate without --check-env: the files are
 * sound, only this environment lacks a secret). The output is still resolved then, with an empty value.
 */
export function resolveOutput(
  spec: OutputSpec,
  env: Env | undefined,
  report: (problem: OutputProblem) => void,
  missing?: (variable: MissingVariable) => void
): ResolvedOutput | undefined {
  const variable = secretVariable(spec.auth)
  if (!variable) {
    report({
      key: 'auth',
      message: AUTH_HELP
    })
    return undefined
  }
  let ok = true
  let noted = false
  const lookup = (name: string, key: keyof OutputSpec): string => {
    const value = env?.[name]
    if (env && !value) {
      noted = true
      if (missing) missing({ key, variable: name })
      else {
        report({ key, message: `environment variable ${name} is not set` })
        ok = false
      }
    }
    return value ?? ''
  }
  const token = env ? lookup(variable, 'auth') : undefined
  let endpoint = spec.endpoint
  if (endpoint !== undefined) {
    if (env) endpoint = endpoint.replace(VARIABLE, (_, name: string) => lookup(name, 'endpoint'))
    // Without an environment, a templated endpoint is checked once it is resolved.
    // An endpoint whose variable is unset here cannot be judged; it was reported (or noted) already.
    if (ok && !noted && !endpoint.includes('${') && !/^https?:\/\/[^/\s]+\/\S*$/.test(endpoint)) {
      report({
        key: 'endpoint',
        message: `expected an http(s) URL such as https://business-api.tiktok.com/open_api/v1.3/event/track/`
      })
      ok = false
    }
  }
  if (!ok) return undefined
  const output = { format: spec.format, endpoint, accessTokenVariable: variable } as ResolvedOutput
  Object.defineProperty(output, 'accessToken', { value: token, enumerable: false })
  return output
}
