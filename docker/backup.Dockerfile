# The scheduled backup (compose service `backup`, docker/backup/dk-backup): the postgres image, so
# that pg_dump and pg_restore are always the server's own version, plus restic from the image's
# Debian packages. Build from the repository root:
#   docker build -f docker/backup.Dockerfile -t datakollektivet/backup .
ARG POSTGRES_IMAGE=postgres:18.6
FROM ${POSTGRES_IMAGE}
RUN apt-get update \
 && apt-get install -y --no-install-recommends restic curl ca-certificates \
 && rm -rf /var/lib/apt/lists/*
COPY docker/backup/dk-backup /usr/local/bin/dk-backup
# The media volume is shared with cms, and a new volume takes the owner of the folder it is first
# mounted on: the same as cms's (node, uid 1000), whichever container starts first.
RUN mkdir -p /media && chown 1000:1000 /media
# Root in the container: it must read every media file and restore them with their owner (uid
# 1000, cms's user). compose drops every capability but those.
ENTRYPOINT []
CMD ["dk-backup", "loop"]
HEALTHCHECK --interval=5m --timeout=30s --start-period=1m --retries=1 CMD ["dk-backup", "health"]
# Last, so that a new commit changes only this layer: where the source is and which commit.
ARG SOURCE_URL=unknown
ARG REVISION=unknown
LABEL org.opencontainers.image.title="datakollektivet-backup" \
      org.opencontainers.image.source="${SOURCE_URL}" \
      org.opencontainers.image.revision="${REVISION}"
