import type { Endpoint } from 'payload'

import { recruitmentOverview } from '../followUp/overview'

/**
 * GET /api/form-submissions/overview: the recruitment overview's numbers (followUp/overview.ts),
 * for recruiters and admins only; the admin dashboard renders the same function on the server.
 */
export const overview: Endpoint = {
  path: '/overview',
  method: 'get',
  handler: async (req) => {
    if (!req.user)
      return Response.json({ errors: [{ message: 'Logg inn først.' }] }, { status: 401 })
    const numbers = await recruitmentOverview(req.payload, req.user, new Date(), req)
    if (!numbers) return Response.json({ errors: [{ message: 'Ingen tilgang.' }] }, { status: 403 })
    return Response.json(numbers, { headers: { 'Cache-Control': 'no-store, private' } })
  },
}
