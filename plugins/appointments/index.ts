import type { Config, Plugin } from 'payload'

import { announceChange } from './announce'
import { sendAppointmentEmail } from './email'
import { publishDeskSlotsTask } from './publish-slots'

/** Desk appointments: slots published from the desks' opening hours, and the e-mails that confirm each booking. */
export const appointmentsPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) =>
      collection.slug === 'appointments'
        ? { ...collection, hooks: { ...collection.hooks, afterChange: [...(collection.hooks?.afterChange ?? []), announceChange] } }
        : collection,
    ),
    jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), sendAppointmentEmail, publishDeskSlotsTask] },
  })
