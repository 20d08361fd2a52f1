import { randomBytes } from 'node:crypto'

/**
 * Notices in App IO for this run. With APP_IO_API_KEY set (the key of the city's service on
 * IO), messages go to IO's API (APP_IO_API_URL, IO's public address unless set). Without it,
 * and unless the run is without demo data (DEMO_DATA=off, as in production, where nothing is
 * sent until the city sets its key), a local stand-in of IO's API on loopback takes them and
 * shows them on a page. The settings are put in the environment before the workers start.
 */
export const prepareAppIo = async ({ log }: { log: (line: string) => void }): Promise<{ stop: () => Promise<void> }> => {
  if (process.env.APP_IO_API_KEY) {
    log(`notices in App IO through ${process.env.APP_IO_API_URL || 'IO’s public API'}`)
    return { stop: async () => {} }
  }
  if (process.env.DEMO_DATA === 'off') {
    log('notices in App IO are off: set APP_IO_API_KEY to the key of the city’s service on IO to send them')
    return { stop: async () => {} }
  }
  const apiKey = randomBytes(16).toString('hex')
  // Loaded only here, so that a run with the real IO never loads the stand-in.
  const { startLocalAppIo } = await import('../dev/app-io')
  const local = await startLocalAppIo({ port: Number(process.env.LOCAL_APP_IO_PORT ?? 0), apiKey })
  Object.assign(process.env, { APP_IO_API_KEY: apiKey, APP_IO_API_URL: local.url })
  log(`notices in App IO through a local test IO on ${local.url}; read them at ${new URL('/', local.url).href}`)
  return { stop: () => local.close() }
}
