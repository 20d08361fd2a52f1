/**
 * The id a relationship field holds, whether Payload gives it as an id or as the related
 * document (depending on the depth of the read).
 */
export const relationId = (value: unknown): string | null =>
  value == null ? null : typeof value === 'object' ? String((value as { id: unknown }).id) : String(value)

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Whether a value from outside can be a record's id (all ids are UUIDs): anything else matches nothing. */
export const isRecordId = (value: unknown): value is string => typeof value === 'string' && UUID.test(value)
