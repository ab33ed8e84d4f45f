'use client'

import { useTranslation } from '@payloadcms/ui'
import { useEffect, type ReactNode } from 'react'

import { englishLeftovers, timeCaption } from './englishLeftovers'
import { rewriteAsItChanges } from './rewriteAsItChanges'

/**
 * Payload 3.90 writes a few admin texts in English outright, not through its translations, so
 * `i18n.translations` cannot reach them: the rich-text editor's handles («Drag to move», «Add
 * block», «Edit link»), the date picker's month buttons and «Time», the live preview's «Responsive»
 * and the API-key field's dialog and warnings. An editor or recruiter with a screen reader hears
 * them. This provider puts the Norwegian text in, as the admin renders them, while the admin is in
 * Norwegian. A text Payload later translates itself no longer matches and is left alone.
 */
export function EnglishLeftovers({ children }: { children?: ReactNode }) {
  const { i18n } = useTranslation()
  const norwegian = i18n.language === 'nb'

  useEffect(() => {
    if (!norwegian) return
    const translate = (root: Node) => {
      const elements =
        root instanceof Element ? [root, ...root.querySelectorAll('[aria-label]')] : []
      for (const element of elements) {
        const label = element.getAttribute('aria-label')
        const norsk = label === null ? undefined : englishLeftovers.get(label)
        if (norsk !== undefined) element.setAttribute('aria-label', norsk)
      }
      const texts = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
      for (let node: Node | null = texts.currentNode; node; node = texts.nextNode()) {
        if (node.nodeType !== Node.TEXT_NODE) continue
        const norsk =
          node.nodeValue === timeCaption.english && node.parentElement?.closest(timeCaption.within)
            ? timeCaption.norsk
            : englishLeftovers.get(node.nodeValue ?? '')
        if (norsk !== undefined) node.nodeValue = norsk
      }
    }
    return rewriteAsItChanges(translate, { attributes: ['aria-label'], characterData: true })
  }, [norwegian])

  return <>{children}</>
}
