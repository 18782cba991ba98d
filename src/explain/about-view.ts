import type { EvmFacts } from './catalog-types.js'
import type { TokenAmount, TokenRef, TxAction, TxSubject } from '../core/facts.js'
import type { Level, Status } from '../core/types.js'
import type { NativeAmount } from '../core/amounts.js'
import type { TronAction, TronFacts, TronTxRef } from '../core/tron-facts.js'
import { toBigint, type Formatter } from './format.js'
import { attemptOf, type Attempt } from './views/tron.js'

/** A duration as a person says it, rounded down (the transaction has waited at least this long). */
export type Waited = { count: number; unit: 'minute' | 'hour' | 'day' }

/** A moment in UTC: the day and the minute for people (`2026-11-24`, `05:01`), the full stamp for experts. */
export type Moment = { day: string; time: string; stamp: string }

/** The numbers of an "about" sentence, worked out once for every language. */
export type AboutView = {
  /** Mined: its block's time. */
  mined?: Moment
  /** Not mined: when txdoctor first saw it waiting. */
  firstSeen?: Moment
  /** Still waiting: how long since then, from a minute on. */
  waited?: Waited
  /**
   * The transfer it shows is a lure (address poisoning): made to look as if `victim` paid `lookalike`, sent by
   * someone else (`sentBy`); or dust from the look-alike. Said so, instead of "a transfer of … from …".
   */
  lure?: Pick<EvmFacts<'TX_ADDRESS_POISONING'>, 'direction' | 'victim' | 'lookalike' | 'sentBy' | 'amount' | 'decimals' | 'symbol'>
}

/** One sentence per level saying which transaction the answer is about; each language writes its own. */
export type AboutWords = Record<Level, (subject: TxSubject, view: AboutView, f: Formatter) => string>

/**
 * Rounds down: "waiting for at least 4 minutes" must never overstate. Under a minute says nothing a person can
 * use (it was seen moments ago, and sent some unknown time before), so there is no duration.
 */
export function waitedOf(seconds: number): Waited | undefined {
  if (seconds < 60) return undefined
  if (seconds < 2 * 3600) return { count: Math.floor(seconds / 60), unit: 'minute' }
  if (seconds < 2 * 86_400) return { count: Math.floor(seconds / 3600), unit: 'hour' }
  return { count: Math.floor(seconds / 86_400), unit: 'day' }
}

function momentOf(seconds: number | bigint, f: Formatter): Moment | undefined {
  const stamp = f.utc(seconds)
  // `2026-11-24 05:01:12 UTC`; a time past any calendar ("never") is no moment.
  return /^\d{4}-\d\d-\d\d \d\d:\d\d/.test(stamp) ? { day: stamp.slice(0, 10), time: stamp.slice(11, 16), stamp } : undefined
}

export function aboutView(subject: TxSubject, f: Formatter, lure?: EvmFacts<'TX_ADDRESS_POISONING'>): AboutView {
  const moment = (seconds: number | bigint) => momentOf(seconds, f)
  const mined = subject.minedAt === undefined ? undefined : moment(subject.minedAt)
  const firstSeen = subject.firstSeenAt === undefined ? undefined : moment(Math.floor(subject.firstSeenAt / 1000))
  const waited = subject.waitedSeconds === undefined ? undefined : waitedOf(subject.waitedSeconds)
  const shown = lure && { direction: lure.direction, victim: lure.victim, lookalike: lure.lookalike, sentBy: lure.sentBy, amount: toBigint(lure.amount) ?? 0n, ...(lure.decimals === undefined ? {} : { decimals: lure.decimals }), ...(lure.symbol === undefined ? {} : { symbol: lure.symbol }) }
  return { ...(mined ? { mined } : {}), ...(firstSeen ? { firstSeen } : {}), ...(waited ? { waited } : {}), ...(shown ? { lure: shown } : {}) }
}

/**
 * What a swap's one-line description names, chosen once for every language: what it paid and got when its logs
 * say; else what it sold (the exact amount, an upper bound, or only the token when its decimals are unknown) and
 * what it would accept at least (or only the token).
 */
export type TradeView =
  | { kind: 'moved'; paid: TokenAmount[]; received: TokenAmount[] }
  | { kind: 'asked'; sells: { exact: TokenAmount } | { upTo: TokenAmount } | { token: TokenRef }; buys: { atLeast: TokenAmount } | { token: TokenRef } }
  | { kind: 'none' }

export function tradeView(a: Extract<TxAction, { kind: 'swap' }>): TradeView {
  if (a.paid.length && a.received.length) return { kind: 'moved', paid: a.paid, received: a.received }
  if (!a.tokenIn || !a.tokenOut) return { kind: 'none' }
  const sells =
    a.amountIn !== undefined && a.tokenIn.decimals !== undefined
      ? { exact: { ...a.tokenIn, amount: a.amountIn } }
      : a.maximumIn !== undefined && a.tokenIn.decimals !== undefined
        ? { upTo: { ...a.tokenIn, amount: a.maximumIn } }
        : { token: a.tokenIn }
  const buys = a.minimumOut !== undefined && a.tokenOut.decimals !== undefined ? { atLeast: { ...a.tokenOut, amount: a.minimumOut } } : { token: a.tokenOut }
  return { kind: 'asked', sells, buys }
}

