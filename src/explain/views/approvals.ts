import type { ApprovalFacts, ApprovalRisk, FindingFacts, RiskyApproval } from '../../core/facts.js'
import { toBigint } from '../format.js'

/**
 * The choices the approval cards make, once for every language (../{en,zh-CN}/approvals.ts hold only the
 * sentences): who the spender is said to be, what the permission covers, which permissions are to be removed right
 * away, what "unlimited" exactly was, what may be missing, and which ones the address answer names.
 */

/** A scam address or a person's wallet holds it: removed right away, never after a "do you recognise it?". */
export const isDangerous = (r: Pick<RiskyApproval, 'risk'>) => r.risk === 'APPROVAL_FLAGGED_SPENDER' || r.risk === 'APPROVAL_TO_EOA'

export type RiskyView = {
  dangerous: RiskyApproval[]
  /** The risky ones left to review (an app we don't know, a whole collection …). */
  others: RiskyApproval[]
  /** Who holds the dangerous ones, each address once: scam addresses, then personal wallets. */
  scamAddresses: string[]
  personalWallets: string[]
}

/** @example riskyView(facts).scamAddresses // ['0xa0Ee…'] */
export function riskyView(risky: RiskyApproval[]): RiskyView {
  const dangerous = risky.filter(isDangerous)
  const holders = (risk: RiskyApproval['risk']) => [...new Set(dangerous.filter((r) => r.risk === risk).map((r) => r.spender))]
  return { dangerous, others: risky.filter((r) => !isDangerous(r)), scamAddresses: holders('APPROVAL_FLAGGED_SPENDER'), personalWallets: holders('APPROVAL_TO_EOA') }
}

/** The largest values wallets and Permit2 write for "no limit", named as people write them. */
const namedMaxima: [bigint, string][] = [
  [2n ** 256n - 1n, '2^256 − 1'],
  [2n ** 160n - 1n, '2^160 − 1'],
]

/**
 * What an unlimited allowance exactly is, for an expert: the value set (named when it is a type's maximum) and
 * which rule made it unlimited — at or above 2^255 (ERC-20), Permit2's maximum, or above the token's supply.
 * Undefined when the facts carry no value (an older diagnosis): then only the rule is said.
 */
export function unlimitedView(x: Pick<ApprovalFacts, 'permission' | 'grantedAmount'>): { raw: bigint; named?: string; rule: 'max' | 'supply' } | undefined {
  const raw = toBigint(x.grantedAmount)
  if (raw === undefined) return undefined
  const named = namedMaxima.find(([value]) => value === raw)?.[1]
  const atMax = x.permission === 'permit2' ? raw >= 2n ** 160n - 1n : raw >= 2n ** 255n
  return { raw, ...(named ? { named } : {}), rule: atMax ? 'max' : 'supply' }
}

/** What the wallet may already have lost through a permission: one item, items of a collection, or a token. */
export const missingKind = (x: Pick<ApprovalFacts, 'permission'>): 'item' | 'items' | 'token' => (x.permission === 'nft' ? 'item' : x.permission === 'for-all' ? 'items' : 'token')

/** Which permission a card names: its spender and what it covers (an approval, a risky one, a transaction's). */
type Named = Pick<ApprovalFacts, 'permission' | 'spenderLabel' | 'flaggedAs'> & Partial<Pick<ApprovalFacts, 'amount' | 'risks'>>

/**
 * How the spender is told apart, first match wins: a scam address (listed, or the card's risk), our label for a
 * known app, a personal wallet, an app we don't recognise, else just its address.
 */
export function spenderKind(x: Named, risk?: ApprovalRisk): 'scam' | 'label' | 'person' | 'unknown-app' | 'address' {
  const is = (r: ApprovalRisk) => risk === r || Boolean(x.risks?.includes(r))
  if (x.flaggedAs || risk === 'APPROVAL_FLAGGED_SPENDER') return 'scam'
  if (x.spenderLabel) return 'label'
  if (is('APPROVAL_TO_EOA')) return 'person'
  if (is('APPROVAL_TO_UNKNOWN_CONTRACT')) return 'unknown-app'
  return 'address'
}

/** What the permission covers: never "unlimited" for one NFT, never an amount for a whole collection. */
export const scopeKind = (x: Named): 'item' | 'collection' | 'unlimited' | 'amount' =>
  x.permission === 'nft' ? 'item' : x.permission === 'for-all' ? 'collection' : x.amount === undefined ? 'unlimited' : 'amount'

/** What the spender can do with it: items are moved; tokens taken, when the holder will (`take`), else spent. */
export const grantVerb = (x: Pick<ApprovalFacts, 'permission'>, take = false): 'move' | 'take' | 'spend' =>
  x.permission === 'nft' || x.permission === 'for-all' ? 'move' : take ? 'take' : 'spend'

/** At most this many permissions are named in the address answer's summary; the dangerous ones always are. */
export const namedAtMost = 6

/** ADDRESS_RISKY_APPROVALS, for a novice: which permissions are named, how many are not, how many are dangerous. */
export type RiskySummaryView = RiskyView & {
  total: number
  /** The dangerous ones, then the others up to `namedAtMost` in all. */
  named: RiskyApproval[]
  /** How many were left unnamed ("and 3 more"). */
  more: number
  /** Said in the title when only some are dangerous ("2 of them dangerous"). */
  dangerousOfThem?: number
}

/** @example riskySummaryView(facts).named.length // ≤ 6, unless more than 6 are dangerous */
export function riskySummaryView(x: Pick<FindingFacts['ADDRESS_RISKY_APPROVALS'], 'risky'>): RiskySummaryView {
  const v = riskyView(x.risky)
  const named = [...v.dangerous, ...v.others.slice(0, Math.max(0, namedAtMost - v.dangerous.length))]
  const dangerous = v.dangerous.length
  return {
    ...v,
    total: x.risky.length,
    named,
    more: x.risky.length - named.length,
    ...(dangerous && dangerous < x.risky.length ? { dangerousOfThem: dangerous } : {}),
  }
}
