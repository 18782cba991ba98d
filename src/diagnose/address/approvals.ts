import type { Address } from 'viem'
import type { ChainSpec } from '../../core/chain-spec.js'
import type { DiagnoseContext } from '../context.js'
import { beforeDeadline, graceSignal } from '../deadline.js'
import { scanApprovals, type ScanReport } from '../approvals/scan.js'

/**
 * How long an address answer waits for its approvals scan. A long history on a public node can take far longer
 * than the rest of the answer; past this, the answer says the check did not finish on that chain and points to
 * the approvals check, rather than making every address answer slow.
 */
export const approvalsGraceMs = 3_000

export type ApprovalScans = {
  /** Starts the scan of one chain (once), from the head and nonce the answer already read. */
  start(chain: ChainSpec, known: { head: bigint; latestNonce: number }): void
  /** Every started scan, settled: the reports, and the chains whose scan failed or ran out of time. */
  settle(): Promise<{ reports: ScanReport[]; notChecked: ChainSpec[] }>
}

/**
 * The address's standing approvals, scanned beside the rest of its answer on the chains where it is used: a scan
 * starts as soon as a chain's first reads show use (else once its recent transfers do), on the session's side
 * client — its own requests, so a slow log query never shares a batch with the answer's reads. Each scan gets
 * `approvalsGraceMs` (or what is left of the request's deadline); chains whose scan failed or ran out of time
 * are listed as not checked. Never throws.
 */
export function approvalScans(ctx: DiagnoseContext, owner: Address): ApprovalScans {
  const session = { ...ctx.session, client: (chain: ChainSpec) => ctx.session.sideClient(chain) }
  const running = new Map<number, { chain: ChainSpec; report: Promise<ScanReport | undefined> }>()
  return {
    start(chain, { head, latestNonce }) {
      if (running.has(chain.id)) return
      const signal = graceSignal(Promise.resolve(), approvalsGraceMs, ctx.signal)
      // Raced as a whole: some of its steps (the first-activity search) do not watch the signal themselves.
      const report = beforeDeadline(scanApprovals({ ...ctx, session, signal }, chain, owner, undefined, { head, nonce: latestNonce }), signal).catch(() => undefined)
      running.set(chain.id, { chain, report })
    },
    async settle() {
      const settled = await Promise.all([...running.values()].map(async ({ chain, report }) => ({ chain, report: await report })))
      return {
        reports: settled.flatMap((s) => (s.report ? [s.report] : [])),
        notChecked: settled.filter((s) => !s.report).map((s) => s.chain),
      }
    },
  }
}
