import type { Where } from 'payload'

import { FINAL_GROUP_STATES, GROUP_STATES, type GroupState, JOINABLE_STATES } from '../../../collections/Groups/states'
import { MAX_GROUP_DESCRIPTION_LENGTH } from '../../../collections/Groups'
import { MAX_MESSAGE_LENGTH } from '../../../collections/Messages'
import { daysFromToday, endOfDay, formatDate, HOUR, startOfDay, today } from '../../../lib/dates'
import { DAYS, TIME_BANDS } from '../../../lib/fields'
import { groupPath, publicUrl } from '../../../lib/links'
import { isRecordId, relationId } from '../../../lib/relations'
import { markSiteContentChanged } from '../../../lib/site-content'
import { localRequest } from '../../../lib/transaction'
import type { Citizen, Group } from '../../../payload-types'
import { openGroup } from '../../../plugins/sharing/open'
import { largestSize, priceForSize, smallestMinimum } from '../../../plugins/sharing/price'
import { applyGroupAction } from '../../../plugins/sharing/transition'
import { groupView, type GroupView } from '../../../plugins/sharing/view'
import { catalogue, shortDistrictName } from './catalogue'
import type { ServiceDoc } from './content'
import { BAND_NAMES, DAY_NAMES, priceUnit } from './format'
import { type FormErrors, fromThisSite, hasErrors, POSTCODE, serverErrors, textFields, type Visit } from './forms'
import { type Lang, pick, t } from './i18n'
import { payload } from './payload'
import { path } from './routes'
import { actingCitizen, asCitizen, asUser } from './session'

/** What a citizen or a visitor may read of a group: its public facts, as anyone reads them. */
const PUBLIC = { user: null, overrideAccess: false } as const

/** A service's price table and unit, as a group page shows them. */
export type PriceTable = {
  unit: string
  /** The sizes the table prices, smallest first, each with its price per family. */
  rows: { size: number; priceCents: number }[]
}

/** "Lunedì, mercoledì · pomeriggio": when a group meets, in a sentence's case. */
export const scheduleText = (days: readonly string[], bands: readonly string[], lang: Lang): string => {
  const dayNames = DAYS.filter((day) => days.includes(day.value)).map((day, index) => {
    const name = DAY_NAMES[day.value]![lang]
    return index === 0 || lang === 'en' ? name : name.toLocaleLowerCase('it')
  })
  const bandNames = TIME_BANDS.filter((band) => bands.includes(band.value)).map((band) =>
    lang === 'en' ? BAND_NAMES[band.value]![lang].toLowerCase() : BAND_NAMES[band.value]![lang].toLocaleLowerCase('it'),
  )
  return [dayNames.join(', '), bandNames.join(', ')].filter(Boolean).join(' · ')
}

type PricedService = Pick<ServiceDoc, 'priceModel' | 'priceCents' | 'sharedPrices'>

/**
 * The service's price table as groups read it, per family: its rows, after the price for one
 * family alone when the service has one (a group below the table pays it).
 */
export const priceTable = (service: PricedService, lang: Lang): PriceTable => {
  const rows = [...(service.sharedPrices ?? [])].sort((a, b) => a.people - b.people)
  const alone = service.priceCents != null && rows.every((row) => row.people > 1) ? [{ size: 1, priceCents: service.priceCents }] : []
  return {
    unit: priceUnit(lang, service.priceModel),
    rows: [...alone, ...rows.map((row) => ({ size: row.people, priceCents: row.priceCents }))],
  }
}

/** A group as cards and lists show it. */
export type GroupCard = {
  id: string
  reference: string
  href: string
  service: string
  district: string
  schedule: string
  memberCount: number
  minMembers: number
  maxMembers: number
  priceCents: number | null
  unit: string
  status: GroupState
  statusLabel: string
  joinBy: string
  startDate: string
}

export const statusLabel = (status: string, lang: Lang): string =>
  GROUP_STATES.find((state) => state.value === status)?.label[lang] ?? status

