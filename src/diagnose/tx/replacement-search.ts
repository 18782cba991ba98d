import { HttpRequestError, TimeoutError, type Address, type Hash } from 'viem'
import type { RpcClient } from '../../rpc/session.js'

/** Bisection steps at most: 2^24 blocks is far more than `replacementSearchBlocks`. */
const maxSteps = 24
/** Without historical state, the newest blocks read whole instead, in one batch: a replacement is usually recent. */
const scanBlocks = 16n

/**
 * Finds the mined transaction that used `nonce` for `from`: bisects for the first block after which the
 * account's nonce exceeds it (historical nonces: recent state on public nodes, any state on archive nodes),
 * then reads that block. At most ~log2(range) + 1 calls; undefined when the state is not available.
 */
export async function findReplacement(client: RpcClient, from: Address, nonce: number, low: bigint, high: bigint): Promise<{ hash: Hash; blockNumber: bigint } | undefined> {
  const lo = low < 0n ? 0n : low
  // A node that keeps only recent state (most public ones) cannot answer nonces at old blocks: read the newest
  // blocks themselves instead, where a replacement (a "Speed up" or "Cancel") usually is.
  return bisect(client, from, nonce, lo, high).catch((error: unknown) => {
    // Only a node without the state: a dead or slow node would fail the scan too, after reading more.
    if (error instanceof HttpRequestError || error instanceof TimeoutError) throw error
    return scanNewest(client, from, nonce, lo, high)
  })
}

async function bisect(client: RpcClient, from: Address, nonce: number, low: bigint, high: bigint): Promise<{ hash: Hash; blockNumber: bigint } | undefined> {
  let lo = low
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

/** The newest `scanBlocks` blocks down to `low`, read in one batch, searched for the sender's transaction at `nonce`. */
async function scanNewest(client: RpcClient, from: Address, nonce: number, low: bigint, high: bigint): Promise<{ hash: Hash; blockNumber: bigint } | undefined> {
  const first = high - scanBlocks + 1n > low ? high - scanBlocks + 1n : low
  const numbers = Array.from({ length: Number(high - first + 1n) }, (_, i) => high - BigInt(i))
  const blocks = await Promise.all(numbers.map((blockNumber) => client.getBlock({ blockNumber, includeTransactions: true })))
  for (const block of blocks) {
    const tx = block.transactions.find((t) => t.from.toLowerCase() === from.toLowerCase() && t.nonce === nonce)
    if (tx) return { hash: tx.hash, blockNumber: block.number ?? 0n }
  }
  return undefined
}
