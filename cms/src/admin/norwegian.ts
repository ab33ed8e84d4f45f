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
    // A restore makes a draft by default (patches/@payloadcms__next@3.90.1.patch): the dialog
    // says what happens in each case; publishing at once is the arrow's choice.
    aboutToRestoreAsDraft:
      'Du er i ferd med å gjenopprette {{label}} slik det var {{versionDate}}, som et utkast. Nettsiden viser fortsatt det som er publisert: se utkastet i forhåndsvisningen (øye-ikonet) og trykk «Publiser endringer» når det er klart. Plasseringen i listen endres ikke.',
    aboutToRestore:
      'Du er i ferd med å gjenopprette {{label}} slik det var {{versionDate}}, og publisere det med en gang: nettsiden viser det straks. Plasseringen i listen endres ikke.',
    aboutToRestoreGlobal:
      'Du er i ferd med å gjenopprette {{label}} slik de var {{versionDate}}, og publisere dem med en gang: nettsiden viser dem straks.',
    restoreAndPublish: 'Gjenopprett og publiser med en gang',
  },
}

/** The same new texts for the admin's English. */
export const enOverrides = {
  version: {
    aboutToRestoreAsDraft:
      'You are about to restore {{label}} as it was on {{versionDate}}, as a draft. The site keeps showing the published version until you publish.',
    restoreAndPublish: 'Restore and publish at once',
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
