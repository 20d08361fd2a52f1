import type { PayTable } from '../../lib/care-cost'

/**
 * The domestic-work contract's figures for 2026, as published:
 * - Minimum pay by level, living in (a month, 54 hours a week) and not (an hour), and the value
 *   of food and lodging: the table agreed at the Ministry of Labour on 11 February 2026, in
 *   force from 1 January 2026 (CCNL lavoro domestico, tables A, C and F; the allowance for each
 *   child under six, table H), published at
 *   https://www.lavoro.gov.it/temi-e-priorita-rapporti-di-lavoro-e-relazioni-industriali/focus/tabella-lavoro-domestico-2026
 * - INPS contributions, by effective hourly pay and for weeks over 24 hours, permanent contract
 *   with the family-allowance share (CUAF): INPS circular no. 9 of 3 February 2026.
 * - Cassa Colf: 0.06 € an hour, 0.04 € of it the employer's (unchanged since 2021).
 * WeMi staff replace these each year in the admin ("Lavoro domestico: minimi e contributi").
 */
/** The sources above, as staff read them in the admin. */
export const DOMESTIC_WORK_PAY_SOURCES = [
  'Minimi retributivi 2026: verbale della Commissione nazionale presso il Ministero del Lavoro, 11 febbraio 2026 (CCNL lavoro domestico, tabelle A, C, F, H).',
  'https://www.lavoro.gov.it/temi-e-priorita-rapporti-di-lavoro-e-relazioni-industriali/focus/tabella-lavoro-domestico-2026',
  'Contributi 2026: circolare INPS n. 9 del 3 febbraio 2026 (rapporto a tempo indeterminato, con quota CUAF).',
  'Cassa Colf: 0,06 € l’ora, di cui 0,04 € a carico del datore di lavoro.',
].join('\n')

export const DOMESTIC_WORK_PAY_2026: PayTable = {
  year: 2026,
  levels: [
    { level: 'A', liveInMonthlyCents: 90_810, hourlyCents: 651 },
    { level: 'AS', liveInMonthlyCents: 95_855, hourlyCents: 676 },
    { level: 'B', liveInMonthlyCents: 98_316, hourlyCents: 701 },
    { level: 'BS', liveInMonthlyCents: 105_339, hourlyCents: 745 },
    { level: 'C', liveInMonthlyCents: 112_363, hourlyCents: 786 },
    { level: 'CS', liveInMonthlyCents: 119_384, hourlyCents: 830 },
    { level: 'D', liveInMonthlyCents: 140_451, hourlyCents: 957 },
    { level: 'DS', liveInMonthlyCents: 147_473, hourlyCents: 997 },
  ],
  foodAndLodgingDailyCents: 666,
  childUnderSixHourlyCents: 84,
  contributionBands: [
    { upToHourlyCents: 961, totalCents: 170, workerCents: 43 },
    { upToHourlyCents: 1170, totalCents: 192, workerCents: 48 },
    { upToHourlyCents: null, totalCents: 234, workerCents: 59 },
  ],
  longWeekHours: 24,
  longWeekTotalCents: 124,
  longWeekWorkerCents: 31,
  cassaColfEmployerCents: 4,
}
