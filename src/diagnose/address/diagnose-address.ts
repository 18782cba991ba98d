import { BaseError, type Address } from 'viem'
import type { ChainSpec } from '../../core/chain-spec.js'
import { InputError, NoNodeReachableError } from '../../core/errors.js'
import type { Input } from '../../core/types.js'
import type { DiagnoseContext, Failure, Outcome } from '../context.js'
import { beforeDeadline } from '../deadline.js'
import { failureOf } from '../failure.js'
import { addressFindings, isUsed } from './checks.js'
import { gatherAddressEvidence } from './gather.js'
import { approvalScans } from './approvals.js'
import { riskyApprovalsFinding } from '../approvals/checks.js'

type AddressInput = Extract<Input, { kind: 'address' | 'ens' }>

/**
 * Where an address lives and what it is: every enabled chain asked at once (a few batched round trips each),
 * then the pure checks of ./checks.ts.
 */
export async function diagnoseAddress(ctx: DiagnoseContext, input: AddressInput, named: ChainSpec | undefined): Promise<Outcome> {
  const address = input.kind === 'ens' ? await resolveEns(ctx, input.name) : input.address
  const chains = named ? [named] : ctx.config.chains
  const failures: Failure[] = []
  // Its standing approvals, where it is used: each chain's scan starts as soon as that chain shows use.
  const scans = approvalScans(ctx, address)
  const evidence = (
    await Promise.all(
      chains.map((chain) =>
        gatherAddressEvidence(ctx, chain, address, (first) => first.balance > 0n || first.latestNonce > 0 || first.code !== '0x' ? scans.start(chain, first) : undefined).catch((error: unknown) => {
          failures.push(failureOf(chain, error))
          return undefined
        }),
      ),
    )
  ).filter((e) => e !== undefined)
  if (evidence.length === 0) throw new NoNodeReachableError(chains.map((c) => c.name), failures[0])
  failures.push(...evidence.flatMap((e) => (e.transfersFailure ? [e.transfersFailure] : [])))

  // A chain whose use shows only in tokens held or received (or whose transfers could not be read) is scanned now;
  // elsewhere it holds nothing to take. See ./approvals.ts.
  for (const e of evidence) if (isUsed(e) || e.transfersFailure) scans.start(e.chain, e)
  const { reports, notChecked } = await scans.settle()
  const findings = [...addressFindings(address, evidence), ...riskyApprovalsFinding(reports, notChecked)]
  const approvalSymbols = reports.flatMap((r) => r.approvals.map((a) => a.symbol))
  const symbols = [...new Set([...evidence.flatMap((e) => [...e.holdings.map((h) => h.info.symbol), e.tokenProbe.symbol]), ...approvalSymbols].filter((s): s is string => s !== undefined))]
  return {
    kind: 'address',
    status: findings.some((f) => f.code === 'ADDRESS_UNUSED') ? 'unused' : 'active',
    chain: named,
    findings,
    facts: {
      address,
      ...(input.kind === 'ens' ? { ensName: input.name } : {}),
      holdings: evidence.flatMap((e) => e.holdings.map((h) => ({ chain: e.chain.id, token: h.token, symbol: h.info.symbol, decimals: h.info.decimals, amount: h.amount }))),
    },
    untrusted: symbols.length ? { tokenSymbols: symbols } : {},
    checkedChains: evidence.map((e) => e.chain),
    failures,
  }
}

/**
 * ENS names live on Ethereum mainnet; resolution needs it enabled. Names whose resolver sends txdoctor to an
 * outside server (EIP-3668) resolve only where that server passes the policy of src/rpc/offchain.ts.
 */
async function resolveEns(ctx: DiagnoseContext, name: string): Promise<Address> {
  const mainnet = ctx.config.chains.find((c) => c.id === 1)
  if (!mainnet) throw new InputError('ENS names are resolved on Ethereum, which this txdoctor does not check.', 'Paste the 0x address the name stands for instead.')
  const address = await beforeDeadline(ctx.session.ensClient(mainnet).getEnsAddress({ name }), ctx.signal).catch((error: unknown) => {
    if (error instanceof BaseError && error.walk((e) => (e as BaseError).name === 'OffchainLookupError')) throw offchainFailure(ctx, name)
    throw new NoNodeReachableError([mainnet.name], error)
  })
  // The real Universal Resolver reports a failed gateway as "no result": a name is known to be empty only when
  // no gateway it named was refused or failed.
  if (!address && (ctx.session.offchain.refused.length || ctx.session.offchain.failed.length)) throw offchainFailure(ctx, name)
  if (!address) throw new InputError(`The ENS name ${name} does not point to an address.`, 'Check the spelling, or paste the 0x address instead.')
  return address
}

/** The name's resolver relies on an outside server that was refused or did not answer: say so, not "no such name". */
function offchainFailure(ctx: DiagnoseContext, name: string): InputError {
  const refused = ctx.session.offchain.refused[0]
  return new InputError(
    refused
      ? `The ENS name ${name} is answered by an outside server that txdoctor does not contact (${refused.why}).`
      : `The ENS name ${name} is answered by an outside server that did not give an answer.`,
    'Paste the 0x address the name stands for instead.',
  )
}
