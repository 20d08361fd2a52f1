import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { chownSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { userInfo } from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { dataDir } from '../../lib/paths'
import { canInstallDebianPackages, installDebianPackage } from './debian'
import { freePort } from './server'

/**
 * The production layout on one machine, from Debian's packages as a city's operations team
 * would run it: a PostgreSQL primary with a streaming replica made by `pg_basebackup`, and nginx
 * balancing between app processes.
 */

const DEBIAN_POSTGRES = '/usr/lib/postgresql'

/** A program from Debian's packages, installed first when it is missing and the machine allows. */
const fromDebian = <T>(find: () => T | undefined, name: string): T => {
  const found = find()
  if (found) return found
  if (canInstallDebianPackages()) installDebianPackage(name, 'for the scale-out test')
  const installed = find()
  if (!installed) throw new Error(`The scale-out test needs Debian’s ${name} package: apt-get install -y ${name}`)
  return installed
}

/** The newest PostgreSQL server installed from Debian's packages, with pg_basebackup beside it. */
const postgresBinaries = (): string =>
  fromDebian(() => {
    const [newest] = existsSync(DEBIAN_POSTGRES)
      ? readdirSync(DEBIAN_POSTGRES)
          .filter((version) => existsSync(path.join(DEBIAN_POSTGRES, version, 'bin', 'pg_basebackup')))
          .sort((a, b) => Number(b) - Number(a))
      : []
    return newest && path.join(DEBIAN_POSTGRES, newest, 'bin')
  }, 'postgresql')

/** PostgreSQL refuses root: under root its files and processes belong to the `postgres` user. */
const owner = (): { uid?: number; gid?: number } => {
  if (userInfo().uid !== 0) return {}
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres']).toString())
  return { uid: id('-u'), gid: id('-g') }
}

const run = (binary: string, args: string[]) =>
  execFileSync(path.join(postgresBinaries(), binary), args, { ...owner(), stdio: 'pipe', cwd: '/tmp' })

const ownedFolder = (folder: string) => {
  rmSync(folder, { recursive: true, force: true })
  mkdirSync(folder, { recursive: true, mode: 0o700 })
  const { uid, gid } = owner()
  if (uid !== undefined) chownSync(folder, uid, gid!)
}

export type Server = { port: number; url: (database: string) => string; stop: () => void }

const startServer = (folder: string, port: number, settings: string[]): Server => {
  const options = [`-p ${port}`, '-c listen_addresses=127.0.0.1', "-c unix_socket_directories=''", ...settings.map((s) => `-c ${s}`)]
  run('pg_ctl', ['-D', folder, '-l', path.join(folder, 'server.log'), '-w', '-t', '60', '-o', options.join(' '), 'start'])
  return {
    port,
    url: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`,
    stop: () => run('pg_ctl', ['-D', folder, '-m', 'fast', '-w', 'stop']),
  }
}

/**
 * A primary and a replica that streams from it. The replica applies what it receives
 * `applyDelay` later, so that a read sent to it while it should have gone to the primary
 * shows.
 */
export const startReplicatedDatabase = async (name: string, applyDelay: string) => {
  const primaryFolder = path.join(dataDir, `${name}-primary`)
  const replicaFolder = path.join(dataDir, `${name}-replica`)
  ownedFolder(primaryFolder)
  run('initdb', ['-D', primaryFolder, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8'])
  const primary = startServer(primaryFolder, await freePort(), ['wal_level=replica', 'max_wal_senders=4'])
  ownedFolder(replicaFolder)
  run('pg_basebackup', ['-h', '127.0.0.1', '-p', String(primary.port), '-U', 'postgres', '-D', replicaFolder, '-R', '-X', 'stream'])
  const replica = startServer(replicaFolder, await freePort(), ['hot_standby=on', `recovery_min_apply_delay=${applyDelay}`])
  const query = async <Row extends pg.QueryResultRow>(url: string, text: string) => {
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    try {
      return (await client.query<Row>(text)).rows
    } finally {
      await client.end()
    }
  }
  return {
    primary,
    replica,
    query,
    stop: () => {
      for (const server of [replica, primary]) {
        try {
          server.stop()
        } catch {
          // Already stopped.
        }
      }
      rmSync(primaryFolder, { recursive: true, force: true })
      rmSync(replicaFolder, { recursive: true, force: true })
    },
  }
}

/** nginx from Debian's packages, balancing round robin between `upstreams` (ports on loopback). */
export const startProxy = async (name: string, upstreams: number[]) => {
  const folder = path.join(dataDir, `${name}-nginx`)
  rmSync(folder, { recursive: true, force: true })
  mkdirSync(folder, { recursive: true })
  const port = await freePort()
  const config = path.join(folder, 'nginx.conf')
  writeFileSync(
    config,
    `daemon off;
worker_processes 1;
pid ${folder}/nginx.pid;
error_log ${folder}/error.log;
events { worker_connections 256; }
http {
  access_log ${folder}/access.log;
  client_body_temp_path ${folder}/body;
  proxy_temp_path ${folder}/proxy;
  fastcgi_temp_path ${folder}/fastcgi;
  uwsgi_temp_path ${folder}/uwsgi;
  scgi_temp_path ${folder}/scgi;
  upstream wemi { ${upstreams.map((upstream) => `server 127.0.0.1:${upstream};`).join(' ')} keepalive 32; }
  server {
    listen 127.0.0.1:${port};
    # A load generator reuses its connections far beyond a browser's 1,000 requests.
    keepalive_requests 1000000;
    client_max_body_size 20m;
    location / {
      proxy_pass http://wemi;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      add_header X-Upstream $upstream_addr always;
    }
  }
}
`,
  )
  const binary = fromDebian(() => ['/usr/sbin/nginx', '/usr/bin/nginx'].find((candidate) => existsSync(candidate)), 'nginx')
  const child: ChildProcess = spawn(binary, ['-p', folder, '-c', config], { stdio: 'ignore' })
  const url = `http://127.0.0.1:${port}`
  for (let tries = 0; ; tries++) {
    try {
      await fetch(`${url}/robots.txt`)
      break
    } catch (error) {
      if (tries > 100) throw error
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  return {
    url,
    stop: async () => {
      child.kill('SIGQUIT')
      await new Promise((resolve) => child.once('exit', resolve))
      rmSync(folder, { recursive: true, force: true })
    },
  }
}
