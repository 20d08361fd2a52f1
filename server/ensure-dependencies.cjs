// Runs before `npm start`, `npm run dev` and `npm test`, on whatever Node the machine has, so
// that a fresh clone needs no separate install step: it installs the locked dependencies (which
// bring Node 22 for everything else) when they are missing or older than package-lock.json.
const { execSync } = require('node:child_process')
const { existsSync, statSync } = require('node:fs')
const path = require('node:path')

const root = path.join(__dirname, '..')
const lockfile = path.join(root, 'package-lock.json')
const installed = path.join(root, 'node_modules', '.package-lock.json')

const upToDate = existsSync(installed) && statSync(installed).mtimeMs >= statSync(lockfile).mtimeMs
if (!upToDate) {
  console.log('Installing dependencies (npm ci)…')
  execSync('npm ci --no-audit --no-fund', { cwd: root, stdio: 'inherit' })
}
