/**
 * `@template` rendering with actions-core's semantics: `{{{path}}}` placeholders are replaced first, then
 * `{{path}}`; a missing value renders as ''. Templates without triple braces are split once at compile time.
 */
import { compilePath, type PathReader } from './read-path.ts'

const TRIPLE = /\{\{\{([^}]+)\}\}\}/g
const DOUBLE = /\{\{([^}]+)\}\}/g

function placeholderReader(match: string, braces: number): PathReader {
  return compilePath(match.slice(braces, -braces).trim())
}

function renderPass(text: string, pattern: RegExp, braces: number, payload: unknown): string {
  return text.replace(pattern, (match) => {
    const value = placeholderReader(match, braces)(payload)
    return String(value ?? '')
  })
}

export function compileTemplate(template: string): (payload: unknown) => string {
  // A triple-brace value may itself contain `{{...}}` that the second pass renders: keep the two passes then.
  if (template.includes('{{{')) {
    return (payload) => renderPass(renderPass(template, TRIPLE, 3, payload), DOUBLE, 2, payload)
  }
  const literals: string[] = []
  const readers: PathReader[] = []
  let last = 0
  for (const match of template.matchAll(DOUBLE)) {
    literals.push(template.slice(last, match.index))
    readers.push(placeholderReader(match[0], 2))
    last = match.index + match[0].length
  }
  const tail = template.slice(last)
  if (readers.length === 0) return () => template
  return (payload) => {
    let out = ''
    for (let i = 0; i < readers.length; i++) out += literals[i] + String(readers[i](payload) ?? '')
    return out + tail
  }
}
