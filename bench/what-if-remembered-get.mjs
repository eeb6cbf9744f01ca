/**
 * A what-if for an upstream proposal, never loaded by a bench on its own: every copy of @segment/actions-core that
 * this Node process loads gets a `get` (mapping-kit's path lookup) that splits each plain path string once and
 * remembers the keys, instead of splitting it with a regular expression on every call (27% of our host's CPU in
 * docs/performance.md, "Second round"). Same result for every input: only paths made of dot-separated keys without
 * brackets or quotes are remembered, and for those actions-core's split is exactly a split on dots; every other path,
 * and every non-string one, goes to actions-core's own `get`.
 *
 *   node -C require --import ./bench/what-if-remembered-get.mjs --import tsx bench/segment-ratio.node.bench.ts
 *
 * It patches the module object actions-core's files share (CommonJS `exports.get`, looked up at each call), so it
 * must be imported before actions-core loads. Prints one line to stderr per patched copy.
 */
import Module from 'node:module'

const GET_FILE = '/@segment/actions-core/dist/cjs/get.js'
const patched = new WeakSet()

/** `get` with the keys of each plain path remembered; `original` for anything else. */
function rememberingGet(original) {
  const keysOf = new Map()
  return (obj, path) => {
    if (typeof path !== 'string' || path === '' || path === '.' || /[[\]'"]/.test(path)) return original(obj, path)
    let keys = keysOf.get(path)
    if (keys === undefined) {
      keys = path.split('.').filter((key) => key !== '')
      keysOf.set(path, keys)
    }
    let value = obj
    // `&&`, not `?.`: as actions-core's reduce, a falsy value (0, '', false) on the way is the answer itself.
    // biome-ignore lint/complexity/useOptionalChain: the same result as actions-core's get for every input.
    for (const key of keys) value = value && value[key]
    return value
  }
}

const load = Module._load
Module._load = function loadPatchingGet(...args) {
  const [request, parent, isMain] = args
  const loaded = load.apply(this, args)
  if (/(^|\/)get(\.js)?$/.test(request) && !patched.has(loaded)) {
    let file = ''
    try {
      file = Module._resolveFilename(request, parent, isMain)
    } catch {}
    if (file.endsWith(GET_FILE)) {
      patched.add(loaded)
      loaded.get = rememberingGet(loaded.get)
      process.stderr.write(`what-if: remembered path splits in ${file}\n`)
    }
  }
  return loaded
}
