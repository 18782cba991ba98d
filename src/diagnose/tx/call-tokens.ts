import type { Address, Transaction } from 'viem'
import type { ChainSpec } from '../../core/chain-spec.js'
import { routerCall } from './router-calls.js'
import { calledToken } from './subject.js'

/** The tokens a call moves, as far as its input alone tells: what it spends, and what a swap pays out. */
export type CallTokens = { spent?: Address; received?: Address }

/**
 * Read from the input, with no state, so gathering can fetch their symbols and decimals in the round trip it
 * already makes: a router swap's path, or the token called directly (`transfer`, `transferFrom` …). A failure's
 * amounts (an allowance, a balance, a minimum output) are counted in these tokens.
 *
 * @example callTokens(tx, chain).received // the output token of a swapExactTokensForTokens
 */
export function callTokens(tx: Transaction, chain: ChainSpec): CallTokens {
  const swap = routerCall(tx.input)
  if (swap) return { ...(swap.tokenIn ? { spent: swap.tokenIn } : {}), ...(swap.tokenOut ? { received: swap.tokenOut } : {}) }
  const token = calledToken(tx, chain)
  return token ? { spent: token } : {}
}
