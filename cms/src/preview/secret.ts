import { env } from '../env'

/**
 * Preview tokens are minted and checked by the CMS alone (web only passes them on), so they need
 * no shared secret: a key derived from PAYLOAD_SECRET, with its own label so it signs nothing else.
 */
export const previewSecret = () => `live-preview:${env.PAYLOAD_SECRET}`
