import type { ServerInit } from '@sveltejs/kit/hooks'

import { env } from '#lib/server/env.ts'

export const init: ServerInit = () => {
  env()
}
