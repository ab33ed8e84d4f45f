'use client'
import { Link, useConfig } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

type Props = { collection: string; plural: string; path: string }
type Item = { id: number; title: string; _status?: 'draft' | 'published' }

/**
 * Beside a grid without «Velg … selv»: what the grid shows now, read-only. It is a hint, not the
 * field's value, so saving the page never stores it (see fields/orderedCollection.ts).
 */
export function AutomaticItems({ collection, plural, path }: Props) {
  const {
    config: { routes },
  } = useConfig()
  const [items, setItems] = useState<Item[] | 'error' | undefined>()

  useEffect(() => {
    const query = 'sort=_order&limit=100&depth=0&select[title]=true&select[_status]=true'
    let current = true
    fetch(`${routes.api}/${collection}?${query}`, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
      .then((body: { docs: Item[] }) => current && setItems(body.docs))
      .catch(() => current && setItems('error'))
    return () => {
      current = false
    }
  }, [collection, routes.api])

  return (
    <div
      className="field-type automatic-items"
      data-path={path}
      style={{ marginBottom: 'var(--base)' }}
    >
      <p style={{ margin: 0 }}>
        Viser automatisk alle {plural}, i rekkefølgen fra{' '}
        <Link href={`${routes.admin}/collections/${collection}`}>listen</Link>. Nye {plural} kommer
        med når de publiseres; dra i listen for å endre rekkefølgen.
      </p>
      {items === undefined && <p>Henter …</p>}
      {items === 'error' && <p>Kunne ikke hente listen akkurat nå.</p>}
      {Array.isArray(items) && (
        <ol aria-label={`${plural} som vises nå`} style={{ margin: 'calc(var(--base) / 2) 0' }}>
          {items.map((item) => (
            <li key={item.id}>
              {item.title}
              {item._status === 'draft' && <em> (utkast, vises ikke før det publiseres)</em>}
            </li>
          ))}
        </ol>
      )}
    </div>
  )
}
