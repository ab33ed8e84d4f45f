import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

/**
 * Headers the CMS sends itself, so it is safe when reached without Caddy too (Caddy adds the same
 * only where they are missing). Nothing of the CMS is ever shown in a frame: live preview is web's
 * page framed BY the admin, so the admin itself needs no framing.
 */
const securityHeaders = [
  {
    source: '/:path*',
    headers: [
      // Uploaded files are served as what their type says, never sniffed into HTML or script.
      { key: 'X-Content-Type-Options', value: 'nosniff' },
      { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
      { key: 'X-Frame-Options', value: 'DENY' },
      { key: 'Content-Security-Policy', value: "frame-ancestors 'none'" },
    ],
  },
]

const nextConfig: NextConfig = {
  output: 'standalone',
  poweredByHeader: false,
  // Caddy compresses every answer that leaves the host (encode zstd gzip); compressing here too
  // only cost the CMS CPU on each answer to web over the internal network (about 4 % of its busy
  // time while storing a burst of sign-ups, issue 16) and web the CPU to undo it.
  compress: false,
  headers: async () => securityHeaders,
  // `npm test` typechecks the workspace; repeating it in every image build only costs time.
  typescript: { ignoreBuildErrors: true },
  // The workspace root, so the standalone output includes the pnpm store's files.
  outputFileTracingRoot: new URL('..', import.meta.url).pathname,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
