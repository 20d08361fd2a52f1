import { type ChildProcess, spawn } from 'node:child_process'
import type http from 'node:http'

import { projectRoot } from '../../lib/paths'
import { freePort } from '../../server/ports'

export { freePort }

/**
 * Closes a server at once. The app keeps idle connections for longer than the proxy does
 * (65 s), and a connection whose answer is still being finished is not yet idle when `close`
 * runs, so only closing every connection spares the wait.
 */
export const closeServer = (server: http.Server) => {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()))
  server.closeAllConnections()
  return closed
}

export type RunningApp = {
  url: string
  /** The process group of everything the command started. */
  processGroup: number
  /** Everything the command printed so far. */
  output: () => string
  /** Stops it as Ctrl-C would and resolves once it has exited. */
  stop: () => Promise<void>
}

/**
 * Runs the README's run command, `npm start`, as a new user would, and waits until it says it
 * is ready. It runs in its own process group so that stopping it stops everything it started.
 */
export const runStartCommand = async (env: Record<string, string>, timeoutMs = 600_000): Promise<RunningApp> => {
  const port = Number(env.PORT)
  let output = ''
  const child: ChildProcess = spawn('npm', ['start'], {
    cwd: projectRoot,
    env: { ...process.env, ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  const finished = new Promise<void>((resolve) => child.on('close', () => resolve()))

  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start was not ready in ${timeoutMs} ms:\n${output}`)), timeoutMs)
    const check = setInterval(() => {
      if (output.includes('wemi: ready on')) {
        clearInterval(check)
        clearTimeout(timer)
        resolve()
      }
    }, 200)
    void exited.then((code) => {
      clearInterval(check)
      clearTimeout(timer)
      reject(new Error(`npm start exited with ${code} before it was ready:\n${output}`))
    })
  })

  return {
    url: `http://localhost:${port}`,
    processGroup: child.pid!,
    output: () => output,
    stop: async () => {
      process.kill(-child.pid!, 'SIGINT')
      await finished
    },
  }
}
