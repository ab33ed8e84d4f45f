import * as migration_20261123_134059_initial from './20261123_134059_initial'

export const migrations = [
  {
    up: migration_20261123_134059_initial.up,
    down: migration_20261123_134059_initial.down,
    name: '20261123_134059_initial',
  },
]
