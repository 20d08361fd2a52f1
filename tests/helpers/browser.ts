import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { userInfo } from 'node:os'

import { chromium } from 'playwright-core'

const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']

/** The flags every browser test runs Chromium with (no sandbox as root, no network chatter). */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking']

const found = (): string | undefined => {
  const configured = process.env.CHROMIUM_PATH
  if (configured) {
    if (!existsSync(configured)) throw new Error(`CHROMIUM_PATH is set to ${configured}, which does not exist`)
    return configured
  }
  return [...SYSTEM_CHROMIUMS, chromium.executablePath()].find((candidate) => existsSync(candidate))
}

const install = () => {
  const hasApt = existsSync('/usr/bin/apt-get')
  if (hasApt && userInfo().uid === 0) {
    console.log('Installing Debian’s chromium package for the browser tests…')
    try {
      execFileSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit' })
    } catch {
      execFileSync('apt-get', ['update'], { stdio: 'inherit' })
      execFileSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit' })
    }
    return
  }
  console.log('Installing Playwright’s Chromium for the browser tests…')
  execFileSync(process.execPath, ['node_modules/playwright-core/cli.js', 'install', 'chromium'], { stdio: 'inherit' })
}

/**
 * A Chromium to test with: CHROMIUM_PATH, the system's, or Playwright's; when there is none it
 * installs one the way this machine allows. A browser test that cannot get one fails.
 */
export const chromiumExecutable = (): string => {
  const existing = found()
  if (existing) return existing
  install()
  const installed = found()
  if (!installed) throw new Error('No Chromium could be found or installed: set CHROMIUM_PATH to a Chromium binary')
  return installed
}
