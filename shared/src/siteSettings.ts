import { z } from 'zod'

import { mediaSchema } from './collections.ts'
import { linkListSchema, optionalLinkSchema } from './link.ts'

export const formTextsSchema = z.object({
  nameLabel: z.string(),
  emailLabel: z.string(),
  interestsLabel: z.string(),
  messageLabel: z.string(),
  messagePlaceholder: z.string().nullish(),
  requiredMarker: z.string(),
  optionalMarker: z.string(),
  submitLabel: z.string(),
  footnote: z.string().nullish(),
  privacyNotice: z.string(),
  privacyLinkLabel: z.string(),
  successHeading: z.string(),
  successText: z.string(),
  errorSummary: z.string(),
  errorRequired: z.string(),
  errorEmail: z.string(),
  errorTooLong: z.string(),
  errorInterests: z.string(),
  errorRateLimited: z.string(),
  errorUnavailable: z.string(),
  newsletterEmailLabel: z.string(),
  newsletterSubmitLabel: z.string(),
  newsletterSuccessText: z.string(),
})

export const newsletterTextsSchema = z.object({
  confirmMailSubject: z.string(),
  confirmMailText: z.string(),
  confirmMailAfterLink: z.string(),
  mailUnsubscribeText: z.string(),
  confirmHeading: z.string(),
  confirmText: z.string(),
  confirmButton: z.string(),
  confirmedHeading: z.string(),
  confirmedText: z.string(),
  expiredHeading: z.string(),
  expiredText: z.string(),
  invalidHeading: z.string(),
  invalidText: z.string(),
  unsubscribeHeading: z.string(),
  unsubscribeText: z.string(),
  unsubscribeButton: z.string(),
  unsubscribedHeading: z.string(),
  unsubscribedText: z.string(),
})

export const interfaceTextsSchema = z.object({
  skipLink: z.string(),
  navigationLabel: z.string(),
  notFoundHeading: z.string(),
  notFoundText: z.string(),
  errorHeading: z.string(),
  errorText: z.string(),
  homeLinkLabel: z.string(),
})

export const siteSettingsSchema = z.object({
  siteName: z.string(),
  navigation: linkListSchema,
  footerText: z.string().nullish(),
  footerLinks: linkListSchema,
  matrix: optionalLinkSchema,
  contactEmail: z.string().nullish(),
  defaultSeo: z.object({
    title: z.string(),
    description: z.string(),
    image: z.union([mediaSchema, z.number()]).nullish(),
  }),
  form: formTextsSchema,
  newsletter: newsletterTextsSchema,
  interface: interfaceTextsSchema,
})

export type SiteSettings = z.infer<typeof siteSettingsSchema>
export type FormTexts = z.infer<typeof formTextsSchema>
export type NewsletterTexts = z.infer<typeof newsletterTextsSchema>
export type InterfaceTexts = z.infer<typeof interfaceTextsSchema>
