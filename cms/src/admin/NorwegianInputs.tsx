'use client'

import { useTranslation } from '@payloadcms/ui'
import { useEffect, type ReactNode } from 'react'

import { norwegianPickerTime } from './pickerTime'
import { rewriteAsItChanges } from './rewriteAsItChanges'

// The list search's placeholder is put together from the fields' labels with «Eller» between them
// (Payload's `general:or`, which elsewhere starts a sentence), so it read «Søk etter Navn Eller E-post».
const placeholders: ReadonlyMap<string, string> = new Map([
  ['Søk etter Navn Eller E-post', 'Søk etter navn eller e-post'],
])

const fixed = new WeakSet<HTMLInputElement>()

/**
 * Every value the date picker writes into its text field goes through norwegianPickerTime (the
 * schedule's «des. 2, 2026 2:30 p.m.» becomes «2. desember 2026 kl. 14:30»). The picker is React's
 * and writes its value again on each render, so the field's own value setter translates, not a
 * one-off edit.
 */
function translatePickerValue(input: HTMLInputElement) {
  if (fixed.has(input)) return
  fixed.add(input)
  const own = Object.getOwnPropertyDescriptor(input, 'value')
  const inherited = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')
  const descriptor = own ?? inherited
  if (!descriptor?.get || !descriptor.set) return
  const { get, set } = descriptor
  Object.defineProperty(input, 'value', {
    configurable: true,
    enumerable: descriptor.enumerable,
    get() {
      return get.call(this)
    },
    set(value: string) {
      set.call(this, norwegianPickerTime(String(value)) ?? value)
    },
  })
  const norsk = norwegianPickerTime(input.value)
  if (norsk !== undefined) input.value = norsk
}

/**
 * Norwegian in the text inputs Payload fills in itself, while the admin is in Norwegian: the date
 * picker's chosen time and the submissions list's search placeholder.
 */
export function NorwegianInputs({ children }: { children?: ReactNode }) {
  const { i18n } = useTranslation()
  const norwegian = i18n.language === 'nb'

  useEffect(() => {
    if (!norwegian) return
    const translate = (root: Node) => {
      if (!(root instanceof Element)) return
      const inputs = root.matches('input') ? [root] : [...root.querySelectorAll('input')]
      for (const input of inputs) {
        if (!(input instanceof HTMLInputElement)) continue
        if (input.closest('.react-datepicker__input-container')) translatePickerValue(input)
        const placeholder = placeholders.get(input.placeholder)
        if (placeholder !== undefined) input.placeholder = placeholder
      }
    }
    return rewriteAsItChanges(translate, { attributes: ['placeholder'] })
  }, [norwegian])

  return <>{children}</>
}
