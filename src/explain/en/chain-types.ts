import type { ChainTxType, ChainTxTypeName } from '../../core/tx-types.js'

/** One sentence per level on what a chain's own transaction type is (core/tx-types.ts). */
const known: Record<ChainTxTypeName, { novice: string; expert: string }> = {
  'op-deposit': {
    novice: "It came from Ethereum through this network's bridge, so no fee was paid for it here.",
    expert: 'OP-stack deposit transaction (type 0x7e): derived from an L1 deposit, unsigned, no L2 fee.',
  },
  'scroll-l1-message': {
    novice: "It came from Ethereum through this network's bridge, so its fee was paid on Ethereum.",
    expert: 'Scroll L1 message transaction (type 0x7e with queueIndex): enqueued on Ethereum, unsigned, no L2 fee.',
  },
  'zksync-eip712': {
    novice: "It is zkSync's own kind of transaction, which wallets on zkSync use: that is normal.",
    expert: 'zkSync EIP-712 transaction (type 0x71): signed as typed data; it may name a paymaster that pays the fee, and the fee shown is what the payer was charged.',
  },
  'zksync-priority': {
    novice: "It was sent from Ethereum through zkSync's bridge (a deposit, for example), so its fee was paid on Ethereum.",
    expert: 'zkSync priority transaction (type 0xff): an L1→L2 request made on Ethereum; its L2 gas was paid on L1.',
  },
  'celo-cip64': {
    novice: "It is Celo's own kind of transaction, which lets the fee be paid in a token such as a dollar stablecoin.",
    expert: 'Celo CIP-64 transaction (type 0x7b): EIP-1559 fields plus feeCurrency, the token the fee is paid in (none: CELO).',
  },
  'celo-cip42': {
    novice: 'It is an older kind of Celo transaction, which lets the fee be paid in a token.',
    expert: 'Celo CIP-42 transaction (type 0x7c, retired): EIP-1559 fields plus feeCurrency and gateway-fee fields.',
  },
  'arbitrum-deposit': {
    novice: "It brought coins over from Ethereum through Arbitrum's bridge, so its fee was paid on Ethereum.",
    expert: 'Arbitrum deposit transaction (type 0x64): ETH deposited through the L1 inbox and credited to the recipient; no L2 fee.',
  },
  'arbitrum-unsigned': {
    novice: "It was sent from Ethereum through this network's bridge.",
    expert: "Arbitrum unsigned transaction (type 0x65): an L1 account's call delivered through the delayed inbox.",
  },
  'arbitrum-contract': {
    novice: "It was sent from Ethereum through this network's bridge.",
    expert: "Arbitrum contract transaction (type 0x66): an L1 contract's call delivered through the delayed inbox.",
  },
  'arbitrum-retry': {
    novice: 'It carried out a message that came from Ethereum through the bridge (a deposit, for example).',
    expert: 'Arbitrum retry transaction (type 0x68): the redemption (automatic or manual) of a retryable ticket.',
  },
  'arbitrum-submit-retryable': {
    novice: 'It is a message from Ethereum that arrived through the bridge (a deposit, for example); a second, linked transaction carries it out.',
    expert: 'Arbitrum submit-retryable transaction (type 0x69): creates a retryable ticket from an L1 message; its redemption is a separate type-0x68 transaction.',
  },
  'arbitrum-internal': {
    novice: "It is the network's own automatic bookkeeping, added to every block: nobody sent it and no money moved with it.",
    expert: 'Arbitrum internal transaction (type 0x6a): ArbOS start-of-block bookkeeping (from and to 0x…0A4B05), not submitted by anyone.',
  },
  'arbitrum-legacy': {
    novice: 'It is an old kind of Arbitrum transaction, from before its 2022 upgrade.',
    expert: 'Arbitrum legacy transaction (type 0x78): a pre-Nitro (Arbitrum Classic) transaction kept in history.',
  },
}

/** What the type is, or an honest "we don't know this one" for a type byte txdoctor has no name for. */
export function chainTypeEn(type: ChainTxType, chain: string, level: 'novice' | 'expert'): string {
  if (type.name) return known[type.name][level]
  return level === 'novice'
    ? `It is a kind of transaction of ${chain}'s own that we do not know, so we describe only what all transactions have in common.`
    : `Type ${type.hex} is not one of Ethereum's (0x0–0x4) and not one txdoctor knows: only the common fields (from, to, value, status, gas, logs) are interpreted.`
}