/** Reads the services of some groups, as the public sees them, by id. */
type GroupService = Pick<
  ServiceDoc,
  'id' | 'title' | 'slug' | 'deliveryMode' | 'priceModel' | 'priceCents' | 'sharedPrices' | 'cancellationNoticeHours'
>

const servicesById = async (ids: string[]): Promise<Map<string, GroupService>> => {
  if (ids.length === 0) return new Map()
  const { docs } = await (
    await payload()
  ).find({
    collection: 'services',
    where: { id: { in: [...new Set(ids)] } },
    locale: 'all',
    depth: 0,
    pagination: false,
    select: {
      title: true,
      slug: true,
      priceModel: true,
      priceCents: true,
      sharedPrices: true,
      deliveryMode: true,
      cancellationNoticeHours: true,
    },
    ...PUBLIC,
  })
  // Read in every language: its title is a record of both.
  return new Map((docs as unknown as GroupService[]).map((doc) => [doc.id, doc]))
}

const toCards = async (groups: Group[], lang: Lang): Promise<GroupCard[]> => {
  const cat = await catalogue()
  const services = await servicesById(groups.map((group) => relationId(group.service)!))
  return groups.map((group) => {
    const service = services.get(relationId(group.service) ?? '')
    const district = cat.byId(cat.districts, relationId(group.district))
    return {
      id: group.id,
      reference: group.reference,
      href: groupPath(lang, group.reference),
      service: service ? pick(service.title, lang) : (group.title ?? group.reference),
      district: district ? shortDistrictName(district, lang) : '',
      schedule: scheduleText(group.days, group.timeBands, lang),
      memberCount: group.memberCount,
      minMembers: group.minMembers,
      maxMembers: group.maxMembers,
      priceCents: group.priceCents ?? null,
      unit: service ? priceUnit(lang, service.priceModel) : '',
      status: group.status,
      statusLabel: statusLabel(group.status, lang),
      // A group's days are calendar days, stored at midnight UTC.
      joinBy: formatDate(group.joinBy, lang, 'UTC'),
      startDate: formatDate(group.startDate, lang, 'UTC'),
    }
  })
}

/**
 * The groups families can still join among those the conditions name, soonest deadline first:
 * in a joinable state, not full, their joining day not past. (A group's days are stored at
 * midnight UTC: the joining day is open from the start of today where the city is.)
 */
const joinableGroups = async (where: Where, limit: number, lang: Lang): Promise<GroupCard[]> => {
  const { timeZone } = (await catalogue()).city
  const { docs } = await (
    await payload()
  ).find({
    collection: 'groups',
    where: {
      ...where,
      status: { in: [...JOINABLE_STATES] },
      joinBy: { greater_than_equal: startOfDay(today(timeZone), timeZone).toISOString() },
    },
    sort: 'joinBy',
    depth: 0,
    limit,
    ...PUBLIC,
  })
  return toCards(
    docs.filter((group) => group.memberCount < group.maxMembers),
    lang,
  )
}

/** The groups of a service that families can join; in one district when named. */
export const openGroupsOf = (serviceId: string, lang: Lang, districtId?: string): Promise<GroupCard[]> =>
  joinableGroups({ service: { equals: serviceId }, ...(districtId ? { district: { equals: districtId } } : {}) }, 20, lang)

/**
 * The open groups a family asking for one of these services could join instead: in its
 * district, meeting on at least one of the days and in one of the time bands it needs.
 */
export const groupsMatching = async (
  serviceIds: string[],
  need: { district: string; days: string[]; timeBands: string[] },
  lang: Lang,
  citizen: Citizen,
): Promise<GroupCard[]> => {
  if (serviceIds.length === 0 || !isRecordId(need.district)) return []
  // A group the family is already in is not one to offer it.
  const own = (await membershipsOf(citizen)).filter((member) => member.status === 'active').map((member) => relationId(member.group))
  const groups = await joinableGroups(
    {
      service: { in: serviceIds },
      district: { equals: need.district },
      ...(need.days.length ? { days: { in: need.days } } : {}),
      ...(need.timeBands.length ? { timeBands: { in: need.timeBands } } : {}),
    },
    10,
    lang,
  )
  return groups.filter((group) => !own.includes(group.id))
}

