import type { Endpoint, Where } from 'payload'

import { isRecruiter } from '../../../access/roles'
import type { FormSubmission } from '../../../payload-types'
import { submissionStatuses } from '../statuses'
import { toCsv } from './csv'

const columns = [
  'Innsendt',
  'Navn',
  'E-post',
  'Interessert i',
  'Melding',
  'Sendt fra side',
  'Status',
  'Ansvarlig',
  'Interne notater',
  'Sendt på nytt (antall)',
  'Sist sendt på nytt',
  'ID',
]

const osloTime = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Oslo',
  dateStyle: 'short',
  timeStyle: 'short',
})
const when = (iso: string | null | undefined) => (iso ? osloTime.format(new Date(iso)) : '')
const statusLabel = (value: FormSubmission['status']) =>
  submissionStatuses.find((status) => status.value === value)?.label ?? value

/**
 * GET /api/form-submissions/export.csv: the submissions as a spreadsheet, for recruiters and
 * admins. Takes the admin list's own query (`where`, `search`, `sort`), so the button exports
 * exactly what the list shows, and reads with the caller's access.
 */
export const exportCsv: Endpoint = {
  path: '/export.csv',
  method: 'get',
  handler: async (req) => {
    if (!req.user)
      return Response.json({ errors: [{ message: 'Logg inn først.' }] }, { status: 401 })
    if (!isRecruiter(req.user)) {
      return Response.json({ errors: [{ message: 'Ingen tilgang.' }] }, { status: 403 })
    }
    const filters: Where[] = []
    if (req.query.where && typeof req.query.where === 'object')
      filters.push(req.query.where as Where)
    if (typeof req.query.search === 'string' && req.query.search.trim()) {
      const like = req.query.search.trim()
      filters.push({ or: [{ name: { like } }, { email: { like } }] })
    }
    const found = await req.payload.find({
      collection: 'form-submissions',
      where: { and: filters },
      sort: typeof req.query.sort === 'string' ? req.query.sort : '-createdAt',
      pagination: false,
      depth: 1,
      overrideAccess: false,
      req,
    })
    const rows = found.docs.map((doc) => [
      when(doc.createdAt),
      doc.name,
      doc.email,
      (doc.interests ?? []).join(', '),
      doc.message,
      doc.sourcePage,
      statusLabel(doc.status),
      // By name, as the admin shows it (the virtual field assigneeName).
      doc.assigneeName ?? '',
      doc.internalNotes,
      doc.repeats ?? 0,
      when(doc.lastRepeatedAt),
      doc.id,
    ])
    const date = new Date().toISOString().slice(0, 10)
    return new Response(toCsv([columns, ...rows]), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="innsendte-skjema-${date}.csv"`,
        'Cache-Control': 'no-store',
      },
    })
  },
}
