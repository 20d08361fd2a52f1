import { prepareEnvironment } from './environment'
import { runJobQueue } from './queue'

/** `npm run jobs`: the job queue alone, for deployments that keep it apart from the web processes. */
prepareEnvironment()
Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV ?? 'production' })
const stop = await runJobQueue((line) => console.log(`wemi jobs: ${line}`))
const shutdown = () => void stop().finally(() => process.exit(0))
process.on('SIGINT', shutdown)
process.on('SIGTERM', shutdown)
