/**
 * Stripe's v1 API takes `application/x-www-form-urlencoded` parameters with brackets for
 * nesting: `line_items[0][price_data][unit_amount]=1500`, `metadata[thread]=abc`,
 * `expand[]=payment_intent`. This turns them into objects and arrays. Every leaf stays a
 * string, as on the wire; the handlers convert the parameters they know to be integers.
 */
export type FormValue = string | FormValue[] | { [key: string]: FormValue }
export type FormObject = { [key: string]: FormValue }

/** A parameter name that cannot be read, or used both as a value and as a container. */
export class FormError extends Error {
  constructor(
    readonly param: string,
    message: string,
  ) {
    super(message)
  }
}

type Leaf = { kind: 'value'; value: string }
type Branch = { kind: 'object' | 'array'; children: Map<string, Node> }
type Node = Leaf | Branch

const INDEX = /^\d+$/
const KEY = /^([^[\]]+)((?:\[[^[\]]*\])*)$/

const segmentsOf = (key: string): string[] => {
  const match = KEY.exec(key)
  if (!match) throw new FormError(key, `Invalid parameter name: ${key}`)
  const [, name = key, brackets = ''] = match
  return [name, ...Array.from(brackets.matchAll(/\[([^[\]]*)\]/g), (bracket) => bracket[1] ?? '')]
}

/** `[]` appends; an index names a position; a name on an array turns it into an object, as qs does. */
const childKey = (branch: Branch, segment: string): string => {
  if (branch.kind === 'object') return segment
  if (segment === '') return String(branch.children.size === 0 ? 0 : Math.max(...Array.from(branch.children.keys(), Number)) + 1)
  if (!INDEX.test(segment)) branch.kind = 'object'
  return segment
}

const finish = (node: Node): FormValue => {
  if (node.kind === 'value') return node.value
  if (node.kind === 'object') return Object.fromEntries(Array.from(node.children, ([key, child]) => [key, finish(child)]))
  return Array.from(node.children)
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([, child]) => finish(child))
}

export const parseForm = (text: string): FormObject => {
  const root: Branch = { kind: 'object', children: new Map() }
  for (const [key, value] of new URLSearchParams(text)) {
    const segments = segmentsOf(key)
    const param = segments[0] ?? key
    let branch = root
    segments.forEach((segment, position) => {
      const name = childKey(branch, segment)
      const next = segments[position + 1]
      const existing = branch.children.get(name)
      if (next === undefined) {
        if (existing && existing.kind !== 'value') throw new FormError(param, `Invalid value for ${key}: expected an object or array`)
        branch.children.set(name, { kind: 'value', value })
        return
      }
      if (existing?.kind === 'value') throw new FormError(param, `Invalid value for ${param}: it is both a value and an object`)
      const child: Branch = existing ?? {
        kind: next === '' || INDEX.test(next) ? 'array' : 'object',
        children: new Map(),
      }
      branch.children.set(name, child)
      branch = child
    })
  }
  return finish(root) as FormObject
}
