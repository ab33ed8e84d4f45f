import * as migration_20261123_135603_initial from './20261123_135603_initial'
import * as migration_20261123_163245_form_submissions from './20261123_163245_form_submissions'

export const migrations = [
  {
    up: migration_20261123_135603_initial.up,
    down: migration_20261123_135603_initial.down,
    name: '20261123_135603_initial',
  },
  {
    up: migration_20261123_163245_form_submissions.up,
    down: migration_20261123_163245_form_submissions.down,
    name: '20261123_163245_form_submissions',
  },
]
