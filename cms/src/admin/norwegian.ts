import type { Config } from 'payload'

/**
 * The admin in Norwegian all the way through, where Payload's own `nb` falls short: dates as
 * «2. desember 2026 kl. 10:15» (date-fns format, nb locale) in Oslo time, and the few `nb` texts
 * that read wrong in this admin.
 */
export const dateFormat = "d. MMMM yyyy 'kl.' HH:mm"

export const timezones = {
  supportedTimezones: [{ label: 'Norge (Oslo)', value: 'Europe/Oslo' }],
  defaultTimezone: 'Europe/Oslo',
} satisfies NonNullable<Config['admin']>['timezones']

export const nbOverrides = {
  general: {
    // «Innsending...» while publishing: nothing is being sent in, it is being saved.
    submitting: 'Lagrer …',
    // «Oppretter ny Bilde»: no one Norwegian adjective fits every label's gender.
    creatingNewLabel: '{{label}} (ny)',
  },
}
