import * as migration_20261123_135603_initial from './20261123_135603_initial'
import * as migration_20261123_163314_newsletter_double_opt_in from './20261123_163314_newsletter_double_opt_in'

export const migrations = [
  {
    up: migration_20261123_135603_initial.up,
    down: migration_20261123_135603_initial.down,
    name: '20261123_135603_initial',
  },
  {
    up: migration_20261123_163314_newsletter_double_opt_in.up,
    down: migration_20261123_163314_newsletter_double_opt_in.down,
    name: '20261123_163314_newsletter_double_opt_in',
  },
]
