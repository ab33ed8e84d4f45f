import { APIError, type CollectionBeforeOperationHook } from 'payload'

/** Payload's `where` operators; anything else under a field is a path into another document. */
const operators = new Set([
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'contains',
  'near',
  'within',
  'intersects',
])

export const refusedQueryMessage = (path: string) =>
  `Sortering eller filtrering på «${path}» er ikke tillatt her.`

const refuse = (path: string) => new APIError(refusedQueryMessage(path), 400, null, true)

function checkWhere(where: unknown, allowed: ReadonlySet<string>): void {
  if (where === undefined || where === null) return
  if (typeof where !== 'object') throw refuse(String(where))
  for (const [key, value] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      const list: unknown[] = Array.isArray(value) ? value : Object.values(value ?? {})
      for (const part of list) checkWhere(part, allowed)
      continue
    }
    if (!allowed.has(key)) throw refuse(key)
    if (value === null || typeof value !== 'object') throw refuse(key)
    for (const operator of Object.keys(value)) {
      if (!operators.has(operator)) throw refuse(`${key}.${operator}`)
    }
  }
}

function checkSort(sort: unknown, allowed: ReadonlySet<string>): void {
  if (sort === undefined || sort === null || sort === '') return
  const parts = Array.isArray(sort) ? sort : String(sort).split(',')
  for (const part of parts) {
    const path = String(part).trim().replace(/^-/, '')
    if (path && !allowed.has(path)) throw refuse(path)
  }
}

/**
 * Personal collections answer queries on their own, named fields only. Sorting or filtering through
 * a relationship (`assignee.email`) would let anyone who reads the list learn, by binary search,
 * what they may not read; and any path the list does not need is attack surface. Our own code
 * (overrideAccess) is trusted and not checked.
 */
export function allowQueryPaths(paths: readonly string[]): CollectionBeforeOperationHook {
  const allowed = new Set(['id', 'createdAt', 'updatedAt', ...paths])
  return ({ args, overrideAccess }) => {
    if (overrideAccess === true) return args
    const { where, sort, field } = args as { where?: unknown; sort?: unknown; field?: unknown }
    checkWhere(where, allowed)
    checkSort(sort, allowed)
    if (field !== undefined) checkSort(field, allowed)
    return args
  }
}
