import { getAddress, isAddress, isHash, type Address, type Hash, type Hex, type Transaction } from 'viem'
import { chainTxTypes, isEthereumType, normaliseTypeHex, type ChainTxType, type ChainTxTypeName } from '../../core/tx-types.js'

/** An OP-stack deposit (type 0x7e): coins or a message that came from Ethereum through the chain's bridge. */
export type OpDeposit = {
  /** Native coin created on this chain for the deposit, paid on Ethereum; 0 when the node leaves it out. */
  mint: bigint
  sourceHash?: Hash
  /** The chain's own per-block message about Ethereum, not a user's deposit. */
  system: boolean
}

/** What a chain's own transaction type adds to the standard fields. */
export type ChainSpecific = {
  type: ChainTxType
  deposit?: OpDeposit
  /** Celo (0x7b, 0x7c): the token the fee was paid in. */
  feeCurrency?: Address
}

/** OP-stack chains' L1 attributes depositor: its deposits open every block and carry Ethereum's latest block. */
const l1AttributesDepositor = '0xdeaddeaddeaddeaddeaddeaddeaddeaddead0001'

/**
 * Reads the type byte and the fields that come with it. viem formats only Ethereum's own types and keeps the
 * node's other fields as they came (hex strings), so they are read here, defensively: a node's odd field is
 * skipped, never a crash. Undefined for Ethereum's types 0x0–0x4. `known` is the table of names (tests pass
 * another to see a type txdoctor has no name for).
 *
 * @example chainSpecificOf(tx)?.type // { hex: '0x71', name: 'zksync-eip712' }
 */
export function chainSpecificOf(tx: Transaction, known: Partial<Record<Hex, ChainTxTypeName>> = chainTxTypes): ChainSpecific | undefined {
  const hex = normaliseTypeHex(tx.typeHex)
  if (!hex || isEthereumType(hex)) return undefined
  const raw = tx as unknown as Record<string, unknown>
  const name = known[hex]
  if (hex === '0x7e' && name === 'op-deposit') {
    if (isHash(String(raw.sourceHash)) || raw.mint !== undefined) {
      const mint = quantity(raw.mint) ?? 0n
      const system = raw.isSystemTx === true || tx.from.toLowerCase() === l1AttributesDepositor
      return { type: { hex, name: 'op-deposit' }, deposit: { mint, system, ...(isHash(String(raw.sourceHash)) ? { sourceHash: raw.sourceHash as Hash } : {}) } }
    }
    // Scroll numbers its messages from Ethereum with a queue index instead.
    return { type: raw.queueIndex !== undefined ? { hex, name: 'scroll-l1-message' } : { hex } }
  }
  const feeCurrency = typeof raw.feeCurrency === 'string' && isAddress(raw.feeCurrency, { strict: false }) ? getAddress(raw.feeCurrency) : undefined
  return { type: name ? { hex, name } : { hex }, ...(feeCurrency && (hex === '0x7b' || hex === '0x7c') ? { feeCurrency } : {}) }
}

function quantity(value: unknown): bigint | undefined {
  return typeof value === 'string' && /^0x[0-9a-fA-F]{1,64}$/.test(value) ? BigInt(value) : undefined
}
