import type { Config } from '../config/config.js'
import { endpointName } from '../rpc/stats.js'

/** How long one node may take to say its chain id and head before it is reported unhealthy. */
const probeTimeoutMs = 2_500

/** Probes every node of every enabled chain once (chain id and head, in one batch), all in parallel. */
export async function chainsHealth(config: Config, fetchFn: typeof fetch = fetch) {
  return Promise.all(
    config.chains.map(async (chain) => ({
      id: chain.id,
      key: chain.key,
      name: chain.name,
      nodes: await Promise.all(chain.rpcUrls.map((url) => probe(url, chain.id, fetchFn))),
    })),
  )
}

async function probe(url: string, expected: number, fetchFn: typeof fetch) {
  const endpoint = endpointName(url)
  const started = Date.now()
  try {
    const response = await fetchFn(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([
        { jsonrpc: '2.0', id: 1, method: 'eth_chainId', params: [] },
        { jsonrpc: '2.0', id: 2, method: 'eth_blockNumber', params: [] },
      ]),
      signal: AbortSignal.timeout(probeTimeoutMs),
    })
    if (response.status === 429) return { endpoint, ok: false, problem: 'RPC_RATE_LIMITED' }
    const body = (await response.json()) as { id: number; result?: string }[]
    const chainId = Number(body.find((r) => r.id === 1)?.result)
    const head = body.find((r) => r.id === 2)?.result
    const latencyMs = Date.now() - started
    if (chainId !== expected) return { endpoint, ok: false, chainId, latencyMs, problem: 'RPC_WRONG_CHAIN' }
    return { endpoint, ok: true, chainId, ...(head ? { head: BigInt(head).toString() } : {}), latencyMs }
  } catch {
    return { endpoint, ok: false, problem: 'RPC_UNREACHABLE' }
  }
}
