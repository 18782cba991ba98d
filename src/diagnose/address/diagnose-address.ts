import { isAddressEqual, type Address } from 'viem'
import { knownDelegates } from '../../../chains/delegates.js'
import type { ChainSpec } from '../../core/chain-spec.js'
import { InputError, NoNodeReachableError } from '../../core/errors.js'
import { finding } from '../../core/finding.js'
import type { Finding, Input } from '../../core/types.js'
import type { Outcome } from '../diagnose.js'
import { chainRef, type DiagnoseContext, type Failure } from '../context.js'
import { beforeDeadline } from '../deadline.js'
import { failureOf } from '../failure.js'
import { nativeAmount } from '../tx/amounts.js'

type AddressInput = Extract<Input, { kind: 'address' | 'ens' }>

export type ChainActivity = { chain: ChainSpec; balance: bigint; latestNonce: number; pendingNonce: number; code: string }

/** EIP-7702 delegation designator: the account's code is 0xef0100 followed by the delegate's address. */
const delegationPrefix = '0xef0100'

/**
 * Where an address lives and what it is: one batched round trip per enabled chain, all chains at once.
 */
export async function diagnoseAddress(ctx: DiagnoseContext, input: AddressInput, named: ChainSpec | undefined): Promise<Outcome> {
  const address = input.kind === 'ens' ? await resolveEns(ctx, input.name) : input.address
  const chains = named ? [named] : ctx.config.chains
  const failures: Failure[] = []
  const activity = (
    await Promise.all(
      chains.map((chain) =>
        beforeDeadline(readActivity(ctx, chain, address), ctx.signal).catch((error: unknown) => {
          failures.push(failureOf(chain, error))
          return undefined
        }),
      ),
    )
  ).filter((a) => a !== undefined)
  if (activity.length === 0) throw new NoNodeReachableError(chains.map((c) => c.name), failures[0])

  const findings = addressFindings(activity)
  const used = activity.some(isUsed)
  return {
    kind: 'address',
    status: used ? 'active' : 'unused',
    chain: named,
    findings,
    facts: { address, ...(input.kind === 'ens' ? { ensName: input.name } : {}) },
    checkedChains: activity.map((a) => a.chain),
    failures,
  }
}

async function readActivity(ctx: DiagnoseContext, chain: ChainSpec, address: Address): Promise<ChainActivity> {
  const client = ctx.session.client(chain)
  const [balance, latestNonce, pendingNonce, code] = await Promise.all([
    client.getBalance({ address }),
    client.getTransactionCount({ address, blockTag: 'latest' }),
    client.getTransactionCount({ address, blockTag: 'pending' }),
    client.getCode({ address }).then((c) => c ?? '0x'),
  ])
  return { chain, balance, latestNonce, pendingNonce, code }
}

const isUsed = (a: ChainActivity) => a.balance > 0n || a.latestNonce > 0 || a.code !== '0x'
const isContract = (a: ChainActivity) => a.code !== '0x' && !a.code.startsWith(delegationPrefix)

/** Pure: per-chain activity in, findings out. */
export function addressFindings(activity: ChainActivity[]): Finding[] {
  const findings: Finding[] = []
  const used = activity.filter(isUsed)
  if (used.length === 0) return [finding('ADDRESS_UNUSED', { checkedChains: activity.map((a) => chainRef(a.chain)) })]

  const contracts = activity.filter(isContract)
  if (contracts.length) {
    findings.push(finding('ADDRESS_IS_CONTRACT', { chains: contracts.map((a) => chainRef(a.chain)) }))
    const missing = activity.filter((a) => a.code === '0x')
    if (missing.length)
      findings.push(finding('ADDRESS_CONTRACT_NOT_ON_CHAIN', { contractOn: contracts.map((a) => chainRef(a.chain)), missingOn: missing.map((a) => chainRef(a.chain)) }))
  }
  for (const a of activity) {
    if (!a.code.startsWith(delegationPrefix)) continue
    const delegate = `0x${a.code.slice(delegationPrefix.length, delegationPrefix.length + 40)}` as Address
    const known = knownDelegates.find((k) => isAddressEqual(k.address, delegate))
    findings.push(finding('ADDRESS_EIP7702_DELEGATED', { chain: chainRef(a.chain), delegate, known: Boolean(known), ...(known ? { delegateLabel: known.label } : {}) }, known ? 'info' : 'danger'))
  }
  for (const a of activity)
    if (a.pendingNonce > a.latestNonce)
      findings.push(finding('ADDRESS_PENDING_TXS', { chain: chainRef(a.chain), minedNonce: a.latestNonce, pendingNonce: a.pendingNonce }))
  findings.push(
    finding('ADDRESS_ACTIVITY', {
      chains: used.map((a) => ({ chain: chainRef(a.chain), balance: nativeAmount(a.chain, a.balance), transactionCount: a.latestNonce, isContract: isContract(a) })),
    }),
  )
  return findings
}

/** ENS names live on Ethereum mainnet; resolution needs it enabled or configured. */
async function resolveEns(ctx: DiagnoseContext, name: string): Promise<Address> {
  const mainnet = ctx.config.knownChains.find((c) => c.id === 1)
  if (!mainnet) throw new InputError('ENS names are resolved on Ethereum, which is not configured.')
  const address = await beforeDeadline(ctx.session.client(mainnet).getEnsAddress({ name }), ctx.signal).catch((error: unknown) => {
    throw new NoNodeReachableError([mainnet.name], error)
  })
  if (!address) throw new InputError(`The ENS name ${name} does not point to an address.`, 'Check the spelling, or paste the 0x address instead.')
  return address
}
