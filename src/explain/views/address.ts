import type { EvmCode, EvmFacts } from '../catalog-types.js'
import type { FindingFacts, TokenAmount } from '../../core/facts.js'
import type { NonEvmNetwork } from '../../core/non-evm.js'
import type { Formatter } from '../format.js'

/**
 * The choices the address cards make, once for every language (../{en,zh-CN}/address.ts hold only the
 * sentences): which name a network goes by, what was checked, which numbers are shown. Amounts come formatted by
 * the language's `f`. Codes whose words only fill in their facts (ADDRESS_UNUSED, ADDRESS_IS_TOKEN …) have no view.
 */

type Facts = { [code in EvmCode]: EvmFacts<code> }

/** ADDRESS_NON_EVM: which network it is, how its form was checked, and what an EVM wallet would make of it. */
export type NonEvmAddressView = {
  /** The network's name to say; a Cosmos-family chain other than the Hub goes by its address prefix. */
  name: { network: NonEvmNetwork } | { cosmosFamily: string }
  /** A Solana key (no checksum), TON's raw workchain:hash form, or a verified checksum. */
  check: 'key' | 'raw' | 'checksum'
  /** A TRON address's 20 bytes, which as a 0x address are another account on an EVM chain. */
  evmTwin?: { hex: string; start: string; end: string }
  /** TRON: whose it is may be a user's, an exchange's or a token contract's. */
  tron: boolean
}

/** @example nonEvmAddressView({ network: 'cosmos', prefix: 'osmo', … }).name // { cosmosFamily: 'osmo' } */
export function nonEvmAddressView(x: Facts['ADDRESS_NON_EVM']): NonEvmAddressView {
  return {
    name: x.network === 'cosmos' && x.prefix && x.prefix !== 'cosmos' ? { cosmosFamily: x.prefix } : { network: x.network },
    check: x.network === 'solana' ? 'key' : x.address.includes(':') ? 'raw' : 'checksum',
    ...(x.hexAddress ? { evmTwin: { hex: x.hexAddress, start: x.hexAddress.slice(2, 6), end: x.hexAddress.slice(-4) } } : {}),
    tron: x.network === 'tron',
  }
}

/** ADDRESS_BAD_CHECKSUM: how many letters differ in case, where (1-based after 0x), and what that points to. */
export type BadChecksumView = {
  differing: number
  /** Exactly one letter differs (English says "differs", "a single one"). */
  one: boolean
  positions: number[]
  caseOnly: boolean
}

export function badChecksumView(x: Facts['ADDRESS_BAD_CHECKSUM']): BadChecksumView {
  const differing = x.caseDiffersAt.length
  return { differing, one: differing === 1, positions: x.caseDiffersAt.map((i) => i + 1), caseOnly: x.caseOnlyLikely }
}

/** Tokens held, with their amounts (untrusted symbols quoted); the symbols alone where the facts have no amounts. */
export const tokensHeld = (c: { tokens?: string[]; holdings?: TokenAmount[] }, f: Formatter): string[] =>
  c.holdings ? c.holdings.map((h) => f.token(h.amount, h.decimals, h.symbol)) : (c.tokens ?? []).map((t) => f.quote(t))

/** ADDRESS_NO_GAS: what the wallet holds, its coins first, and each token's exact amount with its contract. */
export type NoGasView = { holds: string[]; exact: { amount: string; token: string }[] }

export const noGasView = (x: Facts['ADDRESS_NO_GAS'], f: Formatter): NoGasView => ({
  holds: [f.native(x.balance), ...x.holdings.map((h) => f.token(h.amount, h.decimals, h.symbol))],
  exact: x.holdings.map((h) => ({ amount: f.tokenExact(h.amount, h.decimals, h.symbol), token: h.token })),
})

/** ADDRESS_PENDING_TXS: how many wait, and the nonce of the oldest, which holds up the rest. */
export const pendingView = (x: Facts['ADDRESS_PENDING_TXS']) => ({ waiting: x.pendingNonce - x.minedNonce, oldest: x.minedNonce })
