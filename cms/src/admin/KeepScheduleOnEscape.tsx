'use client'

import { useTranslation } from '@payloadcms/ui'
import { useEffect, type ReactNode } from 'react'

import { keepScheduleMessages } from './keepScheduleMessages'

/**
 * Escape closes Payload's schedule panel («Planlegg publisering») and forgets the time chosen in
 * it, also when the editor only meant to close the calendar. With a time chosen, Escape now asks
 * first; «Avbryt» keeps the panel open with the time. Runs before Payload's own Escape handler
 * (capture phase on window; that one listens on document).
 */
export function KeepScheduleOnEscape({ children }: { children?: ReactNode }) {
  const { i18n } = useTranslation()
  const message = i18n.language === 'nb' ? keepScheduleMessages.nb : keepScheduleMessages.en

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return
      const panel = document.querySelector('.drawer.schedule-publish[open]')
      const chosen = panel?.querySelector<HTMLInputElement>('.date-time-picker input')?.value
      if (!panel || !chosen) return
      event.stopImmediatePropagation()
      event.preventDefault()
      if (window.confirm(message))
        panel.querySelector<HTMLButtonElement>('.drawer-close-button')?.click()
    }
    window.addEventListener('keydown', onKeyDown, true)
    return () => window.removeEventListener('keydown', onKeyDown, true)
  }, [message])

  return <>{children}</>
}
