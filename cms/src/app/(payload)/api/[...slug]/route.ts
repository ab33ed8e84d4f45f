import config from '@payload-config'
import '@payloadcms/next/css'
import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'

import { withMediaCaching } from '../../../../collections/Media/fileCaching'
import { env } from '../../../../env'
import { refuseMalformed } from '../../../../rest/refuseMalformed'

export const GET = refuseMalformed(withMediaCaching(REST_GET(config), env.MEDIA_DIR))
export const POST = refuseMalformed(REST_POST(config))
export const DELETE = refuseMalformed(REST_DELETE(config))
export const PATCH = refuseMalformed(REST_PATCH(config))
export const PUT = refuseMalformed(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
