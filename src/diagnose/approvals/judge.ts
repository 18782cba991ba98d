import { isAddressEqual, type Address } from 'viem'
import type { ChainSpec, DenyEntry, SpenderSpec } from '../../core/chain-spec.js'
import type { Severity } from '../../core/codes.js'
import type { ApprovalFacts, ApprovalRisk } from '../../core/facts.js'
import { chainRef } from '../context.js'
import { inForce, permit2Max, revokeCall, unlimitedAllowance, type Permission } from './permission.js'

/** What the chain told about a permission's spender and token, beside the permission itself. */
export type PermissionContext = {
  /** Undefined when the node could not say: then the spender is neither called a person nor an unknown app. */
  spenderHasCode: boolean | undefined
  totalSupply?: bigint | undefined
}

export type Judgement = {
  /** Every risk, in a fixed order: the amount, then the spender, then what changes how to revoke it. */
  risks: ApprovalRisk[]
  /** The worst risk: the code of the permission's own finding in the approvals check; none when nothing is notable. */
  code?: ApprovalRisk
  severity: Exclude<Severity, 'ok'>
  unlimited: boolean
  known?: SpenderSpec
  flagged?: DenyEntry
}

/**
 * Which risk a permission's finding is named by, worst first: a thief or a person, then what changes how to
 * revoke it (collection-wide, Permit2), then an app we don't know, then an unlimited amount.
 */
export const worstFirst: ApprovalRisk[] = ['APPROVAL_FLAGGED_SPENDER', 'APPROVAL_TO_EOA', 'APPROVAL_FOR_ALL', 'APPROVAL_PERMIT2', 'APPROVAL_TO_UNKNOWN_CONTRACT', 'APPROVAL_UNLIMITED']

/**
 * The one judge of a permission, for a transaction that grants it (TX_APPROVAL) and for a standing approval
 * (APPROVAL_*) alike. Undefined when it no longer allows anything at `nowMs`.
 *
 * Severity policy, one for both paths:
 * - danger: the spender is deny-listed, or has no code (a person's key can take the tokens: the classic phishing);
 * - warning: the spender is a contract we don't know, or the scope is everything (unlimited, or a whole
 *   collection) and the spender is not a protocol we know;
 * - info: the rest. An unlimited allowance or a collection-wide approval to a protocol we know (a router,
 *   Permit2, a marketplace) is how those apps work: worth knowing, not a warning — else nearly every wallet would
 *   warn. Permit2 as the mechanism is no risk in itself: it only changes how to revoke.
 */
export function judgePermission(chain: ChainSpec, p: Permission, facts: PermissionContext, nowMs: number): Judgement | undefined {
  if (!inForce(p, nowMs)) return undefined
  const known = chain.spenders.find((s) => isAddressEqual(s.address, p.spender))
  const flagged = chain.denyList.find((d) => isAddressEqual(d.address, p.spender))
  const aboveSupply = (amount: bigint) => facts.totalSupply !== undefined && amount > facts.totalSupply
  const unlimited = p.kind === 'erc20' ? p.amount >= unlimitedAllowance || aboveSupply(p.amount) : p.kind === 'permit2' ? p.amount >= permit2Max || aboveSupply(p.amount) : false

  const risks: ApprovalRisk[] = []
  if (unlimited) risks.push('APPROVAL_UNLIMITED')
  if (flagged) risks.push('APPROVAL_FLAGGED_SPENDER')
  else if (facts.spenderHasCode === false) risks.push('APPROVAL_TO_EOA')
  else if (facts.spenderHasCode && !known) risks.push('APPROVAL_TO_UNKNOWN_CONTRACT')
  if (p.kind === 'for-all') risks.push('APPROVAL_FOR_ALL')
  if (p.kind === 'permit2') risks.push('APPROVAL_PERMIT2')

  const wholeScope = risks.includes('APPROVAL_UNLIMITED') || risks.includes('APPROVAL_FOR_ALL')
  const severity = flagged || risks.includes('APPROVAL_TO_EOA') ? 'danger' : risks.includes('APPROVAL_TO_UNKNOWN_CONTRACT') || (wholeScope && !known) ? 'warning' : 'info'
  const code = worstFirst.find((c) => risks.includes(c))
  return { risks, severity, unlimited, ...(code ? { code } : {}), ...(known ? { known } : {}), ...(flagged ? { flagged } : {}) }
}

/**
 * The facts every approval finding carries, from the permission and its judgement: whose, which token, which
 * spender, what scope (an unlimited amount too, exactly as set), how to revoke.
 */
export function approvalFacts(chain: ChainSpec, p: Permission & { owner?: Address }, judged: Judgement, token: { symbol?: string | undefined; decimals?: number | undefined }): ApprovalFacts {
  const allowance = p.kind === 'erc20' || p.kind === 'permit2' ? p.amount : undefined
  return {
    chain: chainRef(chain),
    permission: p.kind,
    ...(p.owner ? { owner: p.owner } : {}),
    token: p.token,
    ...(token.symbol === undefined ? {} : { symbol: token.symbol }),
    spender: p.spender,
    ...(judged.known ? { spenderLabel: judged.known.label } : {}),
    ...(isAddressEqual(p.spender, chain.contracts.permit2) ? { spenderIsPermit2: true as const } : {}),
    ...(allowance === undefined ? {} : judged.unlimited ? { grantedAmount: allowance } : { amount: allowance }),
    ...(token.decimals === undefined || p.kind === 'nft' || p.kind === 'for-all' ? {} : { decimals: token.decimals }),
    ...(p.kind === 'nft' ? { tokenId: p.tokenId } : {}),
    ...(p.kind === 'permit2' ? { expiration: p.expiration } : {}),
    risks: judged.risks,
    ...(judged.flagged ? { flaggedAs: judged.flagged.label } : {}),
    revoke: revokeCall(p),
  }
}
