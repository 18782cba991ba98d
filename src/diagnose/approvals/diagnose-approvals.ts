import type { Address } from 'viem'
import type { ChainSpec } from '../../core/chain-spec.js'
import { InputError, NoNodeReachableError } from '../../core/errors.js'
import type { Input } from '../../core/types.js'
import { chainRef, type DiagnoseContext, type Failure, type Outcome } from '../context.js'
import { failureOf } from '../failure.js'
import { approvalFindings, judgeReport, type JudgedApproval } from './checks.js'
import { scanApprovals, type ScanReport } from './scan.js'

export type ApprovalProgress = (chain: ChainSpec, done: bigint, total: bigint) => void

/** Standing approvals of an address on every enabled chain (or the one named), scanned in parallel. */
export async function diagnoseApprovals(ctx: DiagnoseContext, input: Input, named: ChainSpec | undefined, onProgress?: ApprovalProgress): Promise<Outcome> {
  if (input.kind === 'non-evm-address' && input.network === 'tron')
    throw new InputError(
      "A TRON account's token approvals cannot be checked here: TRON's public nodes cannot list them by account.",
      "Look in your wallet's approvals page, or this account's approvals list on Tronscan, and revoke any you do not recognise there. Without approvals, txdoctor checks the account itself.",
      { reason: 'tron-approvals' },
    )
  if (input.kind !== 'address' || input.checksum === 'invalid')
    throw new InputError('Approvals are checked for an EVM address (0x followed by 40 hex characters).', 'Paste the wallet address whose approvals you want to check.')
  const owner: Address = input.address
  const chains = named ? [named] : ctx.config.chains
  const failures: Failure[] = []
  const reports = (
    await Promise.all(
      chains.map((chain) =>
        scanApprovals(ctx, chain, owner, (done, total) => onProgress?.(chain, done, total)).catch((error: unknown) => {
          failures.push(failureOf(chain, error))
          return undefined
        }),
      ),
    )
  ).filter((r): r is ScanReport => r !== undefined)
  if (reports.length === 0) throw new NoNodeReachableError(chains.map((c) => c.name), failures[0])
  for (const r of reports)
    if (r.limitation === 'no-history')
      failures.push({ what: `${r.chain.name}: approvals history`, why: `scanned from block ${r.fromBlock} only: the node has no historical state to find the account's first activity` })

  return {
    kind: 'approvals',
    status: 'checked',
    chain: named,
    findings: approvalFindings(reports),
    facts: {
      owner,
      approvals: reports.flatMap(judgeReport).map(approvalRow),
      scans: reports.map((r) => ({ chain: r.chain.id, fromBlock: r.fromBlock, toBlock: r.toBlock, logRequests: r.requests, rangeSplits: r.splits })),
    },
    untrusted: untrustedSymbols(reports),
    checkedChains: reports.map((r) => r.chain),
    failures,
  }
}

/**
 * One line of the approvals list: which token, which spender, how much — "unlimited" only for an unlimited
 * allowance, "all items" for an operator, "item #N" for one NFT, else base units (with `decimals`) — and the call
 * that removes it.
 */
function approvalRow({ approval: a, judged, facts }: JudgedApproval) {
  const amount = a.kind === 'for-all' ? 'all items' : a.kind === 'nft' ? `item #${a.tokenId}` : judged.unlimited ? 'unlimited' : a.amount
  return {
    chain: facts.chain,
    kind: a.kind,
    token: a.token,
    symbol: a.symbol,
    spender: a.spender,
    spenderLabel: facts.spenderLabel,
    amount,
    decimals: facts.decimals,
    tokenId: facts.tokenId,
    expiration: facts.expiration,
    grantedIn: a.grantedIn,
    risks: judged.risks,
    severity: judged.severity,
    ...(a.unverified ? { unverified: true } : {}),
    revoke: facts.revoke,
  }
}

function untrustedSymbols(reports: ScanReport[]) {
  const symbols = [...new Set(reports.flatMap((r) => r.approvals.map((a) => a.symbol).filter((s): s is string => s !== undefined)))]
  return symbols.length ? { tokenSymbols: symbols } : {}
}
