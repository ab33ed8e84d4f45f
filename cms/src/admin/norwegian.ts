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
    // Payload's `nb` has a stray machine-translation prompt here instead of the word.
    restoring: 'Gjenoppretter …',
  },
  version: {
    // The restore button publishes a published version at once; Payload 3.90 has no setting to make
    // «Gjenopprett som utkast» the default, so the confirmation says so and where the choice is.
    aboutToRestore:
      'Du er i ferd med å gjenopprette {{label}} slik det var {{versionDate}}. Var versjonen publisert, blir den publisert med en gang. Vil du se over den først, avbryt og velg «Gjenopprett som utkast» i pilen ved siden av knappen. Plasseringen i listen endres ikke.',
  },
}

/**
 * Texts a first-time editor and recruiter stumbled over in the walkthrough (issue 20), merged over
 * nbOverrides in payload.config.ts.
 */
export const nbWalkthrough = {
  general: {
    // An empty cell read «<Ingen Ansvarlig>», «<Ingen Merkelapp>».
    noLabel: 'Ingen',
    // The account page: Payload is the software's name, not something an editor knows.
    payloadSettings: 'Innstillinger for admin',
  },
  version: {
    // The link says «Tilbakestill til publisert»; its dialog said «… til lagret».
    confirmRevertToSaved: 'Bekreft tilbakestilling til publisert',
  },
}
