import type { Config, Plugin } from 'payload'

import { addHooks } from '../hooks'
import { accreditationEffects, expireAccreditation, remindOfExpiry, sendCorrectionRequest, sendInvitation } from './lifecycle'

/**
 * Enti that apply on their own: what follows each accreditation decision (the applicant told of
 * corrections, the first administrator invited), and the accreditation's timers (reminders
 * before the expiry date, suspension at it). The application itself is a server function
 * (./application), called by the site's form.
 */
export const accreditationPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: addHooks(config.collections, { organisations: { afterChange: [accreditationEffects] } }),
    jobs: {
      ...config.jobs,
      tasks: [...(config.jobs?.tasks ?? []), remindOfExpiry, expireAccreditation, sendInvitation, sendCorrectionRequest],
    },
  })
