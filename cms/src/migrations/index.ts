import * as migration_20261123_135603_initial from './20261123_135603_initial'
import * as migration_20261123_174035_forms_newsletter_accounts from './20261123_174035_forms_newsletter_accounts'
import * as migration_20261202_111548_follow_up_hardening_grids from './20261202_111548_follow_up_hardening_grids'
import * as migration_20261202_111549_repair_frozen_grids from './20261202_111549_repair_frozen_grids'
import * as migration_20261202_150000_change_notify from './20261202_150000_change_notify'

export const migrations = [
  {
    up: migration_20261123_135603_initial.up,
    down: migration_20261123_135603_initial.down,
    name: '20261123_135603_initial',
  },
  {
    up: migration_20261123_174035_forms_newsletter_accounts.up,
    down: migration_20261123_174035_forms_newsletter_accounts.down,
    name: '20261123_174035_forms_newsletter_accounts',
  },
  {
    up: migration_20261202_111548_follow_up_hardening_grids.up,
    down: migration_20261202_111548_follow_up_hardening_grids.down,
    name: '20261202_111548_follow_up_hardening_grids',
  },
  {
    up: migration_20261202_111549_repair_frozen_grids.up,
    down: migration_20261202_111549_repair_frozen_grids.down,
    name: '20261202_111549_repair_frozen_grids',
  },
  {
    up: migration_20261202_150000_change_notify.up,
    down: migration_20261202_150000_change_notify.down,
    name: '20261202_150000_change_notify',
  },
]
