import type { GlobalConfig, Validate } from 'payload'

import { anyone } from '../../access/anyone'
import { hiddenUnless } from '../../access/hiddenUnless'
import { isAdmin } from '../../access/isAdmin'
import { CONTRACT_LEVELS } from '../../lib/care-cost'
import { centsField } from '../../lib/fields'
import { label, message } from '../../lib/i18n'

const hours = (name: string, fieldLabel: ReturnType<typeof label>) => ({
  name,
  type: 'number' as const,
  label: fieldLabel,
  min: 1,
  // Below a live-in worker's 54 hours: the single rate is the live-in rate.
  max: 53,
  required: true,
  admin: { step: 1 },
})

/** Each level of the contract once, so that every level has its minimum. */
const everyLevelOnce: Validate<unknown[]> = (rows, { req }) => {
  const levels = (rows ?? []).map((row) => (row as { level?: string }).level)
  const complete = levels.length === CONTRACT_LEVELS.length && CONTRACT_LEVELS.every((level) => levels.includes(level))
  return complete ? true : message(req, 'payTableLevels', { levels: CONTRACT_LEVELS.join(', ') })
}

/**
 * The domestic-work contract's figures for the year, which WeMi staff replace when the Ministry
 * of Labour and INPS publish new ones: the families' cost simulator reads them.
 */
export const DomesticWorkPay: GlobalConfig = {
  slug: 'domestic-work-pay',
  label: label('Lavoro domestico: minimi e contributi', 'Domestic work: minimum pay and contributions'),
  admin: {
    group: label('Impostazioni', 'Settings'),
    hidden: hiddenUnless('admin'),
    description: label(
      'I valori dell’anno del contratto nazionale del lavoro domestico (tabelle del Ministero del Lavoro) e dei contributi (circolare INPS). Il simulatore dei costi li usa subito.',
      'The year’s figures of the national domestic-work contract (Ministry of Labour tables) and of the contributions (INPS circular). The cost simulator uses them at once.',
    ),
  },
  access: { read: anyone, update: isAdmin },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'year', type: 'number', label: label('Anno', 'Year'), min: 2020, max: 2100, required: true, admin: { step: 1 } },
        {
          name: 'sources',
          type: 'textarea',
          label: label('Fonti', 'Sources'),
          admin: { description: label('Dove sono pubblicati i valori.', 'Where the figures are published.') },
        },
      ],
    },
    {
      name: 'levels',
      type: 'array',
      label: label('Minimi retributivi per livello', 'Minimum pay by level'),
      labels: { singular: label('Livello', 'Level'), plural: label('Livelli', 'Levels') },
      required: true,
      validate: everyLevelOnce,
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'level',
              type: 'select',
              label: label('Livello', 'Level'),
              options: CONTRACT_LEVELS.map((level) => ({ value: level, label: level })),
              required: true,
            },
            centsField('liveInMonthlyCents', label('Convivente, al mese', 'Living in, a month'), { required: true }),
            centsField('hourlyCents', label('Non convivente, all’ora', 'Not living in, an hour'), { required: true }),
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        centsField('foodAndLodgingDailyCents', label('Vitto e alloggio, al giorno', 'Food and lodging, a day'), { required: true }),
        centsField(
          'childUnderSixHourlyCents',
          label('Indennità per bambino sotto i 6 anni, all’ora', 'Allowance per child under six, an hour'),
          {
            required: true,
          },
        ),
        centsField('cassaColfEmployerCents', label('Cassa Colf del datore, all’ora', 'Cassa Colf, employer, an hour'), { required: true }),
      ],
    },
    {
      name: 'contributionBands',
      type: 'array',
      label: label('Contributi INPS per retribuzione oraria effettiva', 'INPS contributions by effective hourly pay'),
      labels: { singular: label('Fascia', 'Band'), plural: label('Fasce', 'Bands') },
      required: true,
      minRows: 1,
      admin: {
        description: label(
          'Dalla fascia più bassa; l’ultima senza limite. Il contributo totale comprende la quota del lavoratore.',
          'From the lowest band; the last without a limit. The total contribution includes the worker’s share.',
        ),
      },
      fields: [
        {
          type: 'row',
          fields: [
            centsField('upToHourlyCents', label('Fino a (all’ora)', 'Up to (an hour)'), {
              description: label('Vuoto per l’ultima fascia.', 'Empty for the last band.'),
            }),
            centsField('totalCents', label('Contributo totale, all’ora', 'Total contribution, an hour'), { required: true }),
            centsField('workerCents', label('Di cui a carico del lavoratore', 'Of which the worker’s'), { required: true }),
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        hours(
          'longWeekHours',
          label('Oltre quante ore settimanali vale la fascia unica', 'Weekly hours above which the single band applies'),
        ),
        centsField('longWeekTotalCents', label('Fascia unica: contributo totale, all’ora', 'Single band: total contribution, an hour'), {
          required: true,
        }),
        centsField('longWeekWorkerCents', label('Fascia unica: quota del lavoratore', 'Single band: the worker’s share'), {
          required: true,
        }),
      ],
    },
  ],
}
