import type { Config, Field, Plugin } from 'payload'

/**
 * Dates as Italians write them, "7 dicembre 2026, 16:13" (and "7 December 2026, 16:13" in
 * English), in lists and forms alike. Payload writes them the American way unless each date
 * field says otherwise, so every date field of every collection and global gets the format of
 * its picker here, once, rather than in each field's definition.
 */
const DATE_TIME_FORMAT = 'd MMMM yyyy, HH:mm'

const FORMATS = {
  default: 'd MMMM yyyy',
  dayOnly: 'd MMMM yyyy',
  dayAndTime: DATE_TIME_FORMAT,
  timeOnly: 'HH:mm',
  monthOnly: 'MMMM yyyy',
} as const

const withDateFormats = (fields: Field[]): Field[] =>
  fields.map((field) => {
    if (field.type === 'date') {
      const date = field.admin?.date ?? {}
      if ('displayFormat' in date && date.displayFormat) return field
      const displayFormat = FORMATS[date.pickerAppearance ?? 'default']
      return { ...field, admin: { ...field.admin, date: { ...date, displayFormat } } } as Field
    }
    if ('fields' in field && Array.isArray(field.fields)) return { ...field, fields: withDateFormats(field.fields) } as Field
    if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: withDateFormats(tab.fields) })) }
    if (field.type === 'blocks')
      return { ...field, blocks: field.blocks.map((block) => ({ ...block, fields: withDateFormats(block.fields) })) }
    return field
  })

export const adminDatesPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    // Payload's own dates (created, changed) and any field without a picker of its own.
    admin: { ...config.admin, dateFormat: DATE_TIME_FORMAT },
    collections: config.collections?.map((collection) => ({ ...collection, fields: withDateFormats(collection.fields) })),
    globals: config.globals?.map((global) => ({ ...global, fields: withDateFormats(global.fields) })),
  })
