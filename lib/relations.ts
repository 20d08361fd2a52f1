/**
 * The id a relationship field holds, whether Payload gives it as an id or as the related
 * document (depending on the depth of the read).
 */
export const relationId = (value: unknown): string | null =>
  value == null ? null : typeof value === 'object' ? String((value as { id: unknown }).id) : String(value)
