// Whether SvelteKit answers a form post with the page (HTML) or with the action's result as JSON
// (use:enhance asks for that): it negotiates the Accept header between the two, application/json
// first. The kept thank-you (hooks.server.ts) may stand in only for the page, so this decides the
// same way: the highest q wins, then a concrete type over a wildcard, then the order in the header;
// on a tie between the two (e.g. no header, or */*) JSON wins; a header that accepts neither gets
// the page.

type Range = { type: string; subtype: string; q: number; index: number }

const rangePattern = /^[ \t]*([^/ \t]+)\/([^; \t]+)[ \t]*(?:;[ \t]*q=([0-9.]+))?/

export function prefersPage(accept: string | null): boolean {
  const ranges: Range[] = []
  ;(accept ?? '*/*').split(',').forEach((part, index) => {
    const match = rangePattern.exec(part)
    if (match)
      ranges.push({ type: match[1]!, subtype: match[2]!, q: Number(match[3] ?? '1'), index })
  })
  ranges.sort((a, b) => {
    // As SvelteKit compares: two different q values decide even when one is not a number.
    if (a.q !== b.q) return b.q - a.q
    if ((a.subtype === '*') !== (b.subtype === '*')) return a.subtype === '*' ? 1 : -1
    if ((a.type === '*') !== (b.type === '*')) return a.type === '*' ? 1 : -1
    return a.index - b.index
  })
  const rank = (type: string, subtype: string) =>
    ranges.findIndex(
      (range) =>
        (range.type === type || range.type === '*') &&
        (range.subtype === subtype || range.subtype === '*'),
    )
  const html = rank('text', 'html')
  const json = rank('application', 'json')
  return json === -1 || (html !== -1 && html < json)
}
