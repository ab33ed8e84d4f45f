// Builders for the Lexical JSON that Payload's rich text fields store, so the seed can hold
// the copy as plain strings.
import type { ProblemCard } from '../payload-types'

/** The stored shape of every rich text field (Payload generates one type for all of them). */
export type RichText = ProblemCard['description']

type TextRun = string | { text: string; bold?: boolean; italic?: boolean }

const textFormat = { bold: 1, italic: 2 } as const

function textNode(run: TextRun) {
  const { text, bold, italic } = typeof run === 'string' ? { text: run } : run
  return {
    type: 'text',
    version: 1,
    text,
    format: (bold ? textFormat.bold : 0) | (italic ? textFormat.italic : 0),
    style: '',
    mode: 'normal',
    detail: 0,
  }
}

const blockDefaults = { format: '', indent: 0, version: 1, direction: 'ltr' } as const

export function paragraph(...runs: TextRun[]) {
  return {
    ...blockDefaults,
    type: 'paragraph',
    textFormat: 0,
    textStyle: '',
    children: runs.map(textNode),
  }
}

export function richText(...paragraphs: (string | ReturnType<typeof paragraph>)[]): RichText {
  const children = paragraphs.map((p) => (typeof p === 'string' ? paragraph(p) : p))
  return { root: { ...blockDefaults, type: 'root', children } }
}
