import type { GlobalBeforeOperationHook } from 'payload'

/**
 * A save that is not a draft publishes. Payload builds such a save on the latest version, a
 * pending draft included, and keeps that version's status when the data names none (a script or
 * the seed saving a field): the settings would be stored as a draft, and visitors, who read only
 * published settings, would get none. Decided before the operation, the only place that still
 * knows whether the save is a draft (the field hooks fill the status in from the latest version).
 */
export const publishUnlessDraft: GlobalBeforeOperationHook = ({ args, operation }) => {
  if (operation !== 'update') return args
  const { draft, data } = args as { draft?: boolean; data?: Record<string, unknown> }
  if (draft || !data || data._status !== undefined) return args
  return { ...args, data: { ...data, _status: 'published' } }
}
