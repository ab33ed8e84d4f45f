# The CMS (Payload in Next.js) for production. Build from the repository root:
#   docker build -f docker/cms.Dockerfile -t datakollektivet/cms .
# The final image holds Next's standalone output only (server, traced node_modules, static files);
# no sources, no secrets. Migrations run when it starts (Payload's prodMigrations).

# The base image is an argument so that a locally assembled Node 24 image can stand in for it
# (scripts/build-images.ts does that where images cannot be pulled).
ARG NODE_IMAGE=node:24.21.0-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /src
ENV NEXT_TELEMETRY_DISABLED=1 \
    CI=true \
    PNPM_HOME=/pnpm \
    PATH=/pnpm:$PATH
# pnpm from the npm registry at the version package.json pins ("packageManager"); no corepack.
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml .npmrc tsconfig.base.json ./
# pnpm applies these patches at install (patchedDependencies in pnpm-workspace.yaml).
COPY patches/ patches/
RUN npm install --global --no-audit --no-fund \
      "pnpm@$(node -p "require('./package.json').packageManager.split('@')[1]")"
# The manifests alone first, so the dependency layer is reused while only sources change.
COPY cms/package.json cms/
COPY shared/package.json shared/
COPY web/package.json web/
COPY testing/package.json testing/
RUN --mount=type=cache,id=dk-pnpm-store,target=/pnpm/store \
    pnpm install --frozen-lockfile --store-dir /pnpm/store --filter '@dk/cms...'
COPY shared/ shared/
COPY cms/ cms/
# The build copies .next/static into the standalone folder (cms/package.json "build").
RUN pnpm --filter @dk/cms build

FROM ${NODE_IMAGE}
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3001 \
    HOSTNAME=0.0.0.0 \
    MEDIA_DIR=/app/media
WORKDIR /app
# Owned by root: the server cannot change its own code. It writes only uploaded media and Next's
# cache, which belong to the unprivileged user the official Node image provides (node, uid 1000).
COPY --from=build /src/cms/.next/standalone/ /app/
RUN mkdir -p /app/media /app/cms/.next/cache \
 && chown node:node /app/media /app/cms/.next/cache
USER node
WORKDIR /app/cms
EXPOSE 3001
VOLUME ["/app/media"]
# GET /api/health answers 200 only when Payload is up and PostgreSQL answers. The first start
# runs the migrations, hence the long start period.
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "server.js"]
# Last, so that a new commit changes only this layer: where the source is and which commit.
ARG SOURCE_URL=unknown
ARG REVISION=unknown
LABEL org.opencontainers.image.title="datakollektivet-cms" \
      org.opencontainers.image.source="${SOURCE_URL}" \
      org.opencontainers.image.revision="${REVISION}"
