import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from 'pdf-lib'
import type { Payload, PayloadRequest } from 'payload'

import { loadSettings } from '../../globals/City/settings'
import { formatDate } from '../../lib/dates'
import { type Language, RECEIPT_TEXT, wording } from '../../lib/i18n'
import { formatCents } from '../../lib/money'
import { pdfResponse, printable } from '../../lib/pdf'
import { relationId } from '../../lib/relations'
import type { Payment } from '../../payload-types'
import { hasReceipt } from './receipted'

export type ReceiptFile = { filename: string; bytes: Uint8Array }

/** What a receipt (or a statement laid out like one) says, in words, before it is laid out on a page. */
export type ReceiptContent = {
  title: string
  details: [string, string][]
  amountsHeading: string
  amounts: [string, string][]
  total: [string, string]
  refunded: [string, string] | null
  footer: string
}

/**
 * How the payment was split: by card online, by voucher, and the rest by a method agreed with
 * the ente (cash, bank transfer), which is what is left of the total.
 */
export const paymentParts = (payment: Pick<Payment, 'amountCents' | 'voucherCents' | 'onlineCents' | 'method'>) => {
  if (payment.method === 'free') return { cardCents: 0, voucherCents: 0, agreedCents: 0 }
  const cardCents = payment.onlineCents ?? 0
  const voucherCents = payment.voucherCents ?? 0
  return { cardCents, voucherCents, agreedCents: Math.max(0, payment.amountCents - cardCents - voucherCents) }
}

/**
 * The receipt of one payment as a PDF, for a reader who may see the payment: the citizen who
 * paid, the ente paid, or WeMi admins — the payments' own read rule decides, so a receipt
 * can never show what its reader could not read. Null when the reader may not see the
 * payment, or when nothing was paid yet.
 */
export const paymentReceipt = async (
  payload: Payload,
  paymentId: string,
  reader: { user: PayloadRequest['user'] },
  language: Language,
): Promise<ReceiptFile | null> => {
  if (!reader.user) return null
  const payment = await payload.findByID({
    collection: 'payments',
    id: paymentId,
    depth: 0,
    user: reader.user,
    overrideAccess: false,
    disableErrors: true,
  })
  if (!payment || !hasReceipt(payment)) return null

  // The reader may see the payment; what the receipt names about it is read for them.
  const threadId = relationId(payment.thread)
  const [organisation, thread, citizen, voucher, settings] = await Promise.all([
    payload.findByID({
      collection: 'organisations',
      id: relationId(payment.organisation)!,
      depth: 0,
      select: { name: true, legalName: true, fiscalCode: true, vatNumber: true },
    }),
    threadId ? payload.findByID({ collection: 'threads', id: threadId, depth: 0, disableErrors: true }) : null,
    payment.citizen
      ? payload.findByID({
          collection: 'citizens',
          id: relationId(payment.citizen)!,
          depth: 0,
          disableErrors: true,
          select: { firstName: true, lastName: true },
        })
      : null,
    payment.voucher ? payload.findByID({ collection: 'vouchers', id: relationId(payment.voucher)!, depth: 0, disableErrors: true }) : null,
    loadSettings(payload),
  ])
  const service = thread
    ? await payload.findByID({
        collection: 'services',
        id: relationId(thread.service)!,
        depth: 0,
        locale: language,
        disableErrors: true,
        select: { title: true },
      })
    : null

  const t = wording(RECEIPT_TEXT, language)
  const money = (cents: number) => formatCents(cents, language)
  const { cardCents, voucherCents, agreedCents } = paymentParts(payment)
  const number = payment.receiptNumber ?? ''
  const payer = [citizen?.firstName, citizen?.lastName].filter(Boolean).join(' ')
  const content: ReceiptContent = {
    title: t('title', { number }),
    details: [
      [t('organisation'), organisation.legalName || organisation.name],
      ...(organisation.fiscalCode ? [[t('taxCode'), organisation.fiscalCode] as [string, string]] : []),
      ...(organisation.vatNumber ? [[t('vatNumber'), organisation.vatNumber] as [string, string]] : []),
      ...(service ? [[t('service'), service.title] as [string, string]] : []),
      ...(thread ? [[t('request'), thread.reference] as [string, string]] : []),
      ...(payer ? [[t('payer'), payer] as [string, string]] : []),
      [t('paidOn'), payment.paidAt ? formatDate(payment.paidAt, language, settings.timeZone, true) : ''],
    ],
    amountsHeading: t('amounts'),
    amounts: [
      ...(cardCents > 0 ? [[t('card'), money(cardCents)] as [string, string]] : []),
      ...(voucherCents > 0
        ? [
            [t('voucher', { scheme: voucher?.scheme ?? '', code: voucher?.code ?? '' }).replace(' ()', ''), money(voucherCents)] as [
              string,
              string,
            ],
          ]
        : []),
      ...(agreedCents > 0 ? [[t('agreed'), money(agreedCents)] as [string, string]] : []),
    ],
    total: [t('total'), money(payment.amountCents)],
    refunded: payment.refundedCents ? [t('refunded'), money(payment.refundedCents)] : null,
    footer: t('issued', { date: formatDate(new Date(), language, settings.timeZone) }),
  }
  return { filename: t('filename', { number }), bytes: await renderReceipt(content, language) }
}

const A4: [number, number] = [595.28, 841.89]
const MARGIN = 56
const INK = rgb(0.1, 0.1, 0.1)
const MUTED = rgb(0.35, 0.35, 0.35)

export const renderReceipt = async (content: ReceiptContent, language: Language): Promise<Uint8Array> => {
  const pdf = await PDFDocument.create()
  pdf.setTitle(content.title)
  pdf.setAuthor('WeMi')
  pdf.setLanguage(language === 'it' ? 'it-IT' : 'en-GB')
  const page: PDFPage = pdf.addPage(A4)
  const regular = await pdf.embedFont(StandardFonts.Helvetica)
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold)
  const clean = printable(regular)
  const right = A4[0] - MARGIN
  let y = A4[1] - MARGIN

  const text = (value: string, x: number, options: { font?: PDFFont; size?: number; color?: typeof INK } = {}) =>
    page.drawText(clean(value), { x, y, size: options.size ?? 11, font: options.font ?? regular, color: options.color ?? INK })
  const amountRow = ([label, amount]: [string, string], font = regular) => {
    text(label, MARGIN, { font })
    text(amount, right - font.widthOfTextAtSize(clean(amount), 11), { font })
    y -= 20
  }

  text('WeMi', MARGIN, { font: bold, size: 14 })
  y -= 32
  text(content.title, MARGIN, { font: bold, size: 16 })
  y -= 32
  for (const [label, value] of content.details) {
    text(label, MARGIN, { color: MUTED })
    text(value, MARGIN + 150)
    y -= 18
  }
  y -= 16
  text(content.amountsHeading, MARGIN, { font: bold })
  y -= 22
  page.drawLine({ start: { x: MARGIN, y: y + 14 }, end: { x: right, y: y + 14 }, thickness: 0.5, color: MUTED })
  for (const row of content.amounts) amountRow(row)
  page.drawLine({ start: { x: MARGIN, y: y + 14 }, end: { x: right, y: y + 14 }, thickness: 0.5, color: MUTED })
  amountRow(content.total, bold)
  if (content.refunded) amountRow(content.refunded)
  y -= 24
  text(content.footer, MARGIN, { size: 9, color: MUTED })
  return pdf.save()
}

/** A receipt as a file to download, never kept by a shared cache. */
export const receiptResponse = (receipt: ReceiptFile): Response => pdfResponse(receipt.filename, receipt.bytes)
