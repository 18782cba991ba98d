import { getAddress, toHex, type Address, type Hash, type RpcLog } from 'viem'
import type { ChainSpec } from '../core/chain-spec.js'
import { addressTopic, topicAddress, topics } from './token-events.js'
import type { RpcClient } from '../rpc/session.js'

export type TokenTransferLog = { token: Address; from: Address; to: Address; amount: bigint; hash: Hash }

/**
 * How many blocks back (capped by the chain's log range) an address's token transfers show what it holds and who
 * it really deals with: the yardstick for lookalike (poisoning) checks and received tokens.
 */
export const recentTransferBlocks = 50_000

/** ERC-20 Transfer logs with the address on either side, up to `head` (one range, two queries). */
export async function recentTransfers(client: RpcClient, chain: ChainSpec, address: Address, head: bigint): Promise<TokenTransferLog[]> {
  const span = BigInt(Math.min(chain.logRange, recentTransferBlocks)) - 1n
  const range = { fromBlock: toHex(head > span ? head - span : 0n), toBlock: toHex(head) }
  const topic = addressTopic(address)
  const [sent, received] = await Promise.all([
    client.request({ method: 'eth_getLogs', params: [{ ...range, topics: [topics.transfer, topic] }] }),
    client.request({ method: 'eth_getLogs', params: [{ ...range, topics: [topics.transfer, null, topic] }] }),
  ])
  return [...sent, ...received]
    .filter((log: RpcLog) => log.topics.length === 3 && log.data.length === 66)
    .map((log: RpcLog) => ({
      token: getAddress(log.address),
      from: topicAddress(log.topics[1]),
      to: topicAddress(log.topics[2]),
      amount: BigInt(log.data),
      hash: log.transactionHash as Hash,
    }))
}

