import type { Access, FieldAccess } from 'payload'

/** For operations that only the server itself performs, through a named server function. */
export const nobody: Access = () => false

/** For fields that only the server's own hooks and jobs write. */
export const nobodyField: FieldAccess = () => false
