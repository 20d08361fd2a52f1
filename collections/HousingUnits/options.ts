import { label } from '../../lib/i18n'

/** What an ente offers as temporary housing: from a bed in a shared flat to a three-room flat. */
export const HOUSING_KINDS = [
  { value: 'bed', label: label('Posto letto in alloggio condiviso', 'Bed in a shared flat') },
  { value: 'room', label: label('Camera in alloggio condiviso', 'Room in a shared flat') },
  { value: 'studio', label: label('Monolocale', 'Studio flat') },
  { value: 'two-room', label: label('Bilocale', 'Two-room flat') },
  { value: 'three-room', label: label('Trilocale', 'Three-room flat') },
] as const

/** Whom a unit is meant for, as the enti of temporary social housing describe their places. */
export const HOUSING_AUDIENCES = [
  { value: 'families', label: label('Famiglie con figli', 'Families with children') },
  { value: 'single-parents', label: label('Genitori soli con figli', 'Single parents with children') },
  { value: 'adults', label: label('Adulti soli', 'Single adults') },
  { value: 'elderly', label: label('Persone anziane', 'Older people') },
  { value: 'workers', label: label('Lavoratori in trasferta o in cerca di casa', 'Workers away from home or looking for a home') },
  { value: 'disabilities', label: label('Persone con disabilità', 'People with disabilities') },
] as const

/** Why a household needs a home now: the housing emergency the application speaks of. */
export const HOUSING_REASONS = [
  { value: 'eviction', label: label('Sfratto', 'Eviction') },
  { value: 'disaster', label: label('Casa inagibile (incendio, crollo, allagamento)', 'Home unusable (fire, collapse, flood)') },
  { value: 'separation', label: label('Separazione o uscita dal nucleo familiare', 'Separation or leaving the household') },
  { value: 'violence', label: label('Violenza domestica', 'Domestic violence') },
  { value: 'hospital', label: label('Dimissione dall’ospedale senza una casa adatta', 'Discharge from hospital without a suitable home') },
  { value: 'work', label: label('Lavoro lontano da casa', 'Work away from home') },
  { value: 'other', label: label('Altro', 'Other') },
] as const
