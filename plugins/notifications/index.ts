import type { Config, Plugin } from 'payload'

import { sendNotificationEmail } from './email'

/** The job that e-mails each in-app notification to its citizen or ente. */
export const notificationsPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), sendNotificationEmail] },
  })
