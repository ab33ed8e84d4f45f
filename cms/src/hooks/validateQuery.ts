import {
  APIError,
  NotFound,
  type CollectionBeforeOperationHook,
  type FlattenedField,
} from 'payload'

/**
 * Payload hands some queries to PostgreSQL unchecked, and the database's refusal becomes a 500:
 * `like` on rich text (`layout.content`), a letter where an id belongs, a value outside a select's
 * options, a NUL byte, page -5. Anyone can send those. This checks a query against the collection's
 * fields first and refuses what cannot work with 400 (or 404 for an id that cannot exist), so a 5xx
 * again means our fault. Unknown paths and operators are left to Payload, which refuses them itself.
 */
const maxId = 2_147_483_647 // PostgreSQL `integer`, the type of every id here
const pointOperators = new Set(['near', 'within', 'intersects'])
const textOperators = new Set(['like', 'not_like', 'contains'])
const textTypes = new Set(['text', 'textarea', 'email', 'code'])
const structuredTypes = new Set(['richText', 'json', 'blocks', 'array', 'group', 'tab', 'join'])
const numericTypes = new Set(['number'])
const idTypes = new Set(['relationship', 'upload'])

type Target = FlattenedField | { type: 'id' }

const refuse = (message: string) => new APIError(message, 400, null, true)
const cannotFilter = (path: string) => refuse(`Feltet «${path}» kan ikke brukes til filtrering.`)
const badValue = (path: string) => refuse(`Ugyldig verdi for «${path}».`)

const isId = (value: unknown) =>
  (typeof value === 'number' || (typeof value === 'string' && /^\d{1,10}$/.test(value))) &&
  Number(value) >= 0 &&
  Number(value) <= maxId

/** The field a dotted path ends at; null when Payload would not find it (it refuses those itself). */
function resolve(fields: FlattenedField[], segments: string[]): Target | 'relation' | null {
  const [head, ...rest] = segments
  if (head === 'id' && rest.length === 0) return { type: 'id' }
  const candidates = fields.filter((field) => 'name' in field && field.name === head)
  for (const field of candidates) {
    if (rest.length === 0) return field
    if (field.type === 'blocks') {
      const blocks = field.blocks.flatMap((block) => block.flattenedFields)
      return resolve(blocks, rest)
    }
    if ('flattenedFields' in field) return resolve(field.flattenedFields, rest)
    if (idTypes.has(field.type)) return 'relation'
  }
  return null
}

function values(value: unknown): unknown[] {
  if (Array.isArray(value)) return value
  if (typeof value === 'string') return value.split(',')
  return [value]
}

function checkCondition(path: string, target: Target, condition: Record<string, unknown>) {
  if (structuredTypes.has(target.type)) throw cannotFilter(path)
  for (const [operator, value] of Object.entries(condition)) {
    if (pointOperators.has(operator) && target.type !== 'point') throw cannotFilter(path)
    if (operator === 'all' && !('hasMany' in target && target.hasMany)) throw cannotFilter(path)
    if (operator === 'exists') continue
    if (textOperators.has(operator) && !textTypes.has(target.type)) throw cannotFilter(path)
    const list = ['in', 'not_in', 'all'].includes(operator) ? values(value) : [value]
    for (const item of list) {
      if (item === null || item === undefined || item === '') continue
      if ((target.type === 'id' || idTypes.has(target.type)) && !isId(item)) throw badValue(path)
      if (numericTypes.has(target.type) && !Number.isFinite(Number(item))) throw badValue(path)
      if (target.type === 'date' && Number.isNaN(new Date(String(item)).getTime()))
        throw badValue(path)
      if ((target.type === 'select' || target.type === 'radio') && !textOperators.has(operator)) {
        const options = target.options.map((option) =>
          typeof option === 'string' ? option : option.value,
        )
        if (!options.includes(String(item))) throw badValue(path)
      }
    }
  }
}

function checkWhere(fields: FlattenedField[], where: unknown): void {
  if (where === undefined || where === null) return
  if (typeof where !== 'object' || Array.isArray(where)) throw refuse('Ugyldig filter.')
  for (const [key, value] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      const parts = Array.isArray(value) ? value : Object.values(value ?? {})
      for (const part of parts) checkWhere(fields, part)
      continue
    }
    const target = resolve(fields, key.split('.'))
    if (target === null || target === 'relation') continue
    if (value === null || typeof value !== 'object' || Array.isArray(value))
      throw refuse(`Ugyldig filter for «${key}».`)
    checkCondition(key, target, value as Record<string, unknown>)
  }
}

function checkPath(fields: FlattenedField[], path: unknown) {
  if (typeof path !== 'string') return
  const target = resolve(fields, path.replace(/^-/, '').split('.'))
  if (target && target !== 'relation' && structuredTypes.has(target.type)) throw cannotFilter(path)
}

function hasNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\0')
  if (value && typeof value === 'object') return Object.values(value).some(hasNul)
  return false
}

export const validateQuery: CollectionBeforeOperationHook = ({ args, collection }) => {
  const { where, sort, field, page, limit, id } = args as Record<string, unknown>
  const fields = collection.flattenedFields
  if (hasNul(where) || hasNul(sort) || hasNul(id)) throw refuse('Ugyldige tegn i forespørselen.')
  checkWhere(fields, where)
  for (const path of Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : [])
    checkPath(fields, path)
  checkPath(fields, field)
  if (page !== undefined && (!Number.isSafeInteger(page) || (page as number) < 1))
    throw refuse('Sidetallet må være et helt tall fra 1.')
  if (limit !== undefined && (!Number.isSafeInteger(limit) || (limit as number) < 0))
    throw refuse('Antallet må være et helt tall fra 0.')
  if (id !== undefined && id !== null && !isId(id)) throw new NotFound()
  return args
}
