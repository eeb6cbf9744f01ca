#!/usr/bin/env node
// Makes a fresh machine ready: installs the npm packages (bun and deno come from npm too) and Debian's chromium for
// the collector's browser test. Cheap when everything is already there, so `npm test` and `npm start` always call it.
import { execSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'

const run = (cmd) => execSync(cmd, { stdio: 'inherit' })
const lockChanged = () =>
  !existsSync('node_modules/.package-lock.json') ||
  statSync('package-lock.json').mtimeMs > statSync('node_modules/.package-lock.json').mtimeMs

if (!existsSync('node_modules/.bin/vitest') || lockChanged()) {
  console.error('[setup] installing npm packages...')
  // `npm install` (not `npm ci`): npm 11 judges this lock "out of sync" over other platforms' optional binaries
  // (biome, deno), though it pins every version; `install` keeps the locked versions.
  run('npm install --no-audit --no-fund')
}

// Only the tests drive a browser; `npm start` and `npm run bench` need no chromium.
const wantsBrowser = process.env.npm_lifecycle_event === 'test'
if (wantsBrowser && !existsSync('/usr/bin/chromium')) {
  if (process.getuid?.() === 0) {
    console.error('[setup] installing Debian chromium for the collector tests...')
    run('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null')
  } else {
    console.error("[setup] /usr/bin/chromium is missing: install Debian's chromium package (needs root)")
    process.exit(1)
  }
}

// The tests and the bench start throwaway PostgreSQL servers (test/fixtures/postgres.ts): they need Debian's server
// binaries, on the PATH or in /usr/lib/postgresql/<version>/bin. No cluster of Debian's own is made or started.
const wantsPostgres = ['test', 'bench'].includes(process.env.npm_lifecycle_event ?? '') || process.env.CI === 'true'
const postgresBinaries = () => {
  const dirs = (process.env.PATH ?? '').split(':').filter(Boolean)
  if (existsSync('/usr/lib/postgresql')) {
    for (const v of readdirSync('/usr/lib/postgresql')) dirs.push(`/usr/lib/postgresql/${v}/bin`)
  }
  return dirs.some((d) => ['initdb', 'pg_ctl', 'postgres'].every((b) => existsSync(`${d}/${b}`)))
}
if (wantsPostgres && !postgresBinaries()) {
  if (process.getuid?.() === 0) {
    console.error('[setup] installing Debian postgresql for the store tests...')
    const apt = 'DEBIAN_FRONTEND=noninteractive apt-get install -y -qq'
    run(`apt-get update -qq && ${apt} postgresql-common >/dev/null`)
    run(
      "mkdir -p /etc/postgresql-common && (grep -qs '^create_main_cluster' /etc/postgresql-common/createcluster.conf || echo 'create_main_cluster = false' >> /etc/postgresql-common/createcluster.conf)"
    )
    run(`${apt} postgresql >/dev/null`)
  } else {
    console.error(
      "[setup] PostgreSQL's initdb/pg_ctl/postgres are missing: install Debian's postgresql package (needs root)"
    )
    process.exit(1)
  }
}
