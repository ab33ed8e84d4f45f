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

/** A heading inside a section; the section's own title is the h2, so these start at h3. */
export function heading(tag: 'h3' | 'h4', ...runs: TextRun[]) {
  return { ...blockDefaults, type: 'heading', tag, children: runs.map(textNode) }
}

/** A bulleted list with one text run per item. */
export function bulletList(...items: TextRun[]) {
  return {
    ...blockDefaults,
    type: 'list',
    listType: 'bullet',
    tag: 'ul',
    start: 1,
    children: items.map((item, index) => ({
      ...blockDefaults,
      type: 'listitem',
      value: index + 1,
      children: [textNode(item)],
    })),
  }
}

type BlockNode = ReturnType<typeof paragraph | typeof heading | typeof bulletList>

/** Rich text from block nodes; a plain string is a paragraph. */
export function richText(...blocks: (string | BlockNode)[]): RichText {
  const children = blocks.map((block) => (typeof block === 'string' ? paragraph(block) : block))
  return { root: { ...blockDefaults, type: 'root', children } }
}
