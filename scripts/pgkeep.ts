import { startPostgres } from './lib/postgres.ts'
const pg = await startPostgres({ dataDir: '/tmp/dk-scratch-pg', port: 54400 })
await pg.createDatabase('dk')
console.log('ready', pg.databaseUrl('dk'))
process.on('SIGTERM', async () => {
  await pg.stop()
  process.exit(0)
})
setInterval(() => {}, 1 << 30)
