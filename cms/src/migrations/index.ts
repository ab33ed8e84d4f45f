import * as migration_20261123_135603_initial from './20261123_135603_initial'

export const migrations = [
  {
    up: migration_20261123_135603_initial.up,
    down: migration_20261123_135603_initial.down,
    name: '20261123_135603_initial',
  },
]
