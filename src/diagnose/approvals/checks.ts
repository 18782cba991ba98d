import { finding } from '../../core/finding.js'
import type { ApprovalFacts, RiskyApproval } from '../../core/facts.js'
import type { Finding } from '../../core/types.js'
import { chainRef } from '../context.js'
import { approvalFacts, judgePermission, worstFirst, type Judgement } from './judge.js'
import type { ActiveApproval, ScanReport } from './scan.js'

/** One standing approval, judged (by the judge TX_APPROVAL uses), with the facts its card shows. */
export type JudgedApproval = { approval: ActiveApproval; judged: Judgement; facts: ApprovalFacts }

/** Pure: every approval still in force on a chain, judged at the scan's own clock. */
export function judgeReport({ chain, approvals, checkedAt }: ScanReport): JudgedApproval[] {
  return approvals.flatMap((approval) => {
    const judged = judgePermission(chain, approval, approval, checkedAt)
    if (!judged) return []
    const facts: ApprovalFacts = {
      ...approvalFacts(chain, approval, judged, approval),
      grantedIn: approval.grantedIn,
      ...(approval.unverified ? { unverified: true as const } : {}),
    }
    return [{ approval, judged, facts }]
  })
}

/**
 * Pure: the standing approvals of each chain in, findings out — one per notable approval, coded by its worst
 * risk (the others are in its facts), worst first; APPROVALS_NONE_RISKY when none is notable.
 */
export function approvalFindings(reports: ScanReport[]): Finding[] {
  const findings = reports
    .flatMap(judgeReport)
    .filter(({ judged }) => judged.code)
    .sort((a, b) => worstFirst.indexOf(a.judged.code!) - worstFirst.indexOf(b.judged.code!))
    .map(({ judged, facts }) => finding(judged.code!, facts as never, judged.severity))
  if (findings.length) return findings
  const count = reports.reduce((n, r) => n + r.approvals.length, 0)
  return [finding('APPROVALS_NONE_RISKY', { approvals: count, checkedChains: reports.map((r) => chainRef(r.chain)) })]
}

const rank = { info: 0, warning: 1, danger: 2 } as const

/**
 * Pure: the address answer's summary of its standing approvals — the risky ones (warning or danger), worst
 * first, and the chains whose check did not finish. Nothing when every chain was checked and none is risky.
 */
export function riskyApprovalsFinding(reports: ScanReport[], notChecked: ScanReport['chain'][]): Finding[] {
  const judged = reports.flatMap(judgeReport)
  const risky = judged
    .filter(({ judged }) => judged.severity !== 'info' && judged.code)
    .sort((a, b) => rank[b.judged.severity] - rank[a.judged.severity] || worstFirst.indexOf(a.judged.code!) - worstFirst.indexOf(b.judged.code!))
  if (risky.length === 0 && notChecked.length === 0) return []
  const worst = risky[0]?.judged.severity ?? 'info'
  return [
    finding(
      'ADDRESS_RISKY_APPROVALS',
      {
        approvals: judged.length,
        risky: risky.map(({ judged, facts }): RiskyApproval => ({
          chain: facts.chain,
          risk: judged.code!,
          risks: judged.risks,
          permission: facts.permission,
          token: facts.token,
          ...(facts.symbol === undefined ? {} : { symbol: facts.symbol }),
          spender: facts.spender,
          ...(facts.spenderLabel === undefined ? {} : { spenderLabel: facts.spenderLabel }),
          ...(facts.amount === undefined ? {} : { amount: facts.amount }),
          ...(facts.decimals === undefined ? {} : { decimals: facts.decimals }),
          ...(facts.tokenId === undefined ? {} : { tokenId: facts.tokenId }),
          ...(facts.expiration === undefined ? {} : { expiration: facts.expiration }),
          ...(facts.flaggedAs === undefined ? {} : { flaggedAs: facts.flaggedAs }),
          revoke: facts.revoke,
        })),
        checkedChains: reports.map((r) => chainRef(r.chain)),
        notChecked: notChecked.map(chainRef),
      },
      worst,
    ),
  ]
}
