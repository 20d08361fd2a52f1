import { PDFDocument, type PDFFont, rgb, StandardFonts } from 'pdf-lib'
import type { Payload, PayloadRequest } from 'payload'

import { CARE_JOBS, CARE_TASKS, CARED_FOR_KINDS, LANGUAGE_LEVELS, WEEK_SLOTS, WORK_ARRANGEMENTS } from '../../lib/care-work'
import { optionLabel, optionLabels, SERVICE_LANGUAGES } from '../../lib/fields'
import { label, type Language } from '../../lib/i18n'
import { formatCents } from '../../lib/money'
import { printable } from '../../lib/pdf'
import { relationId } from '../../lib/relations'
import type { WorkerApplication } from '../../payload-types'

const WORDS = {
  title: label('Profilo anonimo', 'Anonymous profile'),
  candidate: label('Profilo', 'Profile'),
  jobs: label('Ruoli', 'Jobs'),
  arrangements: label('Disponibilità', 'Arrangements'),
  areas: label('Zone di lavoro', 'Areas'),
  age: label('Età', 'Age'),
  ageBand: label('{{from}}–{{to}} anni', '{{from}}–{{to}} years'),
  languages: label('Lingue', 'Languages'),
  experience: label('Esperienza', 'Experience'),
  years: label('{{years}} anni', '{{years}} years'),
  tasks: label('Mansioni', 'Tasks'),
  week: label('Giorni e fasce orarie', 'Days and times'),
  pay: label('Paga oraria richiesta', 'Expected pay an hour'),
  licence: label('Patente di guida', 'Driving licence'),
  yes: label('Sì', 'Yes'),
  no: label('No', 'No'),
  assessed: label(
    'Profilo verificato da WeMi con un colloquio. Nome e contatti sono dati alla famiglia solo quando la persona accetta di incontrarla.',
    'Profile checked by WeMi at an interview. Name and contacts are given to the family only when the person agrees to meet it.',
  ),
  filename: label('profilo-{{code}}.pdf', 'profile-{{code}}.pdf'),
}

const fill = (text: string, vars: Record<string, string>) => text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => vars[key] ?? '')

/**
 * What an anonymised CV says: what she does, for whom, when, where and in which languages, and
 * nothing that identifies her. Her name, contacts, codice fiscale, photo and street are not
 * read at all: the CV is built from the application's fields below, her age as a decade.
 */
const cvLines = async (payload: Payload, application: WorkerApplication, language: Language) => {
  const words = (key: keyof typeof WORDS, vars: Record<string, string> = {}) => fill(WORDS[key][language], vars)
  const districtIds = (application.districts ?? []).map(relationId).filter((id): id is string => id !== null)
  const { docs: districts } = await payload.find({
    collection: 'districts',
    where: { id: { in: districtIds } },
    depth: 0,
    pagination: false,
    select: { name: true },
    sort: 'number',
  })
  const decade = application.birthYear ? Math.floor((new Date().getFullYear() - application.birthYear) / 10) * 10 : null
  const rows: [string, string][] = [
    [words('jobs'), optionLabels([...CARE_JOBS], application.jobs, language).join(', ')],
    [words('arrangements'), optionLabels([...WORK_ARRANGEMENTS], application.arrangements, language).join(', ')],
    [words('areas'), districts.map((district) => district.name).join(', ')],
    ...(decade !== null ? [[words('age'), words('ageBand', { from: String(decade), to: String(decade + 9) })] as [string, string]] : []),
    [words('pay'), application.expectedHourlyCents != null ? formatCents(application.expectedHourlyCents, language) : ''],
    [words('licence'), application.drivingLicence ? words('yes') : words('no')],
  ]
  const lists: [string, string[]][] = [
    [
      words('languages'),
      (application.languages ?? []).map(
        (row) => `${optionLabel(SERVICE_LANGUAGES, row.language, language)}: ${optionLabel([...LANGUAGE_LEVELS], row.level, language)}`,
      ),
    ],
    [
      words('experience'),
      (application.experience ?? []).map(
        (row) => `${optionLabel([...CARED_FOR_KINDS], row.kind, language)}: ${words('years', { years: String(row.years) })}`,
      ),
    ],
    [words('tasks'), optionLabels([...CARE_TASKS], application.tasks, language)],
    [words('week'), optionLabels(WEEK_SLOTS, application.slots, language)],
  ]
  return { rows, lists }
}