/** The citizen's own rows in groups, whatever their state. */
const membershipsOf = async (citizen: Citizen) => {
  // A citizen reads their own rows and the rows of their groups' other members, whose person is
  // not theirs to read (nor to filter by): their own are those that name them.
  const { docs: readable } = await (
    await payload()
  ).find({
    collection: 'group-members',
    depth: 0,
    pagination: false,
    select: { group: true, status: true, citizen: true },
    ...asCitizen(citizen),
  })
  return readable.filter((member) => relationId(member.citizen) === citizen.id)
}

/** The groups the citizen is or was in, newest first: active ones and those that ended. */
export const myGroups = async (citizen: Citizen, lang: Lang): Promise<{ active: GroupCard[]; past: GroupCard[] }> => {
  const api = await payload()
  const memberships = await membershipsOf(citizen)
  const ids = memberships.map((member) => relationId(member.group)).filter((id): id is string => Boolean(id))
  if (ids.length === 0) return { active: [], past: [] }
  const { docs } = await api.find({
    collection: 'groups',
    where: { id: { in: ids } },
    sort: '-createdAt',
    depth: 0,
    pagination: false,
    ...asCitizen(citizen),
  })
  const cards = await toCards(docs, lang)
  const stillIn = (card: GroupCard) =>
    memberships.some((member) => relationId(member.group) === card.id && member.status === 'active') &&
    !FINAL_GROUP_STATES.includes(card.status)
  return { active: cards.filter(stillIn), past: cards.filter((card) => !stillIn(card)) }
}

// ------------------------------------------------------------------ the group page

export type GroupPage = {
  /** The group as its reader sees it (the server's one view of a group: public facts, and for members their part). */
  view: GroupView
  card: GroupCard
  table: PriceTable
  /** Where the reader stands: a visitor signed in, a member, its organiser, or nobody signed in. */
  party: 'organiser' | 'member' | 'visitor' | 'anonymous'
  /** What leaving costs now; null when the member cannot leave. */
  leave: { kind: 'free' | 'unpaid' | 'paid'; until: string; hours: number } | null
  canJoin: boolean
  /** Why a visitor cannot join, when they cannot. */
  joinRefusal: 'full' | 'closed' | null
  canMessage: boolean
  /** Whether the reader (the organiser, before the ente confirms) may take a family out. */
  canRemove: boolean
  /** The price for the group as it is, which members accept to go ahead below the minimum. */
  goAheadPriceCents: number | null
  inviteUrl: string
  inviteText: string
  /** The page's answer to a form: its errors, or what was just done. */
  errors: FormErrors
  values: { street: string; postcode: string; body: string; reason: string }
  done: string | null
  confirmingLeave: boolean
  /** The family the organiser is asked to confirm taking out, by its id in the group. */
  confirmingRemove: string | null
  status: number
}

/** A group by its reference, as the public reads it; null when there is none. */
const findGroup = async (reference: string): Promise<Group | null> => {
  if (!/^G-\d{4}-\d{6}$/.test(reference)) return null
  const { docs } = await (
    await payload()
  ).find({ collection: 'groups', where: { reference: { equals: reference } }, limit: 1, depth: 0, ...PUBLIC })
  return docs[0] ?? null
}

