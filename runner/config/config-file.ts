/**
 * Reads relay.yaml and keeps its syntax tree, so an issue found on the parsed data can name the file, line and
 * column of its key or value. Positions come from the pipelines' locator (locate-node.ts): config and pipeline
 * errors point the same way.
 */
import { readFile } from 'node:fs/promises'
import { isMap, LineCounter, parseDocument } from 'yaml'
import { createLocator } from '../../destinations/tiktok/pipelines/locate-node.ts'
import type { YamlPath } from '../../destinations/tiktok/pipelines/pipeline-issue.ts'
import { errorMessage } from '../log.ts'
import { type ConfigIssue, RelayConfigError } from './config-error.ts'

export type Place = Pick<ConfigIssue, 'file' | 'line' | 'column'>

export interface ConfigFile {
  raw: Record<string, unknown>
  /** Where `path` is written: its value, or with `at: 'key'` the key itself (for a key that is wrong). */
  place(path: YamlPath, at?: 'key' | 'value'): Place
}

const READ_FAILURES: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'is a directory, not a file'
}

/** Throws RelayConfigError for a file that cannot be read, is not YAML, or is not a mapping of keys. */
export async function readConfigFile(file: string): Promise<ConfigFile> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? ''
    throw new RelayConfigError([
      { code: 'config_unreadable', file, path: '', message: `cannot read: ${READ_FAILURES[code] ?? errorMessage(err)}` }
    ])
  }
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true })
  if (doc.errors.length > 0) {
    throw new RelayConfigError(
      doc.errors.map((e) => {
        const { line, col } = lineCounter.linePos(e.pos[0])
        return { code: 'yaml_syntax', file, line, column: col, path: '', message: `invalid YAML: ${e.message}` }
      })
    )
  }
  const raw: unknown = doc.toJS() ?? {}
  if (typeof raw !== 'object' || Array.isArray(raw) || (doc.contents !== null && !isMap(doc.contents))) {
    throw new RelayConfigError([
      {
        code: 'yaml_shape',
        file,
        line: 1,
        column: 1,
        path: '',
        message: 'expected a map of keys (port, destinations, ...)'
      }
    ])
  }
  const locate = createLocator(doc, lineCounter)
  return {
    raw: raw as Record<string, unknown>,
    place(path, at = 'value') {
      const { line, column } = locate(path, at)
      return { file, line, column }
    }
  }
}
