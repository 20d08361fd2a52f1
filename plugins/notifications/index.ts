import type { Config, Plugin } from 'payload'

import { Notifications } from '../../collections/Notifications'
import { sendNotificationEmail } from './email'

/** In-app notifications for citizens and enti, and the job that e-mails each of them. */
export const notificationsPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: [...(config.collections ?? []), Notifications],
    jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), sendNotificationEmail] },
  })
