import { readFileSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { startLoopbackServer } from './loopback.js'

type Call = { id: number | string; method: string; params?: unknown[] }
type Span = { start: number; end: number }

export type ProxyOptions = {
  /** The real node behind the proxy. */
  target: string
  /** Methods answered with "method not found", as most public nodes do for debug_* and txpool_*. */
  refuse?: string[]
  /** Added before each response: public-node latency. */
  delayMs?: number
  /** Answers one call itself (return the JSON-RPC response object), or undefined to pass it to the node. */
  answer?: (call: Call) => unknown
  /** Lets a test misbehave per request; return true when it has answered. */
  intercept?: (calls: Call[], res: ServerResponse, req: IncomingMessage) => boolean | Promise<boolean>
}

/**
 * A JSON-RPC proxy in front of a real node that behaves like a public endpoint: refuses some methods, adds
 * latency, and counts what passes through. Loopback only.
 */
export async function startRpcProxy({ target, refuse = [], delayMs = 0, answer, intercept }: ProxyOptions) {
  const stats = { requests: 0, calls: 0, spans: [] as Span[] }
  const server = await startLoopbackServer(async (req, res, body) => {
    const parsed = JSON.parse(body) as Call | Call[]
    const calls = Array.isArray(parsed) ? parsed : [parsed]
    stats.requests += 1
    stats.calls += calls.length
    const span = { start: performance.now(), end: Infinity }
    stats.spans.push(span)
    res.once('finish', () => (span.end = performance.now()))
    if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs))
    if (intercept && (await intercept(calls, res, req))) return
    const answers = await Promise.all(
      calls.map(async (call) => {
        const own = answer?.(call)
        if (own !== undefined) return own
        if (refuse.some((m) => call.method === m || (m.endsWith('*') && call.method.startsWith(m.slice(0, -1)))))
          return { jsonrpc: '2.0', id: call.id, error: { code: -32601, message: `the method ${call.method} does not exist/is not available` } }
        const response = await fetch(target, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', ...call }) })
        return (await response.json()) as unknown
      }),
    )
    res.setHeader('content-type', 'application/json')
    res.end(JSON.stringify(Array.isArray(parsed) ? answers : answers[0]))
  })
  return { ...server, stats }
}

/**
 * Sequential round trips seen from the node's side: the longest chain of requests each sent after the previous
 * one was answered (the most non-overlapping spans, found earliest-end first). Latency multiplies this number.
 */
export function roundTripsOf(spans: Span[]): number {
  let count = 0
  let free = -Infinity
  for (const span of [...spans].sort((a, b) => a.end - b.end)) {
    if (span.start >= free) {
      count += 1
      free = span.end
    }
  }
  return count
}

/** An `answer` for startRpcProxy: refuses eth_getLogs over more than `blocks` blocks, in a public node's words. */
export function refuseLogRangesOver(blocks: number, { code = -32000, message = `range too large, max range: ${blocks}` } = {}) {
  return (call: Call) => {
    if (call.method !== 'eth_getLogs') return undefined
    const { fromBlock, toBlock } = (call.params as [{ fromBlock: string; toBlock: string }])[0]
    if (Number(toBlock) - Number(fromBlock) < blocks) return undefined
    return { jsonrpc: '2.0', id: call.id, error: { code, message } }
  }
}

/** geth's answer for state it no longer keeps, as recorded in fixtures/state-unavailable-errors.json. */
const missingTrieNode = (
  JSON.parse(readFileSync(new URL('../../fixtures/state-unavailable-errors.json', import.meta.url), 'utf8')) as { stateUnavailable: { code: number; message: string }[] }
).stateUnavailable[0]!

const stateMethods = new Set(['eth_call', 'eth_getBalance', 'eth_getTransactionCount', 'eth_getCode', 'eth_getStorageAt'])

/**
 * An `answer` for startRpcProxy: a full node that keeps no state but the newest — state reads at a numbered
 * block get geth's "missing trie node"; everything else goes to `next` (or the node).
 */
export function prunedState(next?: (call: Call) => unknown) {
  return (call: Call) => {
    const block = stateMethods.has(call.method) ? call.params?.at(-1) : undefined
    if (typeof block === 'string' && /^0x[0-9a-f]+$/i.test(block)) return { jsonrpc: '2.0', id: call.id, error: missingTrieNode }
    return next?.(call)
  }
}
