/** Liveness: the process answers. Says nothing about the CMS (see /readyz). */
export function GET() {
  return new Response('ok\n', {
    headers: { 'Content-Type': 'text/plain', 'Cache-Control': 'no-store' },
  })
}
