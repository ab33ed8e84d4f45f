'use client'
import { useRowLabel } from '@payloadcms/ui'

type Row = {
  blockType?: string
  heading?: string | null
  title?: string | null
  text?: string | null
  link?: { label?: string | null } | null
}

type Props = {
  /** The row's kind: the block's or the array row's label, e.g. «Toppseksjon», «Menypunkt». */
  kind?: string
}

/**
 * A block's or an array row's header: its number, its kind and its own title (heading, title, link
 * text or text), so an editor finds a section by what it says, not by «Uten tittel».
 */
export function RowTitle({ kind = '' }: Props) {
  const { data, rowNumber } = useRowLabel<Row>()
  const number = String((rowNumber ?? 0) + 1).padStart(2, '0')
  const title = data?.heading || data?.title || data?.link?.label || data?.text || ''
  const short = title.length > 70 ? `${title.slice(0, 69)}…` : title
  return (
    <span className="row-title">
      {number} {kind}
      {short && (
        <>
          : <span className="row-title__text">{short}</span>
        </>
      )}
    </span>
  )
}
