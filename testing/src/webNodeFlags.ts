// How web's Node runs, wherever it runs production code: the image (docker/web.Dockerfile CMD),
// `pnpm --filter @dk/web start` and the test and bench stack (stack.ts); webNodeFlags.spec.ts keeps
// them the same.
//
// Why (issue 16; heap snapshots before and after the bench's page and form loads, three rounds):
// web's live heap stayed at 25 MB from one round to the next (no constructor grew; the bounded
// maps, kept pages and outbox hold little), yet its RSS went from 100 MB idle to 255 MB after a
// burst of sign-ups and 314 MB after the next, nearly all of it V8 heap pages. Under 50
// concurrent posts (each renders a page) the young generation grew to its default maximum and the
// objects of requests still in flight were promoted, so the old generation filled with garbage
// that only a full collection, much later, frees. A small young generation and a bounded old one
// keep the heap near its live size: 138 MB after the loads and 140 MB after them again, for the
// same throughput. 96 MB of old generation is about four times the live heap.
export const webNodeFlags = ['--max-semi-space-size=8', '--max-old-space-size=96']
