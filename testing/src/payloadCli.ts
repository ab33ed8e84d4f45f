import { spawn } from 'node:child_process'
import { join } from 'node:path'

import { cmsDir } from './paths.ts'

/** Runs Payload's CLI (`migrate`, `run <script>`, `generate:types`, ...) in cms/ and waits for it. */
export function payloadCli(
  args: string[],
  env: NodeJS.ProcessEnv,
  log: (text: string) => void = (text) => process.stdout.write(text),
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [join(cmsDir, 'node_modules', 'payload', 'bin.js'), ...args],
      {
        cwd: cmsDir,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let output = ''
    const collect = (chunk: Buffer) => {
      output += chunk
      log(String(chunk))
    }
    child.stdout.on('data', collect)
    child.stderr.on('data', collect)
    child.on('error', reject)
    child.on('exit', (code) => {
      if (code === 0) resolve()
      else
        reject(
          new Error(`payload ${args.join(' ')} failed with code ${code}:\n${output.slice(-4000)}`),
        )
    })
  })
}
