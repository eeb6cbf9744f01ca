/**
 * The README's table of rejection reasons is REJECTION_REASONS (runner/intake/rejection-reasons.ts), row for row:
 * a reason added, renamed or reworded in the code without the README (or the other way round) fails here.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { REJECTION_REASONS } from '../../runner/intake/rejection-reasons.ts'
import { REPO_ROOT } from '../fixtures/pipelines/read-fixtures.ts'

const README = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8')

describe("the README's rejection reasons", () => {
  it('lists every reason with its meaning, in the order of the code, and no other', () => {
    const table = README.split('**Rejected messages.**')[1]?.split('\n\n')[1] ?? ''
    const rows = table.split('\n').filter((line) => /^\| `/.test(line))
    expect(rows).toEqual(Object.entries(REJECTION_REASONS).map(([code, meaning]) => `| \`${code}\` | ${meaning} |`))
  })
})