/** The page of a group for its reader: a visitor, a signed-in citizen, a member or its organiser. */
export const loadGroupPage = async (
  reference: string,
  citizen: Citizen | null,
  lang: Lang,
): Promise<Omit<GroupPage, 'errors' | 'values' | 'done' | 'confirmingLeave' | 'confirmingRemove' | 'status'> | null> => {
  const group = await findGroup(reference)
  if (!group) return null
  const api = await payload()
  const view = await groupView(api, group.id, citizen ? (asUser(citizen) as never) : null, lang)
  if (!view) return null
  const [card] = await toCards([group], lang)
  const service = (await servicesById([view.group.service.id])).get(view.group.service.id) ?? null
  const table: PriceTable = service ? priceTable(service, lang) : { unit: '', rows: [] }
  const party = !citizen ? 'anonymous' : view.party === 'organiser' || view.party === 'member' ? view.party : 'visitor'
  const can = (action: string) => view.actions.some((entry) => entry.action === action)
  const { timeZone } = (await catalogue()).city

  // Leaving after confirmation cancels the member's thread: refunded until the service's notice before the start.
  const hours = service?.cancellationNoticeHours ?? 0
  const leaveBy = new Date(startOfDay(group.startDate.slice(0, 10), timeZone).getTime() - hours * HOUR)
  const thread = view.membership?.thread ?? null
  const leave: GroupPage['leave'] = !can('leave')
    ? null
    : !thread
      ? { kind: 'free', until: '', hours }
      : thread.status === 'paid'
        ? leaveBy.getTime() > Date.now()
          ? { kind: 'paid', until: formatDate(leaveBy, lang, timeZone, true), hours }
          : null
        : ['accepted', 'payment-expired'].includes(thread.status)
          ? { kind: 'unpaid', until: '', hours }
          : null

  const full = group.memberCount >= group.maxMembers
  const closed = !JOINABLE_STATES.includes(group.status) || new Date(endOfDay(group.joinBy.slice(0, 10), timeZone)) < new Date()
  const url = publicUrl(groupPath(lang, group.reference))
  return {
    view,
    card: card!,
    table,
    party,
    leave,
    canJoin: party === 'visitor' && can('join') && !full && !closed && view.group.joinPriceCents !== null,
    joinRefusal: party === 'organiser' || party === 'member' ? null : closed ? 'closed' : full ? 'full' : null,
    canMessage: can('message'),
    canRemove: can('remove-member'),
    goAheadPriceCents: service ? priceForSize(service, Math.max(group.memberCount, 1)) : null,
    inviteUrl: url,
    inviteText: t(lang, 'groupInviteMessage', { service: card!.service, schedule: card!.schedule, date: card!.joinBy, url }),
  }
}

/** The actions a group page's forms post. */
const PAGE_ACTIONS = ['join', 'leave', 'message', 'go-ahead', 'refuse', 'remove-member'] as const
type PageAction = (typeof PAGE_ACTIONS)[number]
const isPageAction = (value: string): value is PageAction => (PAGE_ACTIONS as readonly string[]).includes(value)

const EMPTY_VALUES = { street: '', postcode: '', body: '', reason: '' }

/**
 * A group's public page: a GET shows it to whoever reads it; a POST takes one action of the
 * group's lifecycle as the signed-in citizen (join, leave, write, go ahead, refuse, or for its
 * organiser take a family out), through
 * the one function that applies it, then comes back here.
 */
