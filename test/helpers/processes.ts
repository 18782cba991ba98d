import { spawn, type ChildProcess } from 'node:child_process'

/** Starts a long-running process and resolves once its output matches `ready`; stops it (and its children) on demand. */
export async function startProcess(command: string, args: string[], { env = {}, ready, timeoutMs = 60_000 }: { env?: Record<string, string>; ready: RegExp; timeoutMs?: number }) {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
  let output = ''
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${command} not ready after ${timeoutMs} ms:\n${output}`)), timeoutMs)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      if (ready.test(output)) {
        clearTimeout(timer)
        resolve()
      }
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', onData)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`${command} exited with ${code}:\n${output}`))
    })
  })
  return { child, output: () => output, stop: () => stopGroup(child) }
}

/** Kills the whole process group: wrangler and npx start children of their own. */
export function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    child.once('exit', () => resolve())
    try {
      process.kill(-child.pid!, 'SIGTERM')
    } catch {
      resolve()
    }
  })
}
