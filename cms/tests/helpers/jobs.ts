import type { Payload } from 'payload'

/** Runs the queued notices of one submission now (the queue's cron is off under vitest). */
export async function runJobsForSubmission(payload: Payload, submission: number) {
  await payload.jobs.run({ where: { 'input.submission': { equals: submission } }, limit: 10 })
}
