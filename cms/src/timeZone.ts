// The CMS's one time zone (admin/norwegian.ts `timezones`). Payload formats a few admin dates on the
// server with no zone at all, in the process's own (the restore dialog's «slik det var …»): the
// process runs on Oslo time, so they agree with the lists, pickers and schedules. Timestamps are
// stored as timestamptz and our own code names the zone where it formats a date, so nothing else
// changes. Imported first by payload.config.ts.
import { timezones } from './admin/norwegian'

process.env.TZ = timezones.defaultTimezone
