'use client'

import { useNav, usePreferences } from '@payloadcms/ui'
import { useEffect, useRef } from 'react'

// Payload keeps the menu closed up to 1440 px wide whatever the editor chose, so on a laptop the
// guide's «Innhold → Sider» was not to be seen. Beside the content from here up, as above 1440 px.
const wideEnough = '(min-width: 1025px)'

/**
 * Opens the menu on a wide-enough screen once the admin has loaded, unless this editor closed it
 * (the same preference Payload keeps for wider screens).
 */
export function OpenNav() {
  const { hydrated, setNavOpen } = useNav()
  const { getPreference } = usePreferences()
  const done = useRef(false)
  useEffect(() => {
    if (!hydrated || done.current) return
    done.current = true
    if (!window.matchMedia(wideEnough).matches) return
    void getPreference<{ open?: boolean }>('nav').then((preference) => {
      if (preference?.open !== false) setNavOpen(true)
    })
  }, [hydrated, getPreference, setNavOpen])
  return null
}
