import { APIError, type PayloadRequest } from 'payload'

import { type Bilingual, label, languageOf } from '../../lib/i18n'

/** What is wrong with a malformed request, said to the caller in their language. */
export const MALFORMED = {
  nullByte: label('Contiene un carattere non ammesso (un byte nullo).', 'It contains a character that is not allowed (a null byte).'),
  notAnId: label('«{{value}}» non è un identificativo valido per «{{path}}».', '“{{value}}” is not a valid identifier for “{{path}}”.'),
  notAPoint: label(
    'L’operatore «{{operator}}» vale solo per le posizioni geografiche, e «{{path}}» non lo è.',
    'The “{{operator}}” operator applies only to geographic points, and “{{path}}” is not one.',
  ),
  badPage: label('La pagina deve essere un numero intero da 1 in su.', 'The page must be a whole number from 1 up.'),
  badJson: label('Il corpo della richiesta non è un oggetto JSON valido.', 'The request body is not a valid JSON object.'),
} satisfies Record<string, Bilingual>

export const malformedText = (
  req: Pick<PayloadRequest, 'i18n'> | undefined,
  key: keyof typeof MALFORMED,
  vars: Record<string, string> = {},
): string => Object.entries(vars).reduce((text, [name, value]) => text.replaceAll(`{{${name}}}`, value), MALFORMED[key][languageOf(req)])

/** A request the caller must correct: a 400 naming the path at fault; nothing was read or written. */
export class MalformedInput extends APIError {
  constructor(req: Pick<PayloadRequest, 'i18n'> | undefined, key: keyof typeof MALFORMED, path: string, vars: Record<string, string> = {}) {
    const text = malformedText(req, key, { path, ...vars })
    super(text, 400, { errors: [{ path, message: text }] }, true)
  }
}
