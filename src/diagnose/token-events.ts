import { getAddress, hexToBigInt, toEventSelector, type Address, type Hex, type Log } from 'viem'

/**
 * A token movement, decoded from a log: the discriminated union the checks work on. Permission changes (Approval,
 * ApprovalForAll, Permit2) have their own union and decoder: ./approvals/permission.ts.
 */
export type TokenEvent =
  | { kind: 'erc20-transfer'; token: Address; from: Address; to: Address; amount: bigint }
  | { kind: 'erc721-transfer'; token: Address; from: Address; to: Address; tokenId: bigint }
  | { kind: 'erc1155-transfer'; token: Address; from: Address; to: Address; id: bigint; amount: bigint }

export const topics = {
  transfer: toEventSelector('Transfer(address,address,uint256)'),
  transferSingle: toEventSelector('TransferSingle(address,address,address,uint256,uint256)'),
}

/** The address in an indexed event topic (the last 20 of its 32 bytes). */
export const topicAddress = (topic: Hex | undefined | null): Address => getAddress(`0x${(topic ?? '0x').slice(26).padStart(40, '0')}`)

/** An address as an indexed event topic, for eth_getLogs filters. */
export const addressTopic = (address: Address): Hex => `0x${address.slice(2).toLowerCase().padStart(64, '0')}`
const word = (data: Hex, index: number): bigint => hexToBigInt(`0x${data.slice(2 + index * 64, 2 + (index + 1) * 64) || '0'}`)

/**
 * Decodes the token logs of a receipt (or of eth_getLogs). ERC-20 and ERC-721 share the Transfer signature and
 * differ in how many topics they index; logs that fit neither are skipped, never guessed.
 */
export function decodeTokenEvents(logs: readonly Pick<Log, 'address' | 'topics' | 'data'>[]): TokenEvent[] {
  const events: TokenEvent[] = []
  for (const log of logs) {
    const [topic0, t1, t2, t3] = log.topics
    const token = getAddress(log.address)
    if (topic0 === topics.transfer && log.topics.length === 3 && log.data.length === 66)
      events.push({ kind: 'erc20-transfer', token, from: topicAddress(t1), to: topicAddress(t2), amount: word(log.data, 0) })
    else if (topic0 === topics.transfer && log.topics.length === 4)
      events.push({ kind: 'erc721-transfer', token, from: topicAddress(t1), to: topicAddress(t2), tokenId: hexToBigInt(t3!) })
    else if (topic0 === topics.transferSingle && log.topics.length === 4 && log.data.length === 130)
      events.push({ kind: 'erc1155-transfer', token, from: topicAddress(t2), to: topicAddress(t3), id: word(log.data, 0), amount: word(log.data, 1) })
  }
  return events
}