export const handleGroupPage = async (visit: Visit, reference: string, lang: Lang): Promise<GroupPage | Response | null> => {
  const { request, url, redirect } = visit
  const citizen = await actingCitizen(request)
  const show = async (
    state: Partial<Pick<GroupPage, 'errors' | 'values' | 'done' | 'confirmingLeave' | 'confirmingRemove' | 'status'>>,
  ): Promise<GroupPage | null> => {
    const loaded = await loadGroupPage(reference, citizen, lang)
    if (!loaded) return null
    return {
      ...loaded,
      errors: {},
      values: { ...EMPTY_VALUES, street: citizen?.address?.street ?? '', postcode: citizen?.address?.postcode ?? '' },
      done: null,
      confirmingLeave: false,
      confirmingRemove: null,
      status: 200,
      ...state,
    }
  }
  if (request.method !== 'POST') return show({ done: url.searchParams.get('done') })

  const form = await request.formData()
  const action = String(form.get('action') ?? '')
  const values = {
    ...textFields(form, ['street', 'postcode'] as const),
    body: String(form.get('body') ?? '')
      .trim()
      .slice(0, MAX_MESSAGE_LENGTH),
    reason: String(form.get('reason') ?? '').trim(),
  }
  // A refused removal stays on its confirmation, where its reason is written.
  const removing = action === 'remove-member' ? String(form.get('member') ?? '') : null
  if (removing !== null && !isRecordId(removing)) return show({ errors: { form: 'errorChoice' }, values, status: 400 })
  const refuse = (errors: FormErrors, status = 400) => show({ errors, values, status, confirmingRemove: removing })
  if (!fromThisSite(visit)) return refuse({ form: 'errorOrigin' }, 403)
  if (!citizen) return redirect(`${path(lang, 'signIn')}?next=${encodeURIComponent(groupPath(lang, reference))}`, 303)
  if (!isPageAction(action)) return refuse({ form: 'errorChoice' })
  const group = await findGroup(reference)
  if (!group) return null

  const errors: FormErrors = {}
  let input: Record<string, unknown> = {}
  if (action === 'join') {
    if (!values.street) errors.street = 'errorRequired'
    if (values.postcode && !POSTCODE.test(values.postcode)) errors.postcode = 'errorPostcode'
    if (form.get('accept') !== 'yes') errors.accept = 'errorGroupAccept'
    input = { street: values.street, postcode: values.postcode || undefined, priceCents: Number(form.get('priceCents')) }
  } else if (action === 'message') {
    if (!values.body) errors.body = 'errorRequired'
    input = { body: values.body }
  } else if (action === 'go-ahead') {
    input = { priceCents: Number(form.get('priceCents')) }
  } else if (action === 'leave' && form.get('confirmed') !== 'yes') {
    // Leaving is confirmed first, once the member has read what it costs.
    return show({ confirmingLeave: true })
  } else if (action === 'remove-member') {
    // Taking a family out is confirmed first, with the reason it will read.
    if (form.get('confirmed') !== 'yes') return show({ confirmingRemove: removing })
    input = { member: removing, reason: values.reason || undefined }
  }
  if (hasErrors(errors)) return refuse(errors)

  const api = await payload()
  try {
    await applyGroupAction(api, {
      groupId: group.id,
      action,
      as: { user: asUser(citizen) },
      input,
      language: lang,
      req: await localRequest(api, { user: asUser(citizen), language: lang }),
    })
    // Committed: the next page this process renders for the citizen, a moment away, shows the change.
    markSiteContentChanged()
    return redirect(`${groupPath(lang, reference)}?done=${action}`, 303)
  } catch (error) {
    const fields = serverErrors(error)
    if (fields) return refuse(fields)
    if (error instanceof Error && 'status' in error && typeof error.status === 'number' && error.status < 500)
      return refuse({ form: { text: error.message } }, error.status)
    throw error
  }
}

// ------------------------------------------------------------------ opening a group

export type NewGroupValues = {
  district: string
  days: string[]
  timeBands: string[]
  startDate: string
  joinBy: string
  minMembers: string
  maxMembers: string
  description: string
  street: string
  postcode: string
}

export type NewGroupPage = {
  service: GroupService | null
  /** The districts the service is offered in: a group is in one of them. */
  districts: { id: string; label: string }[]
  limits: { min: number; max: number }
  table: PriceTable
  values: NewGroupValues
  errors: FormErrors
  status: number
}

const DATE = /^\d{4}-\d{2}-\d{2}$/

const known = (values: string[], options: readonly { value: string }[]) =>
  options.map((option) => option.value).filter((value) => values.includes(value))

