import type { Hex } from 'viem'

/**
 * Transaction types some chains add to Ethereum's own five (0x0–0x4), by type byte. Each family reserved its
 * bytes, so the byte alone names the type; 0x7e is the exception (OP-stack deposits, and Scroll's messages from
 * Ethereum), told apart by its fields (src/diagnose/tx/chain-specific.ts).
 */
export const chainTxTypes = {
  '0x7e': 'op-deposit',
  '0x71': 'zksync-eip712',
  '0xff': 'zksync-priority',
  '0x7b': 'celo-cip64',
  '0x7c': 'celo-cip42',
  '0x64': 'arbitrum-deposit',
  '0x65': 'arbitrum-unsigned',
  '0x66': 'arbitrum-contract',
  '0x68': 'arbitrum-retry',
  '0x69': 'arbitrum-submit-retryable',
  '0x6a': 'arbitrum-internal',
  '0x78': 'arbitrum-legacy',
} as const satisfies Record<Hex, string>

export type ChainTxTypeName = (typeof chainTxTypes)[keyof typeof chainTxTypes] | 'scroll-l1-message'

/** A type outside Ethereum's own: its byte as the node sent it (normalised), and its name when txdoctor knows it. */
export type ChainTxType = { hex: Hex; name?: ChainTxTypeName }

/** `0x7E`, `0x07e` → `0x7e`; undefined when it is not a hex number. */
export function normaliseTypeHex(type: unknown): Hex | undefined {
  if (typeof type !== 'string' || !/^0x[0-9a-fA-F]{1,64}$/.test(type)) return undefined
  return `0x${BigInt(type).toString(16)}`
}

export const isEthereumType = (hex: Hex): boolean => BigInt(hex) <= 4n
