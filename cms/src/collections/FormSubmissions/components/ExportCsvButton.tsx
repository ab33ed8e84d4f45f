'use client'
import { Button, useConfig } from '@payloadcms/ui'
import { useSearchParams } from 'next/navigation'

/** Above the submissions list: downloads what the list shows (its filter, search and sort) as CSV. */
export function ExportCsvButton() {
  const {
    config: { routes },
  } = useConfig()
  const listQuery = new URLSearchParams(useSearchParams())
  // Every matching submission, not only the page on screen.
  listQuery.delete('page')
  listQuery.delete('limit')
  const query = listQuery.toString()
  return (
    <div style={{ marginBottom: 'var(--base)' }}>
      <Button
        el="anchor"
        buttonStyle="secondary"
        size="small"
        url={`${routes.api}/form-submissions/export.csv${query ? `?${query}` : ''}`}
      >
        Last ned som CSV (regneark)
      </Button>
    </div>
  )
}
