'use client'
import { FieldLabel, useConfig, useField } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

type Names = Map<string, string>

// Every cell of the list asks; the areas are fetched once per page load.
let areaNames: Promise<Names> | undefined

function fetchAreaNames(api: string): Promise<Names> {
  areaNames ??= fetch(
    `${api}/contribution-areas?limit=200&depth=0&select[key]=true&select[title]=true`,
    {
      credentials: 'include',
    },
  )
    .then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
    .then(
      (body: { docs: { key: string; title: string }[] }) =>
        new Map(body.docs.map((area) => [area.key, area.title])),
    )
    .catch((error: unknown) => {
      areaNames = undefined
      throw error
    })
  return areaNames
}

/** The names of the contribution areas behind the stored keys; a key without an area stays a key. */
function useInterestNames(keys: unknown): string[] {
  const {
    config: { routes },
  } = useConfig()
  const [names, setNames] = useState<Names>(new Map())
  useEffect(() => {
    let current = true
    fetchAreaNames(routes.api).then(
      (found) => current && setNames(found),
      () => {},
    )
    return () => {
      current = false
    }
  }, [routes.api])
  return (Array.isArray(keys) ? keys : []).map((key: string) => names.get(key) ?? key)
}

/** The submissions list's «Interessert i» column. */
export function InterestNamesCell({ cellData }: { cellData?: unknown }) {
  return <span>{useInterestNames(cellData).join(', ')}</span>
}

/** The same on a submission, read-only: what the person ticked is theirs. */
export function InterestNamesField({ path, field }: { path: string; field: { label?: unknown } }) {
  const { value } = useField<string[]>({ path })
  const names = useInterestNames(value)
  return (
    <div className="field-type interest-names" style={{ marginBottom: 'var(--base)' }}>
      <FieldLabel
        label={typeof field.label === 'string' ? field.label : 'Interessert i'}
        path={path}
      />
      {names.length ? (
        <ul style={{ margin: 0 }}>
          {names.map((name) => (
            <li key={name}>{name}</li>
          ))}
        </ul>
      ) : (
        <p style={{ margin: 0 }}>Ingen valgt.</p>
      )}
    </div>
  )
}