const A4: [number, number] = [595.28, 841.89]
const MARGIN = 56
const INK = rgb(0.1, 0.1, 0.1)
const MUTED = rgb(0.35, 0.35, 0.35)

/** Breaks a text into lines no wider than the width, at spaces. */
const wrap = (text: string, font: PDFFont, size: number, width: number): string[] => {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word
    if (font.widthOfTextAtSize(next, size) > width && line) {
      lines.push(line)
      line = word
    } else line = next
  }
  return line ? [...lines, line] : lines
}

/** The anonymised CV of a worker as a PDF, named by her anonymous code. */
export const anonymisedCv = async (payload: Payload, application: WorkerApplication, language: Language) => {
  const code = application.reference ?? ''
  const { rows, lists } = await cvLines(payload, application, language)
  const pdf = await PDFDocument.create()
  const title = `${WORDS.title[language]} ${code}`
  pdf.setTitle(title)
  pdf.setAuthor('WeMi')
  pdf.setLanguage(language === 'it' ? 'it-IT' : 'en-GB')
  let page = pdf.addPage(A4)
  const regular = await pdf.embedFont(StandardFonts.Helvetica)
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold)
  const clean = printable(regular)
  const width = A4[0] - 2 * MARGIN
  let y = A4[1] - MARGIN
  const line = (text: string, { font = regular, size = 11, color = INK, x = MARGIN } = {}) => {
    if (y < MARGIN) {
      page = pdf.addPage(A4)
      y = A4[1] - MARGIN
    }
    page.drawText(clean(text), { x, y, size, font, color })
    y -= size + 7
  }

  line('WeMi – Tate Colf Badanti', { font: bold, size: 12, color: MUTED })
  y -= 10
  line(`${WORDS.candidate[language]} ${code}`, { font: bold, size: 18 })
  y -= 10
  for (const [name, value] of rows) {
    page.drawText(clean(name), { x: MARGIN, y, size: 11, font: regular, color: MUTED })
    const wrapped = wrap(clean(value), regular, 11, width - 170)
    for (const part of wrapped.length > 0 ? wrapped : ['']) line(part, { x: MARGIN + 170 })
  }
  for (const [heading, items] of lists) {
    if (items.length === 0) continue
    y -= 10
    line(heading, { font: bold, size: 13 })
    for (const item of items) for (const part of wrap(clean(`• ${item}`), regular, 11, width)) line(part)
  }
  y -= 14
  for (const part of wrap(clean(WORDS.assessed[language]), regular, 9, width)) line(part, { size: 9, color: MUTED })
  return { filename: fill(WORDS.filename[language], { code: code.toLowerCase() }), bytes: await pdf.save() }
}

/**
 * The anonymised CV of a proposed worker, for whoever may read the proposal (the family, the
 * worker, care staff); null for anyone else. The application itself is read by the server: the
 * family never may, and the CV leaves out everything that would identify her.
 */
export const proposalCv = async (payload: Payload, proposalId: string, user: PayloadRequest['user'], language: Language) => {
  if (!user) return null
  const readable = await payload.findByID({
    collection: 'care-proposals',
    id: proposalId,
    depth: 0,
    overrideAccess: false,
    user,
    disableErrors: true,
  })
  if (!readable) return null
  const proposal = await payload.findByID({ collection: 'care-proposals', id: proposalId, depth: 0, overrideAccess: true })
  const applicationId = relationId(proposal.application)
  if (!applicationId) return null
  const application = await payload.findByID({
    collection: 'worker-applications',
    id: applicationId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  return application ? anonymisedCv(payload, application, language) : null
}
