import type { CollectionConfig } from 'payload'

import { editors } from '../access/editors'
import { publishedOrEditors } from '../access/publishedOrEditors'
import { keepOrderOnRestore } from '../hooks/keepOrderOnRestore'
import { refuseUnsafeLinks } from '../hooks/refuseUnsafeLinks'

/**
 * What every piece of public content shares: editors write, visitors read only what is
 * published, drafts autosave and can be scheduled. (A published change reaches the site through
 * PostgreSQL: migration 20261202_150000_change_notify, src/changes/.)
 *
 * Drafts are not validated, so a new empty block shows no required-field errors before the editor
 * typed anything; publishing still validates. Payload would then create an empty draft the moment
 * «Opprett ny» is opened (to have something to autosave), and a list would fill with untitled
 * drafts shown by their id («7»): the patch of @payloadcms/next (and its companion in
 * @payloadcms/ui, pnpm-workspace.yaml) stores a new document only when it is first saved, and it
 * autosaves from then on.
 * The schedule's time picker uses the 24-hour clock. A restore never moves a document in its list.
 *
 * A function, so each collection gets its own hook arrays: Payload appends its own hooks to them
 * (the list-order hook of an orderable collection), and a shared array would give every collection
 * the others' order hooks, so new areas and steps were ordered after the last problem card.
 */
export const publishedContent = () =>
  ({
    versions: {
      drafts: {
        autosave: { interval: 1000 },
        validate: false,
        schedulePublish: { timeFormat: 'HH:mm', timeIntervals: 15 },
      },
      maxPerDoc: 50,
    },
    access: {
      read: publishedOrEditors,
      create: editors,
      update: editors,
      delete: editors,
      // The history holds every draft: Payload's default lets any logged-in user (web's service
      // user, recruiters) read it through /versions.
      readVersions: editors,
    },
    hooks: {
      beforeValidate: [refuseUnsafeLinks],
      beforeChange: [keepOrderOnRestore],
    },
  }) satisfies Partial<CollectionConfig>
