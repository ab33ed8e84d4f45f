// The site settings: name, navigation, footer and every text of the forms and pages around the
// content. Web reads them on their own, cached apart from the page views, so the routes that are not
// CMS pages (the newsletter's link pages, the preview's frame) need no page view to get them.
//
// Answers: 200 with the published settings (Payload's REST read of the global, with the service
// user's access; depth 1 resolves the default share image). Anything else, or a body that does not
// fit, is "unavailable": web keeps serving the last good copy (readOutcome in answer.ts).
import { siteSettingsSchema } from '../siteSettings.ts'

/** GET: the published site settings. */
export const siteSettingsPath = '/api/globals/site-settings?depth=1'

/** The answer to siteSettingsPath: the same settings a page view carries. */
export const siteSettingsAnswerSchema = siteSettingsSchema
