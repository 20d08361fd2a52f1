import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { userInfo } from 'node:os'

/** Whether Debian's packages can be installed here: apt-get, run as root. */
export const canInstallDebianPackages = (): boolean => existsSync('/usr/bin/apt-get') && userInfo().uid === 0

/** Installs one of Debian's packages, refreshing the package lists once if the first try fails. */
export const installDebianPackage = (name: string, why: string): void => {
  console.log(`Installing Debian’s ${name} package ${why}…`)
  const install = () =>
    execFileSync('apt-get', ['install', '-y', name], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
  try {
    install()
  } catch {
    execFileSync('apt-get', ['update'], { stdio: 'inherit' })
    install()
  }
}
