import type { CollectionConfig } from 'payload'

import { editors } from '../access/editors'
import { publishedOrEditors } from '../access/publishedOrEditors'
import { refuseUnsafeLinks } from '../hooks/refuseUnsafeLinks'
import { revalidateAfterChange, revalidateAfterDelete } from '../hooks/revalidateWeb'

/**
 * What every piece of public content shares: editors write, visitors read only what is
 * published, drafts autosave and can be scheduled, and a published change reaches the site at once.
 */
export const publishedContent = {
  versions: { drafts: { autosave: { interval: 1000 }, schedulePublish: true }, maxPerDoc: 50 },
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
    afterChange: [revalidateAfterChange],
    afterDelete: [revalidateAfterDelete],
  },
} satisfies Partial<CollectionConfig>
