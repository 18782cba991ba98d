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
 * so type-4 (EIP-7702) transactions work. Stop it with `stop()`; it also dies with this process.
 */
export async function startAnvil({ chainId = 31337, args = [] as string[] } = {}): Promise<Anvil> {
  for (let attempt = 0; ; attempt++) {
    const port = await freePort()
    const child = spawn(foundryBinary('anvil'), ['--port', String(port), '--host', '127.0.0.1', '--chain-id', String(chainId), '--hardfork', 'prague', ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
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
