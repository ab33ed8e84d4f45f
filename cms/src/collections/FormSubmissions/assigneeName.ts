import type { Field, FieldHook } from 'payload'

import { recruitersField } from '../../access/recruiters'

const idOf = (value: unknown): number | string | undefined => {
  if (typeof value === 'number' || typeof value === 'string') return value
  if (typeof value === 'object' && value !== null && 'id' in value)
    return (value as { id: number | string }).id
  return undefined
}

/**
 * The assignee's name (their e-mail address when they have given none), as the CSV export shows
 * it. Recruiters may read only their own user, so the relationship alone shows them a colleague as
 * a number, and users are titled by e-mail; this reads only the name, only for someone who may
 * see the submission (the field's read access), once per user per request.
 */
const readAssigneeName: FieldHook = async ({ data, req }) => {
  const id = idOf((data as { assignee?: unknown } | undefined)?.assignee)
  if (id === undefined) return null
  const cache = (req.context.assigneeNames ??= new Map())
  const key = String(id)
  if (!cache.has(key))
    cache.set(
      key,
      req.payload
        .find({
          collection: 'users',
          where: { id: { equals: id } },
          limit: 1,
          depth: 0,
          pagination: false,
          overrideAccess: true,
          select: { name: true, email: true },
          req,
        })
        .then(({ docs: [user] }) => (user ? user.name || user.email : null)),
    )
  return cache.get(key)
}

export const assigneeName: Field = {
  name: 'assigneeName',
  type: 'text',
  virtual: true,
  label: 'Ansvarlig (navn)',
  admin: {
    readOnly: true,
    position: 'sidebar',
    disableListFilter: true,
    description: 'Navnet til den som følger opp. Velg ansvarlig i feltet over.',
  },
  access: { read: recruitersField, create: () => false, update: () => false },
  hooks: { afterRead: [readAssigneeName] },
}
