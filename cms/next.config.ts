import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  output: 'standalone',
  poweredByHeader: false,
  // `npm test` typechecks the workspace; repeating it in every image build only costs time.
  typescript: { ignoreBuildErrors: true },
  // The workspace root, so the standalone output includes the pnpm store's files.
  outputFileTracingRoot: new URL('..', import.meta.url).pathname,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
