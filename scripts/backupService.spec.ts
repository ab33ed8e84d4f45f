// docker/backup/dk-backup, the backup service's script, on this machine: what it records for the
// health check and what it tells the webhook. pg_dump and restic are stand-ins on PATH here that
// succeed or fail on demand; the real ones run in `npm run test:containers` (step 5).
import { spawn, spawnSync } from 'node:child_process'
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { repoRoot } from '@dk/testing/paths'

const script = join(repoRoot, 'docker', 'backup', 'dk-backup')
const hasCurl = spawnSync('sh', ['-c', 'command -v curl'], { stdio: 'ignore' }).status === 0

describe.skipIf(!hasCurl)('dk-backup (the backup service)', () => {
  let work: string
  let server: Server
  let webhookUrl: string
  let messages: string[] = []

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'dk-backup-service-'))
    const bin = join(work, 'bin')
    await mkdir(bin)
    // pg_dump writes the file it is given, unless told to fail; restic logs its arguments.
    await writeFile(
      join(bin, 'pg_dump'),
      '#!/bin/sh\n[ -z "$FAIL_PG_DUMP" ] || { echo "pg_dump: error: secret detail" >&2; exit 1; }\nfor a; do case $a in --file=*) echo dump >"${a#--file=}";; esac; done\n',
    )
    await writeFile(join(bin, 'restic'), '#!/bin/sh\necho "$*" >>"$RESTIC_LOG"\n')
    await chmod(join(bin, 'pg_dump'), 0o755)
    await chmod(join(bin, 'restic'), 0o755)
    server = createServer((request, response) => {
      let body = ''
      request.on('data', (chunk: Buffer) => (body += chunk.toString()))
      request.on('end', () => {
        messages.push(body)
        response.end('ok')
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const address = server.address()
    webhookUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/hook`
  })
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve))
    await rm(work, { recursive: true, force: true })
  })
  beforeEach(async () => {
    messages = []
    await rm(join(work, 'status'), { recursive: true, force: true })
    await rm(join(work, 'restic.log'), { force: true })
  })

  /** Runs the script asynchronously: the webhook server above answers in this process. */
  const run = (args: string[], extra: Record<string, string> = {}) =>
    new Promise<{ status: number; stdout: string }>((resolve) => {
      const child = spawn('sh', [script, ...args], {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: {
          PATH: `${join(work, 'bin')}:${process.env.PATH ?? ''}`,
          BACKUP_STATUS_DIR: join(work, 'status'),
          BACKUP_WORK_DIR: join(work, 'tmp'),
          BACKUP_MEDIA_DIR: join(work, 'media'),
          BACKUP_WEBHOOK_URL: webhookUrl,
          RESTIC_LOG: join(work, 'restic.log'),
          ...extra,
        },
      })
      let stdout = ''
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
      child.on('close', (status) => resolve({ status: status ?? 1, stdout }))
    })

  it('records a good backup for the health check, keeps the retention, tells nobody', async () => {
    const result = await run(['now'])
    expect(result.status).toBe(0)
    expect(await readFile(join(work, 'status', 'last'), 'utf8')).toContain('result=ok')
    const restic = await readFile(join(work, 'restic.log'), 'utf8')
    expect(restic).toMatch(/^backup .*database\.dump .*media$/m)
    expect(restic).toMatch(/^forget .*--prune --keep-daily 7 --keep-weekly 5 --keep-monthly 12$/m)
    expect((await run(['health'])).status).toBe(0)
    expect(messages).toEqual([])
  })

  it('fails the health check and posts a message without the tool’s output when a step fails', async () => {
    const result = await run(['now'], { FAIL_PG_DUMP: '1' })
    expect(result.status).not.toBe(0)
    expect(await readFile(join(work, 'status', 'last'), 'utf8')).toMatch(
      /result=failed\nstep=pg_dump/,
    )
    const health = await run(['health'])
    expect(health.status).toBe(1)
    expect(health.stdout).toContain('last backup failed')
    expect(messages).toHaveLength(1)
    const { text } = JSON.parse(messages[0]!) as { text: string }
    expect(text).toContain('Sikkerhetskopien')
    expect(text).toContain('pg_dump')
    expect(text).not.toContain('secret detail')
  })

  it('is unhealthy when no backup has succeeded for longer than allowed', async () => {
    await mkdir(join(work, 'status'))
    const old = Math.floor(Date.now() / 1000) - 27 * 3600
    await writeFile(join(work, 'status', 'last-success'), `${old}\n`)
    expect((await run(['health'])).status).toBe(1)
    await writeFile(join(work, 'status', 'last-success'), `${old + 2 * 3600}\n`)
    expect((await run(['health'])).status).toBe(0)
  })
})
