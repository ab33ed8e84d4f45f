'use client'

import { getTranslation } from '@payloadcms/translations'
import {
  escapeDiffHTML,
  FieldDiffContainer,
  getHTMLDiffComponents,
  unescapeDiffHTML,
  useTranslation,
} from '@payloadcms/ui'
import type { SelectFieldDiffClientComponent } from 'payload'

/**
 * The version comparison of a single-choice field, by the options' Norwegian labels, with «Ingen»
 * for no choice. Payload's own writes an empty choice as «null».
 */
export const SelectDiff: SelectFieldDiffClientComponent = ({
  comparisonValue,
  field,
  locale,
  nestingLevel,
  versionValue,
}) => {
  const { i18n } = useTranslation()
  const label = (value: unknown) => {
    if (value === null || value === undefined || value === '') return 'Ingen'
    const option = field.options.find(
      (each) => (typeof each === 'string' ? each : each.value) === value,
    )
    if (option === undefined) return String(value)
    if (typeof option === 'string') return option
    const translated = getTranslation(option.label, i18n)
    return typeof translated === 'string' ? translated : option.value
  }
  const { From, To } = getHTMLDiffComponents({
    fromHTML: `<p>${escapeDiffHTML(label(comparisonValue))}</p>`,
    toHTML: `<p>${escapeDiffHTML(label(versionValue))}</p>`,
    postProcess: unescapeDiffHTML,
    tokenizeByCharacter: true,
  })
  return (
    <FieldDiffContainer
      className="select-diff"
      From={From}
      To={To}
      i18n={i18n}
      label={{ label: field.label, locale }}
      nestingLevel={nestingLevel}
    />
  )
}
