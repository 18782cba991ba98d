import { isAddressEqual, type Address } from 'viem'
import type { ChainSpec, DenyEntry, SpenderSpec } from '../core/chain-spec.js'
import type { SpenderRisk } from '../core/facts.js'

/** An allowance at or above 2^255 is "unlimited": wallets write 2^256 − 1, and nothing spends it down. */
export const unlimitedAllowance = 2n ** 255n

export type SpenderJudgement = { risks: SpenderRisk[]; known?: SpenderSpec; flagged?: DenyEntry; unlimited: boolean }

/**
 * What makes a permission risky, judged the same way for a transaction that grants one and for an account's
 * standing approvals: unlimited (≥ 2^255, or above the token's total supply), a deny-listed spender, a spender
 * with no code (a person, not an app: the classic phishing pattern), or a contract we don't know.
 */
export function judgeSpender(
  chain: ChainSpec,
  grant: { spender: Address; spenderHasCode: boolean | undefined; amount?: bigint | undefined; collectionWide?: boolean; totalSupply?: bigint | undefined },
): SpenderJudgement {
  const known = chain.spenders.find((s) => isAddressEqual(s.address, grant.spender))
  const flagged = chain.denyList.find((d) => isAddressEqual(d.address, grant.spender))
  const unlimited = !grant.collectionWide && (grant.amount === undefined || grant.amount >= unlimitedAllowance || (grant.totalSupply !== undefined && grant.amount > grant.totalSupply))
  const risks: SpenderRisk[] = []
  if (unlimited) risks.push('APPROVAL_UNLIMITED')
  if (flagged) risks.push('APPROVAL_FLAGGED_SPENDER')
  else if (grant.spenderHasCode === false) risks.push('APPROVAL_TO_EOA')
  else if (!known && grant.spenderHasCode) risks.push('APPROVAL_TO_UNKNOWN_CONTRACT')
  return { risks, unlimited, ...(known ? { known } : {}), ...(flagged ? { flagged } : {}) }
}
