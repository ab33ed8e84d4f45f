import { unsubscribeSubscriber } from '#lib/server/cms/client.ts'
import { linkPageAction, linkPageLoad } from '#lib/server/newsletter/newsletterLink.ts'

// A plain page and a plain POST: no JavaScript needed.
export const csr = false

export const load = linkPageLoad

export const actions = {
  default: (event) => linkPageAction(event, 'newsletter-unsubscribe', unsubscribeSubscriber),
}
