import * as migration_20261123_135603_initial from './20261123_135603_initial'
import * as migration_20261123_174035_forms_newsletter_accounts from './20261123_174035_forms_newsletter_accounts'
import * as migration_20261202_100133_follow_up_days from './20261202_100133_follow_up_days'
import * as migration_20261202_100323_submission_history from './20261202_100323_submission_history'
import * as migration_20261202_100839_followed_interests from './20261202_100839_followed_interests'
import * as migration_20261202_101144_submission_repeat_keys from './20261202_101144_submission_repeat_keys'
import * as migration_20261202_101512_follow_up_reminders from './20261202_101512_follow_up_reminders'
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
    up: migration_20261202_100133_follow_up_days.up,
    down: migration_20261202_100133_follow_up_days.down,
    name: '20261202_100133_follow_up_days',
  },
  {
    up: migration_20261202_100323_submission_history.up,
    down: migration_20261202_100323_submission_history.down,
    name: '20261202_100323_submission_history',
  },
  {
    up: migration_20261202_100839_followed_interests.up,
    down: migration_20261202_100839_followed_interests.down,
    name: '20261202_100839_followed_interests',
  },
  {
    up: migration_20261202_101144_submission_repeat_keys.up,
    down: migration_20261202_101144_submission_repeat_keys.down,
    name: '20261202_101144_submission_repeat_keys',
  },
  {
    up: migration_20261202_101512_follow_up_reminders.up,
    down: migration_20261202_101512_follow_up_reminders.down,
    name: '20261202_101512_follow_up_reminders',
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
