import { env } from '../../env'

/** Where a recruiter reads one submission: behind the admin login, so the link itself tells nothing. */
export const submissionLink = (id: number) =>
  `${env.CMS_PUBLIC_URL}/admin/collections/form-submissions/${id}`
