import { getAddress, toHex, type Address, type Hash, type RpcLog } from 'viem'
import type { ChainSpec } from '../core/chain-spec.js'
import { addressTopic, topicAddress, topics } from './token-events.js'
import { firstLogSpan, isLogRangeError, noteLogSpan } from '../rpc/log-range.js'
import type { RpcClient } from '../rpc/session.js'

export type TokenTransferLog = { token: Address; from: Address; to: Address; amount: bigint; hash: Hash }

/**
 * How many blocks back (capped by the chain's log range) an address's token transfers show what it holds and who
 * it really deals with: the yardstick for lookalike (poisoning) checks and received tokens.
 */
export const recentTransferBlocks = 50_000

/** Below this, a node refusing the range is refusing something else: the error stands. */
const smallestSpan = 64n

export type RecentTransfers = {
  transfers: TokenTransferLog[]
  /** Blocks read, and blocks meant to be read: fewer when the node refused the chain's usual log range. */
  blocks: bigint
  wanted: bigint
}

/**
 * ERC-20 Transfer logs with the address on either side, up to `head`: one range, two queries. A node that
 * refuses the range as too large (some limit it below the chain's usual one) is asked again for the most
 * recent half, and so on: recent transfers matter most, so the span shrinks from the old end, and the caller
 * learns how much was read.
 */
export async function recentTransfers(client: RpcClient, chain: ChainSpec, address: Address, head: bigint): Promise<RecentTransfers> {
  const topic = addressTopic(address)
  const wanted = min(BigInt(Math.min(chain.logRange, recentTransferBlocks)), head + 1n)
  for (let span = firstLogSpan(chain.rpcUrls, wanted); ; span /= 2n) {
    const range = { fromBlock: toHex(head >= span ? head - span + 1n : 0n), toBlock: toHex(head) }
    try {
      const [sent, received] = await Promise.all([
        client.request({ method: 'eth_getLogs', params: [{ ...range, topics: [topics.transfer, topic] }] }),
        client.request({ method: 'eth_getLogs', params: [{ ...range, topics: [topics.transfer, null, topic] }] }),
      ])
      noteLogSpan(chain.rpcUrls, span, true)
      return { transfers: transfersOf([...sent, ...received]), blocks: span, wanted }
    } catch (error) {
      if (!isLogRangeError(error) || span / 2n < smallestSpan) throw error
      noteLogSpan(chain.rpcUrls, span, false, error)
    }
  }
}

function transfersOf(logs: RpcLog[]): TokenTransferLog[] {
  return logs
    .filter((log: RpcLog) => log.topics.length === 3 && log.data.length === 66)
    .map((log: RpcLog) => ({
      token: getAddress(log.address),
      from: topicAddress(log.topics[1]),
      to: topicAddress(log.topics[2]),
      amount: BigInt(log.data),
      hash: log.transactionHash as Hash,
    }))
}


const min = (a: bigint, b: bigint) => (a < b ? a : b)
