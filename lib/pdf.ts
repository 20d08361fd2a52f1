import type { PDFFont } from 'pdf-lib'

/**
 * The standard PDF fonts cover Western European text only: a letter they lack (a Romanian ș,
 * a Chinese name) is written without its accent, or as "?", rather than failing the document.
 */
export const printable = (font: PDFFont) => {
  const covered = new Set(font.getCharacterSet())
  return (text: string) =>
    [...text]
      .map((char) => {
        if (covered.has(char.codePointAt(0)!)) return char
        const plain = char.normalize('NFD').replace(/\p{M}/gu, '')
        return [...plain].every((part) => covered.has(part.codePointAt(0)!)) ? plain : '?'
      })
      .join('')
}

/** A generated PDF as a file to download, never kept by a shared cache. */
export const pdfResponse = (filename: string, bytes: Uint8Array): Response =>
  new Response(bytes as BodyInit, {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="${filename}"`,
      'cache-control': 'private, no-store',
    },
  })
