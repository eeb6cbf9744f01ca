import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { closestName } from './closest-name.ts'
import { knownKeysAt } from './schema-keys.ts'

const CONFIG_KEYS = ['port', 'hostname', 'dataDir', 'cookieDomain', 'trustProxy', 'apiUrl', 'destinations']

describe('closestName', () => {
  it.each([
    ['pixelcode', ['id', 'pixelCode', 'accessToken'], 'pixelCode'],
    ['pixel_code', ['id', 'pixelCode', 'accessToken'], 'pixelCode'],
    ['ACCESS-TOKEN', ['id', 'pixelCode', 'accessToken'], 'accessToken'],
    ['prot', CONFIG_KEYS, 'port'],
    ['datadir', CONFIG_KEYS, 'dataDir'],
    ['data_dir', CONFIG_KEYS, 'dataDir'],
    ['destination', CONFIG_KEYS, 'destinations'],
    ['trigers', ['name', 'trigger', 'transform'], 'trigger'],
    ['transfrom', ['source', 'target', 'transform'], 'transform'],
    ['lingerMS', ['lingerMs', 'concurrency'], 'lingerMs'],
    // Another word, not a typo: no suggestion.
    ['colour', CONFIG_KEYS, undefined],
    ['verbose', CONFIG_KEYS, undefined],
    ['ab', ['id', 'port'], undefined],
    ['', CONFIG_KEYS, undefined],
    ['port', [], undefined]
  ])('%s among %j -> %s', (input, candidates, expected) => {
    expect(closestName(input, candidates)).toBe(expected)
  })
})

describe('knownKeysAt', () => {
  const Schema = z
    .object({
      list: z
        .array(z.object({ id: z.string(), settings: z.object({ a: z.number().default(1) }).prefault({}) }))
        .default([]),
      either: z.union([z.object({ x: z.string() }), z.object({ y: z.string() }), z.string()]).optional(),
      cleaned: z.preprocess((v) => v, z.object({ inner: z.string() })),
      byName: z.record(z.string(), z.object({ value: z.number() }))
    })
    .strict()

  it.each([
    [[], ['list', 'either', 'cleaned', 'byName']],
    [
      ['list', 0],
      ['id', 'settings']
    ],
    [['list', 3, 'settings'], ['a']],
    [['either'], ['x', 'y']],
    [['cleaned'], ['inner']],
    [['byName', 'anything'], ['value']],
    [['list', 0, 'id'], []],
    [['nowhere', 'at', 'all'], []]
  ])('at %j: %j', (path, keys) => {
    expect(knownKeysAt(Schema, path)).toEqual(keys)
  })
})
