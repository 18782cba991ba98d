import { isAddressEqual } from 'viem'
import type { FindingFacts } from '../core/facts.js'

/**
 * The choices the transaction cards make, once for every language (./{en,zh-CN}/tx.ts hold only the sentences).
 */

/** What a TX_SUCCESS card says: did anything of value move, and who paid the fee. */
export type SuccessView = {
  /** Coins or a non-zero token amount moved: only then is it a transfer, and one the network cannot undo. */
  moved: boolean
  /** Token transfers were logged, maybe all of nothing (a lure's 0-amount entry). */
  logged: boolean
  /**
   * The sender, when it is none of the transfers' parties: it paid the fee for an entry between others (a lure
   * in someone's history, a relayer). The wallets the transfers are shown leaving did not pay it.
   */
  otherPayer?: { sender: string; shownFrom: string[] }
}

/** @example successView(facts).moved // false for an approval, or a 0-amount fake transfer */
export function successView(x: FindingFacts['TX_SUCCESS']): SuccessView {
  const moved = x.value.value > 0n || x.transfers.some((t) => t.amount > 0n)
  // A diagnosis saved before the sender was recorded has none: then nothing is said about who paid.
  const sender = typeof x.sender === 'string' ? x.sender : undefined
  const party = (address: string) => sender !== undefined && isAddressEqual(address as `0x${string}`, sender as `0x${string}`)
  const outsider = sender !== undefined && x.value.value === 0n && x.transfers.length > 0 && !x.transfers.some((t) => party(t.from) || party(t.to))
  const shownFrom = [...new Set(x.transfers.map((t) => t.from))]
  return { moved, logged: x.transfers.length > 0, ...(outsider ? { otherPayer: { sender: sender!, shownFrom } } : {}) }
}

/**
 * How many times its fee cap the network's price now is, for a novice: "about 20 times"; undefined under 2×,
 * where "a little too low" says enough.
 */
export function priceRatio(x: FindingFacts['TX_PENDING_FEE_TOO_LOW']): number | undefined {
  if (x.maxFeePerGas <= 0n) return undefined
  const times = Number((x.nextBaseFeePerGas * 10n) / x.maxFeePerGas) / 10
  return times >= 2 ? Math.round(times) : undefined
}
