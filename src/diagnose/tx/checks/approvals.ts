import { finding } from '../../../core/finding.js'
import type { Finding } from '../../../core/types.js'
import { grantsOf } from '../../approvals/grants.js'
import { approvalFacts, judgePermission } from '../../approvals/judge.js'
import { lower } from '../../reads.js'
import type { TxEvidence } from '../evidence.js'

/**
 * TX_APPROVAL for every permission the transaction left set, judged by the one judge the approvals check uses
 * (../../approvals/judge.ts): the same risks and the same severity as that permission gets there. Expiry is
 * judged at the block's time: what the transaction granted, not what is left of it today.
 */
export function checkApprovals(e: TxEvidence): Finding[] {
  if (e.receipt?.status !== 'success') return []
  const at = Number(e.minedAt ?? 0n) * 1000
  return grantsOf(e.tx, e.permissions, e.chain).flatMap((grant) => {
    const token = e.tokens.get(lower(grant.token))
    const judged = judgePermission(e.chain, grant, { spenderHasCode: e.hasCode.get(lower(grant.spender)), totalSupply: token?.totalSupply }, at)
    if (!judged) return []
    const facts = approvalFacts(e.chain, grant, judged, token ?? {})
    // An unlimited allowance has no `amount`; the expert still reads the exact value the call set.
    const exact = facts.amount === undefined && (grant.kind === 'erc20' || grant.kind === 'permit2') ? { grantedAmount: grant.amount } : {}
    return [finding('TX_APPROVAL', { ...facts, method: grant.method, owner: grant.owner, ...exact }, judged.severity)]
  })
}