/** Which wallet an approvals answer is about, and what was read: the one line that names it. */
export type ApprovalsAboutView = { owner: string; inForce: number; scans: { chainId: number; fromBlock: bigint; toBlock: bigint }[] }
export type ApprovalsAboutWords = Record<Level, (view: ApprovalsAboutView, f: Formatter) => string>

/** The approvals diagnosis's facts, as the scan wrote them; undefined when they are not there (an older cache). */
export function approvalsAboutView(facts: Record<string, unknown>): ApprovalsAboutView | undefined {
  const { owner, approvals, scans } = facts as { owner?: unknown; approvals?: unknown; scans?: unknown }
  if (typeof owner !== 'string' || !Array.isArray(approvals) || !Array.isArray(scans)) return undefined
  const read = scans.flatMap((s: { chain?: unknown; fromBlock?: unknown; toBlock?: unknown }) => {
    const [from, to] = [toBigint(s.fromBlock), toBigint(s.toBlock)]
    return typeof s.chain === 'number' && from !== undefined && to !== undefined ? [{ chainId: s.chain, fromBlock: from, toBlock: to }] : []
  })
  return { owner, inForce: approvals.length, scans: read }
}

/**
 * The argument an approval call's expert line shows, chosen once: the operator flag, a revoke's 0, unlimited, or
 * the amount (with its base units). `call` is the function as an engineer would type it.
 */
export type ApprovalArg = { call: string } & ({ kind: 'flag'; approved: boolean } | { kind: 'zero' } | { kind: 'unlimited' } | { kind: 'amount'; amount: bigint })

export function approvalArg(a: Extract<TxAction, { kind: 'approval' }>): ApprovalArg {
  const call = a.method === 'permit2' ? 'Permit2.approve' : a.method
  if (a.method === 'setApprovalForAll') return { call, kind: 'flag', approved: !a.revoke }
  if (a.revoke) return { call, kind: 'zero' }
  if (a.unlimited || a.amount === undefined) return { call, kind: 'unlimited' }
  return { call, kind: 'amount', amount: a.amount }
}


/**
 * A TRON transaction's "which transaction" sentence (`Diagnosis.facts.tron`): what it tried, from whom, how it ended
 * and when. A TRON lure (poisoning) is said for what it is, as on an EVM chain.
 */
export type TronAboutView = {
  id: string
  sender?: string
  attempt?: Attempt
  outcome: 'succeeded' | 'failed' | 'recorded'
  blockNumber?: bigint
  mined?: Moment
  /** Its block is solidified (irreversible): read from the solidity API, not merely assumed. */
  solidified?: boolean
  lure?: Pick<TronFacts['TX_ADDRESS_POISONING'], 'victim' | 'lookalike' | 'sentBy' | 'amount' | 'decimals' | 'symbol'>
}
export type TronAboutWords = Record<Level, (view: TronAboutView, f: Formatter) => string>

/**
 * `solidified`: the answer is complete (the solidity API was asked and answered) and no TX_NOT_FINAL was made, so
 * its block is irreversible; a partial answer may have missed that read, and says nothing either way.
 */
export function tronAboutView(ref: TronTxRef, status: Status, f: Formatter, lure?: TronFacts['TX_ADDRESS_POISONING'], solidified?: boolean): TronAboutView {
  const attempt = attemptOf(revived(ref.action))
  const [minedAt, block] = [toBigint(ref.minedAt), toBigint(ref.blockNumber)]
  const mined = minedAt === undefined ? undefined : momentOf(minedAt, f)
  return {
    id: ref.id,
    ...(ref.sender ? { sender: ref.sender } : {}),
    ...(attempt ? { attempt } : {}),
    outcome: status === 'success' ? 'succeeded' : status === 'failed' ? 'failed' : 'recorded',
    ...(block === undefined ? {} : { blockNumber: block }),
    ...(mined ? { mined } : {}),
    ...(solidified ? { solidified } : {}),
    ...(lure ? { lure: { victim: lure.victim, lookalike: lure.lookalike, sentBy: lure.sentBy, amount: toBigint(lure.amount) ?? 0n, ...(lure.decimals === undefined ? {} : { decimals: lure.decimals }), ...(lure.symbol === undefined ? {} : { symbol: lure.symbol }) } } : {}),
  }
}

/** A diagnosis read back from JSON (a cached one) holds its amounts as decimal strings. */
function revived(a: TronAction | undefined): TronAction | undefined {
  const native = (n: NativeAmount): NativeAmount => ({ ...n, value: toBigint(n.value) ?? 0n })
  switch (a?.kind) {
    case 'trx-transfer': return { ...a, amount: native(a.amount) }
    case 'token-transfer': return { ...a, amount: toBigint(a.amount) ?? 0n }
    case 'contract-call': return { ...a, callValue: native(a.callValue) }
    default: return a
  }
}
