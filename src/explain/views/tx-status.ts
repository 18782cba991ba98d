import { isAddressEqual, type Address } from 'viem'
import type { EvmCode, EvmFacts } from '../catalog-types.js'
import type { FindingFacts, NativeAmount, TokenTransfer } from '../../core/facts.js'

/**
 * The choices the status cards make (mined, bridged, not final, stuck pending), once for every language
 * (../{en,zh-CN}/tx.ts hold only the sentences). Codes whose words only fill in their facts (TX_NOT_FOUND,
 * TX_PENDING, TX_REPLACED, TX_DROPPED …) have no view. Amounts stay raw: each language's `f` formats them.
 */

type Facts = { [code in EvmCode]: EvmFacts<code> }

/** What a TX_SUCCESS card says: did anything of value move, what proves it, and who paid the fee. */
export type SuccessView = {
  /** Coins or a non-zero token amount moved: only then is it a transfer, and one the network cannot undo. */
  moved: boolean
  /** Token transfers were logged, maybe all of nothing (a lure's 0-amount entry). */
  logged: boolean
  /** It carried coins (its value), said beside the transfers. */
  coinsSent: boolean
  /** A non-zero ERC-20 amount moved: a wallet shows it only once the token is added there. */
  tokenToAdd: boolean
  /** What shows a disputing recipient it was paid: the Transfer logs, else the value; nothing when nothing moved. */
  record: 'logs' | 'value' | 'none'
  /**
   * The sender, when it is none of the transfers' parties: it paid the fee for an entry between others (a lure
   * in someone's history, a relayer). The wallets the transfers are shown leaving did not pay it.
   */
  otherPayer?: { sender: string; shownFrom: string[] }
}

/** @example successView(facts).moved // false for an approval, or a 0-amount fake transfer */
export function successView(x: Facts['TX_SUCCESS']): SuccessView {
  const coinsSent = x.value.value > 0n
  const amountLogged = x.transfers.some((t) => t.amount > 0n)
  const moved = coinsSent || amountLogged
  // A diagnosis saved before the sender was recorded has none: then nothing is said about who paid.
  const sender = typeof x.sender === 'string' ? x.sender : undefined
  const party = (address: string) => sender !== undefined && isAddressEqual(address as Address, sender as Address)
  const outsider = sender !== undefined && !coinsSent && x.transfers.length > 0 && !x.transfers.some((t) => party(t.from) || party(t.to))
  const shownFrom = [...new Set(x.transfers.map((t) => t.from))]
  return {
    moved,
    logged: x.transfers.length > 0,
    coinsSent,
    tokenToAdd: x.transfers.some((t) => t.standard === 'erc20' && t.amount > 0n),
    record: amountLogged ? 'logs' : moved ? 'value' : 'none',
    ...(outsider ? { otherPayer: { sender: sender!, shownFrom } } : {}),
  }
}

/** One thing a deposit brought over: the coins minted for it, or a token transfer. */
export type Arrival = { coins: NativeAmount } | { token: TokenTransfer }

/** What a TX_BRIDGE_DEPOSIT card says. */
export type BridgeDepositView = {
  /**
   * Which card: the chain's own note about Ethereum (not anyone's deposit); a deposit whose message the messenger
   * could not deliver yet (replayable); one that arrived; one whose call failed on this chain.
   */
  outcome: 'system' | 'undelivered' | 'arrived' | 'failed'
  /** The coins minted for it, when any: credited to its sender even when its call failed. */
  coins?: NativeAmount
  /** What it brought over, coins first; empty when it carried only a message. */
  broughtOver: Arrival[]
  /** The call failed, so the value it was to pass on stayed with the sender instead of reaching `to`. */
  notPassedOn?: { value: NativeAmount; to: Address }
}

/** @example bridgeDepositView({ system: false, succeeded: false, mint: 1 ETH, … }).outcome // 'failed' */
export function bridgeDepositView(x: Facts['TX_BRIDGE_DEPOSIT']): BridgeDepositView {
  const outcome = x.system ? 'system' : x.relayFailed ? 'undelivered' : x.succeeded ? 'arrived' : 'failed'
  const coins = x.mint.value > 0n ? x.mint : undefined
  const broughtOver: Arrival[] = [...(coins ? [{ coins }] : []), ...x.transfers.map((token) => ({ token }))]
  const notPassedOn = !x.succeeded && x.value.value > 0n && x.to ? { value: x.value, to: x.to } : undefined
  return { outcome, ...(coins ? { coins } : {}), broughtOver, ...(notPassedOn ? { notPassedOn } : {}) }
}

/** What a TX_NOT_FINAL card says: how far it is from final. */
export type NotFinalView = {
  /** Minutes until final, rounded up and at least 1 ("in about 1 minute", never "0"); unknown off a block clock. */
  minutes?: number
  /** How many blocks it is ahead of the finalized head. */
  blocksAhead: bigint
}

/** @example notFinalView({ secondsToFinal: 61, … }).minutes // 2 */
export function notFinalView(x: Facts['TX_NOT_FINAL']): NotFinalView {
  const minutes = x.secondsToFinal === undefined ? undefined : Math.max(1, Math.ceil(x.secondsToFinal / 60))
  return { ...(minutes === undefined ? {} : { minutes }), blocksAhead: x.blockNumber - x.finalizedBlock }
}

/** What a TX_PENDING_FEE_TOO_LOW card says beyond its facts. */
export type FeeTooLowView = {
  /**
   * How many times its fee cap the network's price now is, for a novice ("about 20 times"); absent under 2×,
   * where "below the network's current price" says enough.
   */
  times?: number
}

/** @example feeTooLowView({ maxFeePerGas: 3 gwei, nextBaseFeePerGas: 60 gwei, … }).times // 20 */
export function feeTooLowView(x: Pick<Facts['TX_PENDING_FEE_TOO_LOW'], 'maxFeePerGas' | 'nextBaseFeePerGas'>): FeeTooLowView {
  if (x.maxFeePerGas <= 0n) return {}
  const times = Number((x.nextBaseFeePerGas * 10n) / x.maxFeePerGas) / 10
  return times >= 2 ? { times: Math.round(times) } : {}
}

/** What a TX_PENDING_NONCE_GAP card says about the missing transactions. */
export type NonceGapView = {
  /** How many earlier nonces have not reached the network. */
  missing: number
  /** One ("the earlier transfer"), two ("both"), or more: each language words them differently. */
  size: 'one' | 'two' | 'more'
  /** The node does not list its pool: some may have been sent and be waiting there, so "up to" that many. */
  atMost: boolean
}

/** @example nonceGapView({ missingNonces: [7, 8], poolUnknown: true, … }) // { missing: 2, size: 'two', atMost: true } */
export function nonceGapView(x: Pick<Facts['TX_PENDING_NONCE_GAP'], 'missingNonces' | 'poolUnknown'>): NonceGapView {
  const missing = x.missingNonces.length
  return { missing, size: missing === 1 ? 'one' : missing === 2 ? 'two' : 'more', atMost: x.poolUnknown === true }
}
