import type { ApprovalFacts, RiskyApproval } from '../core/facts.js'
import { toBigint } from './format.js'

/**
 * The choices the approval cards make, once for every language (./{en,zh-CN}/approvals.ts hold only the
 * sentences): which permissions are to be removed right away, what "unlimited" exactly was, what may be missing.
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
