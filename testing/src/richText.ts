// Rich text as Payload's Lexical fields store it, for tests that write content over REST.

type Inline = Record<string, unknown>

/** A run of plain text, as the editor writes it. */
export const textRun = (text: string): Inline => ({
  type: 'text',
  version: 1,
  text,
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
})

/** A link around plain text, as the editor's link button makes it. */
export const linkTo = (url: string, text: string): Inline => ({
  type: 'link',
  version: 3,
  direction: null,
  format: '',
  indent: 0,
  fields: { url, newTab: false, linkType: 'custom' },
  children: [textRun(text)],
})

/** A rich text field holding one paragraph of these inline nodes (strings become text runs). */
export function oneParagraph(...children: (string | Inline)[]) {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: [
        {
          type: 'paragraph',
          version: 1,
          direction: null,
          format: '',
          indent: 0,
          textFormat: 0,
          children: children.map((child) => (typeof child === 'string' ? textRun(child) : child)),
        },
      ],
    },
  }
}
