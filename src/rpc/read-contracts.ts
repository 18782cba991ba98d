import { BaseError, ContractFunctionExecutionError, ContractFunctionRevertedError, ContractFunctionZeroDataError, HttpRequestError, TimeoutError, type Abi, type Address } from 'viem'
import type { RpcClient } from './session.js'

export type ContractRead = { address: Address; abi: Abi | readonly unknown[]; functionName: string; args?: readonly unknown[] }
/** One read's outcome: what the contract returned, or that the contract refused (reverted, returned nothing). */
export type ReadResult = { status: 'success'; result: unknown } | { status: 'failure'; error: unknown }

/**
 * How a chain takes many reads in one round trip: through Multicall3 at its canonical address; through viem's
 * deployless Multicall3 (the same contract sent as code with the call, for chains that never deployed it:
 * private chains, local devnets, new chains); or as a JSON-RPC batch of eth_calls (for nodes that refuse calls
 * without a `to`). Learned per chain on first use and kept for an hour.
 */
type Route = 'multicall3' | 'deployless' | 'batch'
const routes = new Map<number, { route: Route; expires: number }>()
const routeTtlMs = 60 * 60_000
/** Chains whose route is being learned right now (since when): reads meanwhile go one call each, which works everywhere. */
const learning = new Map<number, number>()
/** A lookup that never settled (its request was cancelled) stops counting as "learning" after this. */
const learningTtlMs = 10_000
const isLearning = (chainId: number) => (learning.get(chainId) ?? 0) > Date.now() - learningTtlMs

/**
 * Many contract reads in one round trip, on any chain. A read the contract refused is a `failure` result (an
 * answer: that token has no `symbol()`); a read the node could not serve throws, so the caller can say what is
 * missing. viem's multicall with `allowFailure` does not throw when Multicall3 is absent — it fails every call
 * alike — which is how this tells "no Multicall3 here" from "this token has no symbol".
 */
export async function readContracts(client: RpcClient, contracts: readonly ContractRead[]): Promise<ReadResult[]> {
  if (contracts.length === 0) return []
  const chainId = client.chain.id
  const known = routes.get(chainId)
  const route: Route | undefined = known && known.expires > Date.now() ? known.route : undefined
  if (route === 'batch' || (route === undefined && isLearning(chainId))) return oneByOne(client, contracts)
  return throughMulticall(client, contracts, route ?? 'multicall3')
}

async function throughMulticall(client: RpcClient, contracts: readonly ContractRead[], route: 'multicall3' | 'deployless'): Promise<ReadResult[]> {
  const results = (await client.multicall({ contracts: contracts as never, allowFailure: true, ...(route === 'deployless' ? { deployless: true } : {}) })) as ReadResult[]
  const aggregateError = results.map((r) => (r.status === 'failure' ? r.error : undefined)).find(isAggregateFailure)
  if (aggregateError === undefined) return results
  // The whole aggregate call failed. No code at Multicall3's address: the chain lacks it. A deployless call
  // refused: the node does not take calls without a `to`. Anything else is the node failing: say so.
  if (route === 'multicall3' && isZeroData(aggregateError)) return throughMulticall(learn(client, 'deployless'), contracts, 'deployless')
  if (route !== 'deployless' || isUnreachable(aggregateError)) throw aggregateError
  const oneEach = await oneByOne(client, contracts)
  // Kept for an hour only when the node refused the deployless call outright, not when it stumbled.
  if (!isTransient(aggregateError)) learn(client, 'batch')
  return oneEach
}

/** Each read as its own eth_call; the transport sends them as one JSON-RPC batch. */
async function oneByOne(client: RpcClient, contracts: readonly ContractRead[]): Promise<ReadResult[]> {
  return Promise.all(
    contracts.map((c) =>
      client.readContract(c as never).then(
        (result): ReadResult => ({ status: 'success', result }),
        (error: unknown): ReadResult => {
          if (isContractAnswer(error)) return { status: 'failure', error }
          throw error
        },
      ),
    ),
  )
}

function learn(client: RpcClient, route: Route): RpcClient {
  routes.set(client.chain.id, { route, expires: Date.now() + routeTtlMs })
  return client
}

/** The error of the aggregate call itself (every read of the chunk carries it), not of one read inside it. */
function isAggregateFailure(error: unknown): boolean {
  return error instanceof ContractFunctionExecutionError && error.functionName === 'aggregate3'
}

/** Errors a node gives when it is busy or stumbling (internal error, limits, rate limits): nothing to learn from. */
const isTransient = (error: unknown) =>
  error instanceof BaseError && error.walk((e) => [-32603, -32005, -32007, 429, -1].includes((e as { code?: number }).code ?? 0)) !== null

const isUnreachable = (error: unknown) => error instanceof BaseError && error.walk((e) => e instanceof HttpRequestError || e instanceof TimeoutError) !== null

const isZeroData = (error: unknown) => error instanceof BaseError && error.walk((e) => e instanceof ContractFunctionZeroDataError) !== null

/**
 * The contract answered (reverted, or returned nothing) — as opposed to the node failing to ask it. viem maps a
 * node's -32603 internal error to a "reverted" error too, so a revert counts only with the node's "execution
 * reverted" or revert data behind it.
 */
function isContractAnswer(error: unknown): boolean {
  if (!(error instanceof BaseError)) return false
  if (error.walk((e) => e instanceof ContractFunctionZeroDataError) !== null) return true
  const reverted = error.walk((e) => e instanceof ContractFunctionRevertedError) as ContractFunctionRevertedError | null
  if (!reverted) return false
  if (reverted.raw !== undefined) return true
  // The node's own error, where there is one: code 3 or "execution reverted" is a revert; anything else is the node.
  const rpc = error.walk((e) => typeof (e as { code?: unknown }).code === 'number') as { code: number; details?: string; shortMessage?: string } | null
  return !rpc || rpc.code === 3 || /revert/i.test(`${rpc.details ?? ''} ${rpc.shortMessage ?? ''}`)
}

/**
 * On a chain that may lack Multicall3 (a devnet, a private or unknown chain: `idleBlocks`) and whose route is not
 * known yet, looks for its code at the canonical address — sent with the diagnosis's first round trip, so the
 * token reads that follow cost no extra round trip to learn it. Undefined when there is nothing to learn.
 */
export function learnReadRoute(client: RpcClient, chain: { idleBlocks?: boolean | undefined }): Promise<void> | undefined {
  const known = routes.get(client.chain.id)
  if (!chain.idleBlocks || (known && known.expires > Date.now())) return undefined
  const multicall3 = client.chain.contracts?.multicall3?.address
  if (!multicall3 || isLearning(client.chain.id)) return undefined
  learning.set(client.chain.id, Date.now())
  return client
    .getCode({ address: multicall3 })
    .then(
      (code) => void learn(client, code && code !== '0x' ? 'multicall3' : 'deployless'),
      () => undefined, // nothing learned: a later read will find out
    )
    .finally(() => learning.delete(client.chain.id))
}

/** For tests: forget what each chain's read route turned out to be. */
export function resetReadRoutes(): void {
  routes.clear()
  learning.clear()
}
