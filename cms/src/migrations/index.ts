import * as migration_20261123_135603_initial from './20261123_135603_initial'
import * as migration_20261123_174035_forms_newsletter_accounts from './20261123_174035_forms_newsletter_accounts'
import * as migration_20261202_103827_login_throttle from './20261202_103827_login_throttle'
import * as migration_20261202_104756_newsletter_optin_job from './20261202_104756_newsletter_optin_job'
import * as migration_20261202_105947_login_attempt_kind from './20261202_105947_login_attempt_kind'

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
    up: migration_20261202_103827_login_throttle.up,
    down: migration_20261202_103827_login_throttle.down,
    name: '20261202_103827_login_throttle',
  },
  {
    up: migration_20261202_104756_newsletter_optin_job.up,
    down: migration_20261202_104756_newsletter_optin_job.down,
    name: '20261202_104756_newsletter_optin_job',
  },
  {
    up: migration_20261202_105947_login_attempt_kind.up,
    down: migration_20261202_105947_login_attempt_kind.down,
    name: '20261202_105947_login_attempt_kind',
  },
]