/** The form that opens a group for a shared service, and its answer. */
export const handleNewGroup = async (visit: Visit, citizen: Citizen, lang: Lang): Promise<NewGroupPage | Response> => {
  const { request, url, redirect } = visit
  const cat = await catalogue()
  const { timeZone } = cat.city
  const posted = request.method === 'POST' ? await request.formData() : null
  const serviceId = String(posted?.get('service') ?? url.searchParams.get('service') ?? '')
  const service = isRecordId(serviceId) ? ((await servicesById([serviceId])).get(serviceId) ?? null) : null
  const shared =
    service && (service.deliveryMode === 'shared' || service.deliveryMode === 'both') && (service.sharedPrices?.length ?? 0) > 0
  const full = shared
    ? ((await (await payload()).findByID({ collection: 'services', id: serviceId, depth: 0, select: { districts: true }, ...PUBLIC }))
        .districts ?? [])
    : []
  const districts = full.flatMap((district) => {
    const found = cat.byId(cat.districts, relationId(district))
    return found ? [{ id: found.id, label: shortDistrictName(found, lang) }] : []
  })
  const limits = service ? { min: smallestMinimum(service), max: largestSize(service) } : { min: 2, max: 2 }
  const table = service ? priceTable(service, lang) : { unit: '', rows: [] }
  const home = relationId(citizen.address?.district)
  const base: NewGroupValues = {
    district: districts.some((district) => district.id === home) ? home! : districts.length === 1 ? districts[0]!.id : '',
    days: [],
    timeBands: [],
    startDate: daysFromToday(21, timeZone),
    joinBy: daysFromToday(14, timeZone),
    minMembers: String(limits.min),
    maxMembers: String(limits.max),
    description: '',
    street: citizen.address?.street ?? '',
    postcode: citizen.address?.postcode ?? '',
  }
  const page = (values: NewGroupValues, errors: FormErrors = {}, status = 200): NewGroupPage => ({
    service: shared ? service : null,
    districts,
    limits,
    table,
    values,
    errors,
    status,
  })
  if (!shared) return page(base, {}, 404)
  if (!posted) return page(base)

  const fields = textFields(posted, ['district', 'startDate', 'joinBy', 'minMembers', 'maxMembers', 'street', 'postcode'] as const)
  const values: NewGroupValues = {
    ...fields,
    days: known(posted.getAll('days').map(String), DAYS),
    timeBands: known(posted.getAll('timeBands').map(String), TIME_BANDS),
    description: String(posted.get('description') ?? '')
      .trim()
      .slice(0, MAX_GROUP_DESCRIPTION_LENGTH),
  }
  if (!fromThisSite(visit)) return page(values, { form: 'errorOrigin' }, 403)
  const errors: FormErrors = {}
  if (!districts.some((district) => district.id === values.district)) errors.district = 'errorGroupDistrict'
  if (values.days.length === 0) errors.days = 'errorGroupDays'
  if (values.timeBands.length === 0) errors.timeBands = 'errorGroupTimes'
  const now = today(timeZone)
  if (!DATE.test(values.startDate) || values.startDate < now) errors.startDate = 'errorGroupStart'
  if (!DATE.test(values.joinBy) || values.joinBy < now || (DATE.test(values.startDate) && values.joinBy > values.startDate))
    errors.joinBy = 'errorGroupJoinBy'
  const min = Number(values.minMembers)
  const max = Number(values.maxMembers)
  const inLimits = (n: number) => Number.isInteger(n) && n >= limits.min && n <= limits.max
  if (!inLimits(min)) errors.minMembers = 'errorGroupMin'
  if (!inLimits(max)) errors.maxMembers = 'errorGroupMin'
  if (!errors.minMembers && !errors.maxMembers && min > max) errors.minMembers = 'errorGroupMinMax'
  if (!values.street) errors.street = 'errorRequired'
  if (values.postcode && !POSTCODE.test(values.postcode)) errors.postcode = 'errorPostcode'
  if (hasErrors(errors)) return page(values, errors, 400)

  const api = await payload()
  try {
    const group = await openGroup(api, {
      as: { user: asUser(citizen) as never },
      input: {
        service: serviceId,
        district: values.district,
        days: values.days,
        timeBands: values.timeBands,
        startDate: values.startDate,
        joinBy: values.joinBy,
        minMembers: min,
        maxMembers: max,
        description: values.description || undefined,
        address: { street: values.street, postcode: values.postcode || undefined },
      },
      req: await localRequest(api, { user: asUser(citizen), language: lang }),
    } as never)
    return redirect(`${groupPath(lang, (group as { reference: string }).reference)}?done=open`, 303)
  } catch (error) {
    const fields = serverErrors(error)
    if (fields)
      return page(
        values,
        Object.fromEntries(Object.entries(fields).map(([field, message]) => [field.replace(/^address\./, ''), message])),
        400,
      )
    if (error instanceof Error && 'status' in error && typeof error.status === 'number' && error.status < 500)
      return page(values, { form: { text: error.message } }, error.status)
    throw error
  }
}
