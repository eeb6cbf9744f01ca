/**
 * presets.generated.ts and manifest.json are generated from pipelines/ and the definition: they must equal what
 * the pipelines compile to, and `npm run manifest:check` must catch a stale copy.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseFql } from '@segment/destination-subscriptions'
import { describe, expect, it } from 'vitest'
import { loadShippedPipelines, REPO_ROOT } from '../../../test/fixtures/pipelines/read-fixtures.ts'
import { tempDir } from '../../../test/fixtures/temp-dir.ts'
import destination from '../index.ts'
import { presets } from '../presets.generated.ts'
import { renderFieldSources } from './build-field-sources.ts'
import { buildPresets } from './build-presets.ts'

const BUN = join(REPO_ROOT, 'node_modules', '.bin', 'bun')

describe('presets.generated.ts', () => {
  it('equals the presets compiled from pipelines/ (the active ones)', () => {
    expect(presets).toEqual(buildPresets(loadShippedPipelines()))
    expect(presets.map((p) => p.name)).toContain('Purchase')
    expect(presets.filter((p) => 'subscribe' in p && p.subscribe.includes('"Order Completed"'))).toHaveLength(1)
  })

  it('is what the destination definition ships, and every subscription parses', () => {
    expect(destination.presets).toEqual(presets)
    for (const preset of presets)
      expect('subscribe' in preset && parseFql(preset.subscribe)).not.toHaveProperty('error')
  })

  it('starts with the do-not-edit header', () => {
    expect(readFileSync(join(REPO_ROOT, 'destinations/tiktok/presets.generated.ts'), 'utf8').split('\n')[0]).toBe(
      '// generated, do not edit: `npm run manifest` writes this file from pipelines/*.yaml.'
    )
  })
})

describe('docs/field-sources.md', () => {
  it('is the precedence the field defaults read, written from them', () => {
    const text = readFileSync(join(REPO_ROOT, 'docs/field-sources.md'), 'utf8')
    expect(text).toBe(renderFieldSources(destination.actions.reportEvent!.fields as never))
    // Spot checks of the precedence issue 13 asks for, as a reader sees it.
    expect(text).toContain('`properties.event_id` → `properties.eventId` → `messageId`')
    expect(text).toContain('`integrations.TikTok Conversions.ttp`')
    expect(text).toContain('`properties.revenue` → `properties.total` → `properties.value`')
    expect(text).toContain('`context.page.url` → `properties.context.page.url` → `properties.url`')
  })
})

describe('manifest.json', () => {
  const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'manifest.json'), 'utf8'))

  it('describes the destination without secrets', () => {
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'))
    expect(manifest).toMatchObject({ name: destination.name, slug: destination.slug, version: pkg.version })
    expect(manifest.runtimes).toEqual(['bun', 'deno', 'node'])
    expect(manifest.secrets).toEqual(['accessToken'])
    expect(manifest.settings.properties.accessToken).toMatchObject({ writeOnly: true, 'x-secret': true })
    expect(manifest.settings.properties.accessToken).not.toHaveProperty('default')
    expect(Object.keys(manifest.actions.reportEvent.fields)).toEqual(
      Object.keys(destination.actions.reportEvent.fields)
    )
    expect(manifest.presets).toEqual(JSON.parse(JSON.stringify(presets)))
    expect(manifest.pipelines.find((p: { name: string }) => p.name === 'purchase')).toMatchObject({
      active: false,
      replacedBy: ['tiktok_purchase']
    })
    expect(JSON.stringify(manifest)).not.toMatch(/test-token|TIKTOK_ACCESS_TOKEN=/)
  })

  it('is in sync: `bun scripts/generate.ts --check` exits 0', () => {
    const result = spawnSync(BUN, ['scripts/generate.ts', '--check'], { cwd: REPO_ROOT, encoding: 'utf8' })
    expect([result.status, result.stderr]).toEqual([0, ''])
  })

  it('--check exits 1 naming both files once a pipeline changes (on a copy of the tree)', () => {
    const copy = tempDir('generate-')
    for (const part of [
      'destinations',
      'pipelines',
      'scripts',
      'docs',
      'package.json',
      'manifest.json',
      'tsconfig.json'
    ]) {
      cpSync(join(REPO_ROOT, part), join(copy, part), { recursive: true })
    }
    symlinkSync(join(REPO_ROOT, 'node_modules'), join(copy, 'node_modules'))
    const file = join(copy, 'pipelines', 'search.yaml')
    writeFileSync(file, readFileSync(file, 'utf8').replace('value: Products Searched', 'value: Product Searched'))
    const result = spawnSync(BUN, ['scripts/generate.ts', '--check'], { cwd: copy, encoding: 'utf8' })
    rmSync(copy, { recursive: true, force: true })
    expect([result.status, result.stderr]).toEqual([
      1,
      'stale generated files: destinations/tiktok/presets.generated.ts, manifest.json; run `npm run manifest` and commit them\n'
    ])
  })
})
