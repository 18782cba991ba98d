import type { ChainSpec } from '../../core/chain-spec.js'
import { endpointName } from '../../rpc/stats.js'

/** The JSON-RPC methods txdoctor relies on, and what is lost without each. */
export const probes = [
  { method: 'eth_getLogs', params: [{ fromBlock: 'latest', toBlock: 'latest' }] },
  { method: 'eth_feeHistory', params: ['0x1', 'latest', [50]] },
  { method: 'eth_getTransactionCount', params: ['0x0000000000000000000000000000000000000000', 'pending'] },
  { method: 'debug_traceTransaction', params: [`0x${'0'.repeat(64)}`, { tracer: 'callTracer' }] },
] as const

/** Ids of the batch's calls: the chain id, the newest block, then one per probe. */
export const probeIds = { chainId: 1, block: 2, firstProbe: 10 } as const

export type RpcAnswer = { id: number; result?: unknown; error?: { code: number; message: string } }

/** What one node said to the probe batch, untouched: the evidence `checkNode` judges. */
export type NodeProbe = {
  url: string
  endpoint: string
  expected: ChainSpec | undefined
  /** When the probe was judged (ms since the epoch), for the head's age. */
  at: number
  latencyMs?: number
} & (
  | { reply: 'rate-limited'; retryAfter: string | null }
  | { reply: 'failed'; why: string }
  | { reply: 'answers'; answers: RpcAnswer[]; referenceHead?: bigint }
)

/**
 * "I can't connect to the node": one batched request (the chain id, the newest block, each method txdoctor relies
 * on) with a short timeout, plus the reference head from the chain's configured nodes when the chain is known.
 * Only I/O: the answers are judged by `checkNode`.
 */
export async function probeNode(
  url: string,
  expected: ChainSpec | undefined,
  { timeoutMs, fetchFn = fetch, now = Date.now, referenceHead }: { timeoutMs: number; fetchFn?: typeof fetch; now?: () => number; referenceHead?: () => Promise<bigint | undefined> },
): Promise<NodeProbe> {
  const base = { url, endpoint: endpointName(url), expected }
  const calls = [
    { jsonrpc: '2.0', id: probeIds.chainId, method: 'eth_chainId', params: [] },
    { jsonrpc: '2.0', id: probeIds.block, method: 'eth_getBlockByNumber', params: ['latest', false] },
    ...probes.map((p, i) => ({ jsonrpc: '2.0', id: probeIds.firstProbe + i, method: p.method, params: p.params })),
  ]
  const started = now()
  try {
    const [response, reference] = await Promise.all([
      fetchFn(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(calls), signal: AbortSignal.timeout(timeoutMs) }),
      referenceHead?.().catch(() => undefined),
    ])
    const latencyMs = now() - started
    if (response.status === 429) return { ...base, at: now(), latencyMs, reply: 'rate-limited', retryAfter: response.headers.get('retry-after') }
    if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`)
    const body = (await response.json()) as unknown
    return { ...base, at: now(), latencyMs, reply: 'answers', answers: (Array.isArray(body) ? body : [body]) as RpcAnswer[], ...(reference === undefined ? {} : { referenceHead: reference }) }
  } catch (error) {
    const why = error instanceof Error ? (error.name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : error.message) : String(error)
    return { ...base, at: now(), reply: 'failed', why }
  }
}
