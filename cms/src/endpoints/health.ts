import type { Endpoint } from 'payload'

/** GET /api/health: 200 when Payload is up and PostgreSQL answers, 503 otherwise. No details leak. */
export const health: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    try {
      await req.payload.count({ collection: 'pages', overrideAccess: true, req })
      return Response.json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } })
    } catch (error) {
      req.payload.logger.error({ err: error }, 'Helsesjekk: databasen svarer ikke')
      return Response.json(
        { status: 'unavailable' },
        { status: 503, headers: { 'Cache-Control': 'no-store' } },
      )
    }
  },
}
