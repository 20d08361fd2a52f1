import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'

import { chromium } from 'playwright-core'

import { canInstallDebianPackages, installDebianPackage } from './debian'

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
  if (canInstallDebianPackages()) return installDebianPackage('chromium', 'for the browser tests')
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
