// Scripts that post the sign-up form without a browser need the start time web signed into the
// page (web/src/lib/server/signup/startTime.ts): a made-up one is taken for a bot and dropped.

/** Three seconds, the form's minimum fill time, and a little more. */
const fillMs = 3_100

/** The page's signed `startedAt`, returned once a person could have filled in the form. */
export async function formStartedAt(pageUrl: string): Promise<string> {
  const html = await (await fetch(pageUrl)).text()
  const value = /name="startedAt" value="([^"]+)"/.exec(html)?.[1]
  if (!value) throw new Error(`no form start time in ${pageUrl}`)
  const waitMs = Number(value.split('.')[0]) + fillMs - Date.now()
  if (waitMs > 0) await new Promise((resolve) => setTimeout(resolve, waitMs))
  return value
}
