import { createPublicClient, defineChain, fallback, shouldThrow as viemShouldThrow, type Chain, type PublicClient } from 'viem'
import { isLogRangeError } from './log-range.js'
import { mainnet } from 'viem/chains'
import type { ChainSpec } from '../core/chain-spec.js'
import type { Config } from '../config/config.js'
import { RpcStats } from './stats.js'
import { verifiedTransport } from './verified-transport.js'

export type RpcSession = {
  /** A client for one chain; created on first use, shared by everything in this diagnosis. */
  client(chain: ChainSpec): PublicClient
  stats: RpcStats
}

export type SessionOptions = { fetchFn?: typeof fetch | undefined }

/**
 * The RPC side of one diagnosis: a viem client per chain over a `fallback` of that chain's endpoints (each
 * batched, chain-id-verified and counted), and the stats that end up in `meta`. Create one per diagnosis.
 */
export function createRpcSession(config: Pick<Config, 'rpcTimeoutMs'>, { fetchFn }: SessionOptions = {}): RpcSession {
  const stats = new RpcStats()
  const clients = new Map<number, PublicClient>()
  return {
    stats,
    client(chain) {
      let client = clients.get(chain.id)
      if (!client) {
        const transports = chain.rpcUrls.map((url) =>
          verifiedTransport({ url, chainId: chain.id, stats, timeoutMs: config.rpcTimeoutMs, fetchFn }),
        )
        client = createPublicClient({
          chain: toViemChain(chain),
          // One retry of the whole list covers a blip; more would blow the request budget on a dead chain.
          transport: fallback(transports, { retryCount: 1, retryDelay: 100, shouldThrow: (error) => isLogRangeError(error) || viemShouldThrow(error) }),
        }) as PublicClient
        clients.set(chain.id, client)
      }
      return client
    },
  }
}

export function toViemChain(chain: ChainSpec): Chain {
  return defineChain({
    id: chain.id,
    name: chain.name,
    nativeCurrency: chain.nativeCurrency,
    rpcUrls: { default: { http: chain.rpcUrls } },
    // ENS resolution goes through mainnet's Universal Resolver, which viem's own chain definition tracks.
    contracts: { ...(chain.id === mainnet.id ? mainnet.contracts : {}), multicall3: { address: chain.contracts.multicall3 } },
    ...(chain.explorers[0] ? { blockExplorers: { default: { name: chain.name, url: chain.explorers[0] } } } : {}),
  })
}
