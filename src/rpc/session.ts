import { createClient, defineChain, hexToBigInt, fallback, shouldThrow as viemShouldThrow, type Chain, type Client, type FallbackTransport, type PublicActions } from 'viem'
import { getBalance, getBlock, getCode, getEnsAddress, getFeeHistory, getGasPrice, getTransactionCount, multicall, readContract } from 'viem/actions'
import { isLogRangeError } from './log-range.js'
import { mainnet } from 'viem/chains'
import type { ChainSpec } from '../core/chain-spec.js'
import type { Config } from '../config/config.js'
import { executionError } from './execution-error.js'
import { offchainGuard, type OffchainGuard } from './offchain.js'
import { RpcStats } from './stats.js'
import type { TronSpec } from '../core/tron-spec.js'
import { createTronClient, type TronClient } from './tron-client.js'
import { verifiedTransport } from './verified-transport.js'

/**
 * The viem actions txdoctor uses, and no others. viem's `createPublicClient` attaches every public action, and
 * with them signature verification (secp256k1, ERC-6492/8010, BIP-32): ~30 KiB of the Worker for code never run.
 */
function rpcActions(client: Client<FallbackTransport, Chain>): UsedActions {
  // The same wiring as viem's own publicActions, for these actions only.
  return {
    getBalance: (args) => getBalance(client, args),
    getBlock: (args) => getBlock(client, args),
    // Not viem's getBlockNumber: it memoizes every answer in a module-wide map under the client's id, and a
    // diagnosis makes a new client, so a long-running server would keep one entry per diagnosis forever.
    getBlockNumber: async () => hexToBigInt(await client.request({ method: 'eth_blockNumber' })),
    getCode: (args) => getCode(client, args),
    getEnsAddress: (args) => getEnsAddress(client, args),
    getFeeHistory: (args) => getFeeHistory(client, args),
    getGasPrice: () => getGasPrice(client),
    getTransactionCount: (args) => getTransactionCount(client, args),
    multicall: (args) => multicall(client, args),
    readContract: (args) => readContract(client, args),
  }
}

type UsedActions = { getBlockNumber: () => Promise<bigint> } & Pick<
  PublicActions<FallbackTransport, Chain>,
  'getBalance' | 'getBlock' | 'getCode' | 'getEnsAddress' | 'getFeeHistory' | 'getGasPrice' | 'getTransactionCount' | 'multicall' | 'readContract'
>

export type RpcClient = Client<FallbackTransport, Chain> & UsedActions

export type RpcSession = {
  /** A client for one chain; created on first use, shared by everything in this diagnosis. Never follows offchain lookups. */
  client(chain: ChainSpec): RpcClient
  /** A client for resolving ENS names: the one that follows EIP-3668 offchain lookups, under `offchain`'s policy. */
  ensClient(chain: ChainSpec): RpcClient
  /**
   * A client for work that runs beside the answer's own reads and may be slow (an approvals scan's wide log
   * queries): its own requests and batches, so a slow call never holds up the answer's; counted in the same stats.
   */
  sideClient(chain: ChainSpec): RpcClient
  /** TRON's full-node HTTP API: one client per diagnosis, counted in the same stats. */
  tron(spec: TronSpec): TronClient
  /** Gateway URLs an ENS resolver named and the policy refused. */
  offchain: Pick<OffchainGuard, 'refused' | 'failed'>
  stats: RpcStats
}

export type SessionOptions = {
  /** The fetch that reaches nodes (tests put fakes here). */
  fetchFn?: typeof fetch | undefined
  /** The fetch that reaches offchain gateways named by chain data; on Node, one that refuses private addresses. */
  gatewayFetch?: typeof fetch | undefined
}

/**
 * The RPC side of one diagnosis: a viem client per chain over a `fallback` of that chain's endpoints (each
 * batched, chain-id-verified and counted), and the stats that end up in `meta`. Create one per diagnosis.
 */
export function createRpcSession(config: Pick<Config, 'rpcTimeoutMs'>, { fetchFn, gatewayFetch, signal = new AbortController().signal }: SessionOptions & { signal?: AbortSignal } = {}): RpcSession {
  const stats = new RpcStats()
  const clients = new Map<string, RpcClient>()
  const guard = offchainGuard({ fetchFn: gatewayFetch, signal, timeoutMs: config.rpcTimeoutMs })
  const clientFor = (chain: ChainSpec, lane: 'main' | 'ens' | 'side'): RpcClient => {
    const ens = lane === 'ens'
    const key = `${chain.id}:${lane}`
    let client = clients.get(key)
    if (!client) {
      const transports = chain.rpcUrls.map((url) =>
        verifiedTransport({ url, chainId: chain.id, stats, timeoutMs: config.rpcTimeoutMs, fetchFn, freshness: freshnessOf(chain) }),
      )
      client = createClient({
        chain: toViemChain(chain),
        // One retry of the whole list covers a blip; more would blow the request budget on a dead chain.
        transport: fallback(transports, { retryCount: 1, retryDelay: 100, shouldThrow: (error) => isLogRangeError(error) || viemShouldThrow(error) || isExecutionError(error) }),
        // Any contract can answer a call with "ask this URL" (EIP-3668). Only ENS resolution needs that, and
        // only under the policy; a token's symbol() must never make the server fetch a URL of its choosing.
        ccipRead: ens ? { request: guard.request } : false,
      }).extend(rpcActions)
      clients.set(key, client)
    }
    return client
  }
  let tron: TronClient | undefined
  return {
    stats,
    offchain: guard,
    tron: (spec) => (tron ??= createTronClient(spec, { stats, timeoutMs: config.rpcTimeoutMs, fetchFn, signal })),
    client: (chain) => clientFor(chain, 'main'),
    ensClient: (chain) => clientFor(chain, 'ens'),
    sideClient: (chain) => clientFor(chain, 'side'),
  }
}

/** The EVM's verdict on a call (src/rpc/execution-error.ts) is the same on every node: not asked of the next. */
const isExecutionError = (error: Error) => executionError.test(error.message)

/**
 * How old a node's newest block may be on this chain: thirty blocks, and never under two minutes (block times
 * wobble, clocks drift). Beyond that the node is lagging: its "not found" or "pending" is not evidence.
 */
export function freshnessOf(chain: ChainSpec): { maxHeadAgeMs: number; blockTimeSeconds: number } | undefined {
  if (chain.idleBlocks) return undefined
  return { maxHeadAgeMs: Math.max(120, 30 * chain.blockTimeSeconds) * 1000, blockTimeSeconds: chain.blockTimeSeconds }
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
