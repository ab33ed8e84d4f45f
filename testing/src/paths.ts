import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
export const cmsDir = join(repoRoot, 'cms')
export const webDir = join(repoRoot, 'web')
export const dataDir = process.env.DK_DATA_DIR ?? join(repoRoot, '.data')
