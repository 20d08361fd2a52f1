import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { languageOf, type MessageKey } from '../../../lib/i18n'
import { relationId } from '../../../lib/relations'
import { hasRole, organisationOf } from '../../../lib/roles'
import { rejectField } from '../../../lib/validation'
import { assertTransition } from '../../../lib/workflow'
import type { Organisation } from '../../../payload-types'
import { LIVE_STATES, REQUIRED_SECTIONS, type ServiceState, validation } from '../validation'

const fail = (req: PayloadRequest, path: string, key: MessageKey, vars?: Record<string, string>): never =>
  rejectField(req, 'services', path, key, vars)

/** A service stays inside what its organisation is accredited for: own ente, categories, districts. */
const checkScope = async (req: PayloadRequest, data: { category?: unknown; districts?: unknown }, organisation: Organisation) => {
  if (!hasRole(req.user, 'admin') && String(organisation.id) !== organisationOf(req.user)) {
    fail(req, 'organisation', 'ownOrganisationOnly')
  }
  const categoryId = relationId(data.category)
  if (categoryId) {
    const category = await req.payload.findByID({ collection: 'categories', id: categoryId, depth: 0, req })
    if (!category.parent) fail(req, 'category', 'serviceNeedsSubcategory')
    const accredited = (organisation.accreditation?.categories ?? []).map(relationId)
    if (!accredited.includes(categoryId) && !accredited.includes(relationId(category.parent))) {
      fail(req, 'category', 'categoryNotAccredited')
    }
  }
  const accreditedDistricts = (organisation.accreditation?.districts ?? []).map(relationId)
  const outside = ((data.districts ?? []) as unknown[]).map(relationId).filter((id) => !accreditedDistricts.includes(id))
  if (outside.length > 0) {
    const { docs } = await req.payload.find({
      collection: 'districts',
      where: { id: { in: outside } },
      depth: 0,
      pagination: false,
      req,
    })
    fail(req, 'districts', 'districtNotAccredited', { districts: docs.map((district) => district.name).join(', ') })
  }
}

/** Whether a section holds any words: plain text, or rich text with a text node that is not blank. */
const hasWords = (value: unknown): boolean => {
  if (typeof value === 'string') return value.trim() !== ''
  if (Array.isArray(value)) return value.some(hasWords)
  if (value && typeof value === 'object') {
    const node = value as { text?: unknown; root?: unknown; children?: unknown }
    return hasWords(node.text) || hasWords(node.root) || hasWords(node.children)
  }
  return false
}

/** The required sections a service leaves empty, in the reader's language. */
const missingSections = (req: PayloadRequest, data: Record<string, unknown>): string[] =>
  Object.entries(REQUIRED_SECTIONS)
    .filter(([field]) => !hasWords(data[field]))
    .map(([, sectionLabel]) => sectionLabel[languageOf(req)])

/**
 * Applies the validation workflow. A save without publishing can only leave a service in draft
 * or submitted: editing a live service starts a new draft beside the published version.
 * Publishing what was drafted or submitted is WeMi's validation.
 */
export const applyValidation: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const from = operation === 'create' ? undefined : (originalDoc?.validation?.status as ServiceState)
  let to = (data.validation?.status as ServiceState | undefined) ?? from ?? validation.initial
  if (data._status === 'published') {
    if (to === 'draft' || to === 'submitted') to = 'published'
  } else if (LIVE_STATES.includes(to)) {
    if (to === from) to = 'draft'
    else fail(req, 'validation.status', 'liveStateNeedsPublish')
  }
  data.validation = { ...data.validation, status: to }

  // The system (seed, jobs) is trusted with scope; people are not.
  const organisationId = relationId(data.organisation)
  const organisation =
    organisationId && (req.user || from !== undefined)
      ? await req.payload.findByID({ collection: 'organisations', id: organisationId, depth: 0, req })
      : null
  if (req.user && organisation) await checkScope(req, data, organisation)

  assertTransition({
    workflow: validation,
    from,
    to,
    context: {
      organisationAccredited: organisation?.accreditation?.status === 'accredited',
      missingSections: missingSections(req, data),
      notes: data.validation.notes,
    },
    req,
    collection: 'services',
    path: 'validation.status',
  })
  const stamp = (field: 'submittedAt' | 'validatedAt') => {
    // A record created in a later state (an import) keeps the date it brings.
    if (!(operation === 'create' && data.validation[field])) data.validation[field] = new Date().toISOString()
  }
  if (to !== from && to === 'submitted') stamp('submittedAt')
  if (to !== from && to === 'published') stamp('validatedAt')
  return data
}
