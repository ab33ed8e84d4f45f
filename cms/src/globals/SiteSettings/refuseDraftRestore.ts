import { APIError, type GlobalBeforeOperationHook } from 'payload'

/**
 * Payload 3.90 restores a global's version «as a draft» by also overwriting the published global,
 * so visitors would get the restored settings at once, marked as a draft (and web, which reads only
 * published settings, none at all). The admin restores the settings as a draft by saving the
 * version's content as the new draft (patches/@payloadcms__next@3.90.1.patch); the restore
 * endpoint itself is refused for drafts. Restoring and publishing at once stays as Payload has it.
 */
export const refuseDraftRestore: GlobalBeforeOperationHook = ({ args, operation }) => {
  if (operation === 'restoreVersion' && (args as { draft?: boolean }).draft)
    throw new APIError(
      'Innstillingene gjenopprettes som utkast fra versjonen i admin («Gjenopprett som utkast»).',
      400,
    )
  return args
}
