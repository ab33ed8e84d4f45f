import type { ArrayField, Block } from 'payload'

const RowTitle = '/fields/RowTitle#RowTitle'

/**
 * Norwegian names for an array's rows («Legg til Menypunkt», not Payload's «Navigation» from the
 * field name) and row headers that show each row's own text (fields/RowTitle.tsx).
 */
export function arrayRows(singular: string, plural: string): Pick<ArrayField, 'labels' | 'admin'> {
  return {
    labels: { singular, plural },
    admin: { components: { RowLabel: { path: RowTitle, clientProps: { kind: singular } } } },
  }
}

/** A block's header shows its kind and its own heading, never Payload's «Uten tittel». */
export function withRowTitle(block: Block): Block {
  return {
    ...block,
    admin: {
      ...block.admin,
      components: {
        ...block.admin?.components,
        Label: { path: RowTitle, clientProps: { kind: String(block.labels?.singular ?? '') } },
      },
    },
  }
}
