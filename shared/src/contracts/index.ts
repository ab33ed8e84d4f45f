// One module per conversation between web and the CMS: its path, its request and response schemas,
// and what each answer means. Both sides import these, so a mismatch fails `tsc` or a test.
export * from './newsletter.ts'
export * from './answer.ts'
export * from './changes.ts'
export * from './pageView.ts'
export * from './preview.ts'
export * from './siteSettings.ts'
export * from './submission.ts'
