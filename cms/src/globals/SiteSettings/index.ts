import type { GlobalConfig } from 'payload'

import { editors } from '../../access/editors'
import { publishedOrEditors } from '../../access/publishedOrEditors'
import { link } from '../../fields/link'
import { refuseUnsafeLinksInGlobal } from '../../hooks/refuseUnsafeLinks'
import { followUpDays } from './followUp'
import { formTexts } from './formTexts'
import { interfaceTexts } from './interfaceTexts'
import { newsletterTexts } from './newsletterTexts'
import { arrayRows } from '../../fields/rowTitles'
import { settingsLivePreview } from '../../preview/livePreview'
import { publishUnlessDraft } from './publishUnlessDraft'
import { refuseDraftRestore } from './refuseDraftRestore'

/**
 * Everything on the site that is not a page: menu, footer, links, defaults and form texts.
 * Behaves like the pages: the editor's changes autosave as a draft, shown in the live preview (the
 * front page with these settings), and reach the site only when published, now or at a set time.
 */
export const SiteSettings: GlobalConfig<'site-settings'> = {
  slug: 'site-settings',
  label: 'Innstillinger',
  admin: { group: 'Innhold', livePreview: settingsLivePreview() },
  // Visitors and web's service user read the published settings only, even when they ask for the
  // draft; the history is for editors only (Payload's default lets any logged-in user read it).
  access: { read: publishedOrEditors, update: editors, readVersions: editors },
  versions: {
    max: 50,
    drafts: {
      autosave: { interval: 1000 },
      validate: true,
      schedulePublish: { timeFormat: 'HH:mm', timeIntervals: 15 },
    },
  },
  hooks: {
    beforeOperation: [publishUnlessDraft, refuseDraftRestore],
    beforeValidate: [refuseUnsafeLinksInGlobal],
  },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Meny og bunntekst',
          fields: [
            { name: 'siteName', type: 'text', label: 'Navn på nettstedet', required: true },
            {
              name: 'navigation',
              type: 'array',
              label: 'Hovedmeny',
              ...arrayRows('Menypunkt', 'Menypunkter'),
              maxRows: 6,
              fields: [link()],
            },
            { name: 'footerText', type: 'textarea', label: 'Tekst i bunnen' },
            {
              name: 'footerLinks',
              type: 'array',
              label: 'Lenker i bunnen',
              ...arrayRows('Lenke', 'Lenker'),
              maxRows: 8,
              fields: [link()],
            },
            link({ name: 'matrix', label: 'Matrix', required: false }),
            { name: 'contactEmail', type: 'email', label: 'E-post for kontakt' },
          ],
        },
        {
          label: 'Søk og deling',
          fields: [
            {
              name: 'defaultSeo',
              type: 'group',
              label: 'Standardverdier',
              fields: [
                { name: 'title', type: 'text', label: 'Tittel', required: true, maxLength: 70 },
                {
                  name: 'description',
                  type: 'textarea',
                  label: 'Beskrivelse',
                  required: true,
                  maxLength: 160,
                },
                { name: 'image', type: 'upload', relationTo: 'media', label: 'Delingsbilde' },
              ],
            },
          ],
        },
        { label: 'Skjema', fields: [formTexts, followUpDays] },
        { label: 'Nyhetsbrev', fields: [newsletterTexts] },
        { label: 'Andre tekster', fields: [interfaceTexts] },
      ],
    },
  ],
}
