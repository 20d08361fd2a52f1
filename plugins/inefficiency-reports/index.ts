import type { Config, Plugin } from 'payload'

import { addHooks } from '../hooks'
import { announceReport, sendInefficiencyEmail } from './emails'

/** Reports of a disservice: the e-mails that acknowledge, announce and answer each ticket. */
export const inefficiencyReportsPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: addHooks(config.collections, { 'inefficiency-reports': { afterChange: [announceReport] } }),
    jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), sendInefficiencyEmail] },
  })
