// Runs before `npm start`, `npm run dev` and `npm test`, on whatever Node the machine has, so
// that a fresh clone needs no separate install step: it installs the locked dependencies (which
// bring Node 22 for everything else) when they are missing or older than package-lock.json.
const { spawn } = require('node:child_process')
const { existsSync, statSync } = require('node:fs')
const path = require('node:path')
const readline = require('node:readline')

const root = path.join(__dirname, '..')
const lockfile = path.join(root, 'package-lock.json')
const installed = path.join(root, 'node_modules', '.package-lock.json')

const upToDate = existsSync(installed) && statSync(installed).mtimeMs >= statSync(lockfile).mtimeMs
if (!upToDate) {
  console.log('Installing dependencies (npm ci)…')
  const install = spawn('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: ['inherit', 'inherit', 'pipe'] })
  // npm checks each package's engines against the Node it runs on, which may be older than the
  // Node 22 this very install brings: those warnings are counted, not printed a screen long.
  let engineWarnings = 0
  readline.createInterface({ input: install.stderr }).on('line', (line) => {
    if (line.startsWith('npm warn EBADENGINE')) engineWarnings += 1
    else console.error(line)
  })
  install.on('close', (code) => {
    if (engineWarnings > 0) {
      console.log(`(Node ${process.versions.node} runs the install only: every script then runs on the Node 22 it installed.)`)
    }
    process.exitCode = code ?? 1
  })
}
