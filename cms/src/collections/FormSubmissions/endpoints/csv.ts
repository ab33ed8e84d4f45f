/**
 * CSV as a spreadsheet opens it: a BOM so Excel reads UTF-8, semicolons because Norwegian Excel
 * splits on them, CRLF line ends, every cell quoted. A cell that starts like a formula gets a
 * leading apostrophe, so a visitor's "=HYPERLINK(…)" stays text (CSV injection).
 */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return '\uFEFF' + rows.map((row) => row.map(cell).join(';')).join('\r\n') + '\r\n'
}

const formulaStart = /^[=+\-@\t\r]/

function cell(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value)
  const safe = formulaStart.test(text) ? `'${text}` : text
  return `"${safe.replaceAll('"', '""')}"`
}
