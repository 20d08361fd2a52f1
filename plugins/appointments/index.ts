import type { Config, Plugin } from 'payload'

import { addHooks } from '../hooks'
import { announceChange } from './announce'
import { sendAppointmentEmail } from './email'
import { publishDeskSlotsTask } from './publish-slots'

/** Desk appointments: slots published from the desks' opening hours, and the e-mails that confirm each booking. */
export const appointmentsPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: addHooks(config.collections, { appointments: { afterChange: [announceChange] } }),
    jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), sendAppointmentEmail, publishDeskSlotsTask] },
  })
