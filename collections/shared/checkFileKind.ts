import type { CollectionBeforeValidateHook } from 'payload'

import { label, languageOf } from '../../lib/i18n'
import { rejectField } from '../../lib/validation'

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
/** How far from the end a PDF's end-of-file marker may stand (readers look as far). */
const PDF_TAIL_BYTES = 1024

/**
 * A PDF starts with its header and ends with its end-of-file marker, after a trailer (or, in
 * PDF 1.5 and later, a pointer to a cross-reference stream). A minimal PDF without a
 * cross-reference table is still one: readers rebuild the table, so it is accepted.
 */
const isPdf = (bytes: Buffer) => {
  if (!/^%PDF-[12]\.\d/.test(bytes.subarray(0, 8).toString('latin1'))) return false
  const text = bytes.toString('latin1')
  return text.slice(-PDF_TAIL_BYTES).includes('%%EOF') && (text.includes('trailer') || text.includes('startxref'))
}

/** The kinds of attachment accepted, each told by its content, never by the name or type the client sent. */
const KINDS: { mimeType: string; matches: (bytes: Buffer) => boolean }[] = [
  { mimeType: 'application/pdf', matches: isPdf },
  { mimeType: 'image/jpeg', matches: (bytes) => bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff },
  { mimeType: 'image/png', matches: (bytes) => bytes.subarray(0, 8).equals(PNG_SIGNATURE) },
  {
    mimeType: 'image/webp',
    matches: (bytes) => bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP',
  },
]

const WRONG_KIND = label(
  'Si possono allegare solo PDF e immagini JPEG, PNG o WebP.',
  'Only PDFs and JPEG, PNG or WebP images can be attached.',
)

/**
 * Accepts a new attachment only when its content is a PDF or an image of an accepted kind, and
 * records the type found there, which is the type it is later served with.
 */
export const checkFileKind: CollectionBeforeValidateHook = ({ collection, data, req, operation }) => {
  if (operation !== 'create' || !data || !req.file) return data
  const kind = KINDS.find((candidate) => candidate.matches(req.file!.data))
  if (!kind) return rejectField(req, collection.slug, 'file', { message: WRONG_KIND[languageOf(req)] })
  data.mimeType = kind.mimeType
  return data
}
