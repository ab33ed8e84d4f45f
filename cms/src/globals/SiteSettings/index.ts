import type { GlobalConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { editors } from '../../access/editors'
import { link } from '../../fields/link'
import { refuseUnsafeLinksInGlobal } from '../../hooks/refuseUnsafeLinks'
import { followUpDays } from './followUp'
import { formTexts } from './formTexts'
import { interfaceTexts } from './interfaceTexts'
import { newsletterTexts } from './newsletterTexts'
import { arrayRows } from '../../fields/rowTitles'

/** Everything on the site that is not a page: menu, footer, links, defaults and form texts. */
export const SiteSettings: GlobalConfig<'site-settings'> = {
  slug: 'site-settings',
  label: 'Innstillinger',
  admin: { group: 'Innhold' },
  // The history is for editors only (Payload's default lets any logged-in user read it).
  access: { read: anyone, update: editors, readVersions: editors },
  versions: { max: 50 },
  hooks: {
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
