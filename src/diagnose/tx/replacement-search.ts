import type { Address, Hash } from 'viem'
import type { RpcClient } from '../../rpc/session.js'

/** Bisection steps at most: 2^24 blocks is far more than `replacementSearchBlocks`. */
const maxSteps = 24

/**
 * Finds the mined transaction that used `nonce` for `from`: bisects for the first block after which the
 * account's nonce exceeds it (historical nonces: recent state on public nodes, any state on archive nodes),
 * then reads that block. At most ~log2(range) + 1 calls; undefined when the state is not available.
 */
export async function findReplacement(client: RpcClient, from: Address, nonce: number, low: bigint, high: bigint): Promise<{ hash: Hash; blockNumber: bigint } | undefined> {
  let lo = low < 0n ? 0n : low
  let hi = high
  const nonceAt = (blockNumber: bigint) => client.getTransactionCount({ address: from, blockNumber })
  if ((await nonceAt(hi)) <= nonce) return undefined
  for (let step = 0; lo < hi && step < maxSteps; step++) {
    const mid = (lo + hi) / 2n
    if ((await nonceAt(mid)) > nonce) hi = mid
    else lo = mid + 1n
  }
  const block = await client.getBlock({ blockNumber: hi, includeTransactions: true })
  const tx = block.transactions.find((t) => t.from.toLowerCase() === from.toLowerCase() && t.nonce === nonce)
  return tx ? { hash: tx.hash, blockNumber: hi } : undefined
}
