/**
 * A JSON file a command reads (preview's event and settings files), and when it is not JSON, where: `file:line:col:
 * invalid JSON: comma expected`, the form of the YAML and pipeline errors (editors and CI logs link it). Bun's own
 * JSON.parse says only `JSON Parse error: Expected '}'`, with no place (found by a new-user trial); JSON.parse still
 * reads the file, and jsonc-parser (comments and trailing commas refused, as JSON has neither) only finds the place.
 */
import { readFileSync } from 'node:fs'
import { type ParseError, parse, printParseErrorCode } from 'jsonc-parser'

/** A file that cannot be read or is not JSON; the message names it (and the line and column of a syntax error). */
export class JsonFileError extends Error {
  override readonly name = 'JsonFileError'
}

/** 1-based line and column of `offset` in `text` (a column counts UTF-16 units, as editors' JSON positions do). */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset)
  const lineStart = before.lastIndexOf('\n') + 1
  return { line: before.split('\n').length, column: offset - lineStart + 1 }
}

/** `CloseBraceExpected` -> `close brace expected`. */
const inWords = (error: ParseError) =>
  printParseErrorCode(error.error)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()

/**
 * The parsed JSON of `path`. Throws JsonFileError: `<what> <path>: <reason>` when it cannot be read,
 * `<path>:<line>:<col>: invalid JSON: <what is wrong>` when it is not JSON. Never quotes the file's content (an
 * event file may hold an email).
 */
export function readJsonFile(path: string, what: string): unknown {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new JsonFileError(`${what} ${path}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`)
  }
  try {
    return JSON.parse(text)
  } catch {
    const errors: ParseError[] = []
    parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false })
    const first = errors[0]
    if (!first) throw new JsonFileError(`${path}: invalid JSON (${what})`)
    const { line, column } = lineAndColumn(text, first.offset)
    throw new JsonFileError(`${path}:${line}:${column}: invalid JSON: ${inWords(first)} (${what})`)
  }
}
