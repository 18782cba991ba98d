import type { FindingCode } from '../../core/codes.js'
import { finding } from '../../core/finding.js'
import type { Finding } from '../../core/types.js'
import { chainRef } from '../context.js'
import { judgeSpender } from '../spender-risk.js'
import type { ActiveApproval, ScanReport } from './scan.js'

type ApprovalCode = Extract<FindingCode, `APPROVAL_${string}`>

/**
 * One finding per notable approval, coded by what matters most to its owner — a thief or a person first, then
 * what changes how to revoke it (collection-wide, Permit2), then an unknown app, then an unlimited amount. The
 * other risks are listed in its facts and set its severity.
 */
const worstFirst: ApprovalCode[] = ['APPROVAL_FLAGGED_SPENDER', 'APPROVAL_TO_EOA', 'APPROVAL_FOR_ALL', 'APPROVAL_PERMIT2', 'APPROVAL_TO_UNKNOWN_CONTRACT', 'APPROVAL_UNLIMITED']

/** Pure: the standing approvals of each chain in, findings out (APPROVALS_NONE_RISKY when nothing is risky). */
export function approvalFindings(reports: ScanReport[]): Finding[] {
  const findings = reports.flatMap((report) => report.approvals.flatMap((approval) => judge(report, approval)))
  if (findings.length) return findings
  const count = reports.reduce((n, r) => n + r.approvals.length, 0)
  return [finding('APPROVALS_NONE_RISKY', { approvals: count, checkedChains: reports.map((r) => chainRef(r.chain)) })]
}

export function judge({ chain }: ScanReport, a: ActiveApproval): Finding[] {
  const { risks, known, flagged } = judgeSpender(chain, { spender: a.spender, spenderHasCode: a.spenderHasCode, amount: a.amount, collectionWide: a.kind === 'for-all' || a.kind === 'nft', totalSupply: a.totalSupply })
  const all: ApprovalCode[] = [...risks, ...(a.kind === 'for-all' ? (['APPROVAL_FOR_ALL'] as const) : []), ...(a.kind === 'permit2' ? (['APPROVAL_PERMIT2'] as const) : [])]
  const code = worstFirst.find((c) => all.includes(c))
  if (!code) return []
  const facts = {
    chain: chainRef(chain),
    token: a.token,
    spender: a.spender,
    risks: all,
    grantedIn: a.grantedIn,
    ...(a.symbol === undefined ? {} : { symbol: a.symbol }),
    ...(a.decimals === undefined ? {} : { decimals: a.decimals }),
    ...(known ? { spenderLabel: known.label } : {}),
    ...(a.amount === undefined || all.includes('APPROVAL_UNLIMITED') ? {} : { amount: a.amount }),
  }
  // An unlimited allowance to a protocol we know is how most apps work: worth knowing (info), not a warning.
  const worrying = all.filter((r) => r !== 'APPROVAL_PERMIT2' && !(known && r === 'APPROVAL_UNLIMITED'))
  const severity = code === 'APPROVAL_FLAGGED_SPENDER' || code === 'APPROVAL_TO_EOA' ? 'danger' : worrying.length ? 'warning' : 'info'
  if (code === 'APPROVAL_FLAGGED_SPENDER') return [finding(code, { ...facts, flaggedAs: flagged!.label }, severity)]
  if (code === 'APPROVAL_PERMIT2') return [finding(code, { ...facts, expiration: a.expiration ?? 0 }, severity)]
  if (code === 'APPROVAL_FOR_ALL') {
    const { amount: _, decimals: __, ...collection } = facts as typeof facts & { amount?: bigint; decimals?: number }
    return [finding(code, collection, severity)]
  }
  return [finding(code, facts, severity)]
}

/** The exact call that revokes an approval: what the expert text and the approvals list show. */
export function revokeCall(a: ActiveApproval, permit2: string): string {
  if (a.kind === 'for-all') return `${a.token}.setApprovalForAll(${a.spender}, false)`
  if (a.kind === 'nft') return `${a.token}.approve(0x0000000000000000000000000000000000000000, ${a.tokenId})`
  if (a.kind === 'permit2') return `${permit2}.approve(${a.token}, ${a.spender}, 0, 0)`
  return `${a.token}.approve(${a.spender}, 0)`
}
