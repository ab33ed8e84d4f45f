# The public site (SvelteKit, adapter-node) for production. Build from the repository root:
#   docker build -f docker/web.Dockerfile -t datakollektivet/web .
# The final image holds web/server.js, the adapter-node build and web's production dependencies;
# no sources, no secrets.

# The base image is an argument so that a locally assembled Node 24 image can stand in for it
# (scripts/build-images.ts does that where images cannot be pulled).
ARG NODE_IMAGE=node:24.21.0-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /src
ENV CI=true \
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
    pnpm install --frozen-lockfile --store-dir /pnpm/store --filter '@dk/web...'
COPY shared/ shared/
COPY web/ web/
RUN pnpm --filter @dk/web build
# web's runtime dependencies alone, without the workspace's links (--legacy: pnpm 10 otherwise
# wants inject-workspace-packages).
RUN --mount=type=cache,id=dk-pnpm-store,target=/pnpm/store \
    pnpm --filter @dk/web deploy --prod --legacy --store-dir /pnpm/store /deploy

FROM ${NODE_IMAGE}
ENV NODE_ENV=production \
    PORT=3000 \
    HOST=0.0.0.0 \
    OUTBOX_DIR=/app/outbox \
    SNAPSHOT_DIR=/app/snapshot
WORKDIR /app
# Owned by root: the server cannot change its own code. It writes only to its form outbox
# and its content snapshot.
COPY --from=build /deploy/package.json /app/package.json
COPY --from=build /deploy/node_modules /app/node_modules
COPY --from=build /src/web/server.js /app/server.js
COPY --from=build /src/web/build /app/build
RUN mkdir -p /app/outbox /app/snapshot && chown node:node /app/outbox /app/snapshot
USER node
EXPOSE 3000
# Submissions the CMS could not take yet wait here; the volume keeps them across restarts.
# The last good content from the CMS, served by a web that starts while the CMS is down.
VOLUME ["/app/outbox", "/app/snapshot"]
# /healthz says the process answers; /readyz (which also asks the CMS) is for humans and monitoring
# (up or down only; details on the internal /hooks/readyz),
# since the site keeps serving cached pages while the CMS is down.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# V8 heap sizes: scripts/lib/webNodeFlags.ts says why.
CMD ["node", "--max-semi-space-size=8", "--max-old-space-size=96", "server.js"]
# Last, so that a new commit changes only this layer: where the source is and which commit.
ARG SOURCE_URL=unknown
ARG REVISION=unknown
LABEL org.opencontainers.image.title="datakollektivet-web" \
      org.opencontainers.image.source="${SOURCE_URL}" \
      org.opencontainers.image.revision="${REVISION}"
