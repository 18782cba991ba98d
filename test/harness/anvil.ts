import { spawn, type ChildProcess } from 'node:child_process'
import { createRequire } from 'node:module'
import { createServer } from 'node:net'
import { dirname, join } from 'node:path'

export type Anvil = { url: string; chainId: number; port: number; stop: () => Promise<void> }

/** A Foundry binary that `@foundry-rs/<tool>` installs as a platform package (no download at run time). */
export function foundryBinary(tool: 'anvil' | 'cast'): string {
  const arch = process.arch === 'x64' ? 'amd64' : process.arch
  const pkg = `@foundry-rs/${tool}-${process.platform}-${arch}/package.json`
  return join(dirname(createRequire(import.meta.url).resolve(pkg)), 'bin', process.platform === 'win32' ? `${tool}.exe` : tool)
}

export async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  await new Promise<void>((resolve) => server.close(() => resolve()))
  if (!address || typeof address === 'string') throw new Error('no free port')
  return address.port
}

/**
 * Starts a real local EVM node on a free loopback port and resolves once it accepts JSON-RPC. Prague rules,
 * so type-4 (EIP-7702) transactions work; another network family names its own forks (`--network optimism`:
 * `isthmus`). Stop it with `stop()`; it also dies with this process.
 */
export async function startAnvil({ chainId = 31337, args = [] as string[], hardfork = 'prague' } = {}): Promise<Anvil> {
  for (let attempt = 0; ; attempt++) {
    const port = await freePort()
    const child = spawn(foundryBinary('anvil'), ['--port', String(port), '--host', '127.0.0.1', '--chain-id', String(chainId), '--hardfork', hardfork, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    stopOnExit(child)
    try {
      await waitForListening(child)
      const url = `http://127.0.0.1:${port}`
      return { url, chainId, port, stop: () => stop(child) }
    } catch (error) {
      await stop(child)
      if (attempt >= 2) throw error // a port taken between our probe and anvil's bind: try another
    }
  }
}

/**
 * anvil does not notice its parent's end: a process that exits without stopping its nodes (process.exit() in a
 * signal handler before `lab.stop()` finished — `npm run demo` on Ctrl-C did — or an uncaught error) left them
 * running. Whatever is still running when this process exits is stopped then (synchronously: nothing
 * asynchronous runs in an 'exit' handler). One set and one listener per process, however often this module is
 * loaded (vitest loads it afresh for each test file).
 */
function stopOnExit(child: ChildProcess): void {
  const key = Symbol.for('txdoctor.test.anvils')
  const registry = globalThis as { [key]?: Set<ChildProcess> }
  let running = registry[key]
  if (!running) {
    const children = new Set<ChildProcess>()
    running = registry[key] = children
    process.once('exit', () => {
      for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGTERM')
    })
  }
  running.add(child)
  child.once('exit', () => running.delete(child))
}

function waitForListening(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = ''
    const timer = setTimeout(() => reject(new Error(`anvil did not start:\n${output}`)), 15_000)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('Listening on')) {
        clearTimeout(timer)
        child.stdout?.off('data', onData)
        child.stdout?.resume()
        child.stderr?.resume()
        resolve()
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`anvil exited with ${code}:\n${output}`))
    })
  })
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
}
