'use client'

import { useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useEffect, useRef } from 'react'

/**
 * Server-rendered sidebar parts (the submission's history) are rendered once with the page;
 * Payload does not render them again when the document is saved. This reloads the page's server
 * parts after each save, so a status or assignee just changed shows in the history at once.
 */
export function RefreshOnSave() {
  const { lastUpdateTime } = useDocumentInfo()
  const router = useRouter()
  const seen = useRef(lastUpdateTime)
  useEffect(() => {
    if (lastUpdateTime === seen.current) return
    seen.current = lastUpdateTime
    router.refresh()
  }, [lastUpdateTime, router])
  return null
}
