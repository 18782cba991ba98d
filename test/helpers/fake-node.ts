import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { startLoopbackServer } from './loopback.js'
import type { AddressInfo } from 'node:net'

type Call = { jsonrpc: '2.0'; id: number; method: string; params?: unknown[] }
export type FakeNodeOptions = {
  chainId: number
  /** Answers one call; return undefined for "method not found". */
  answer?: (call: Call) => unknown
  /** Misbehave at the HTTP level before any JSON-RPC handling. */
  http?: (req: IncomingMessage, res: ServerResponse, body: string) => boolean
}

/**
 * A minimal JSON-RPC node on a free loopback port, for showing what the RPC layer does with endpoints a real
 * node cannot imitate (wrong chain, hanging, refusing). Records every HTTP request it receives.
 */
export async function startFakeNode({ chainId, answer = () => '0x1', http }: FakeNodeOptions) {
  const requests: Call[][] = []
  const server = await startLoopbackServer((req, res, body) => {
    if (http?.(req, res, body)) return
    const parsed = JSON.parse(body) as Call | Call[]
    const calls = Array.isArray(parsed) ? parsed : [parsed]
    requests.push(calls)
    const results = calls.map((call) => {
      const result = call.method === 'eth_chainId' ? `0x${chainId.toString(16)}` : answer(call)
      return result === undefined
        ? { jsonrpc: '2.0', id: call.id, error: { code: -32601, message: 'the method does not exist' } }
        : { jsonrpc: '2.0', id: call.id, result }
    })
    res.setHeader('content-type', 'application/json')
    res.end(JSON.stringify(Array.isArray(parsed) ? results : results[0]))
  })
  return { ...server, requests }
}

/** A loopback port with nothing listening: connections are refused at once. */
export async function deadUrl(): Promise<string> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return `http://127.0.0.1:${port}`
}
