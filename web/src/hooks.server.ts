import type { ServerInit } from '@sveltejs/kit'

import { env } from '#lib/server/env.ts'

export const init: ServerInit = () => {
  env()
}
