import { decodeFunctionData, isAddressEqual, type Address, type Transaction } from 'viem'
import type { ChainSpec } from '../../core/chain-spec.js'
import type { TokenAmount, TokenRef, TxAction, TxSubject } from '../../core/facts.js'
import { toJsonSafe } from '../../core/json.js'
import { permit2Abi, tokenCallsAbi } from '../abis.js'
import { lower, type TokenInfo } from '../reads.js'
import { unlimitedAllowance } from '../approvals/permission.js'
import type { TokenEvent } from '../token-events.js'
import { nativeAmount } from './amounts.js'
import type { TxEvidence } from './evidence.js'
import { routerCall } from './router-calls.js'

/** Permit2 stores allowances as uint160: its largest value is its "unlimited". */
const permit2Max = 2n ** 160n - 1n

type TokenCall = { functionName: string; args: readonly unknown[]; permit2: boolean }

/** The token call in a transaction's input (transfer, approve …, or Permit2's approve), if it is one. */
function tokenCall(tx: Transaction, chain: ChainSpec): TokenCall | undefined {
  if (!tx.to || tx.input.length < 10) return undefined
  const permit2 = isAddressEqual(tx.to, chain.contracts.permit2)
  try {
    const { functionName, args } = decodeFunctionData({ abi: permit2 ? permit2Abi : tokenCallsAbi, data: tx.input })
    return { functionName, args: args ?? [], permit2 }
  } catch {
    return undefined
  }
}

/**
 * The token a transaction's input moves or approves, so gathering reads its symbol and decimals in the same round
 * trip as the others (a pending or failed transfer has no logs to name it).
 */
export function calledToken(tx: Transaction, chain: ChainSpec): Address | undefined {
  const call = tokenCall(tx, chain)
  if (!call) return undefined
  return call.permit2 ? (call.functionName === 'approve' ? (call.args[0] as Address) : undefined) : (tx.to ?? undefined)
}

/**
 * Which transaction this is, as a user would recognise it: what it did (or tried to do) — from its logs when it
 * went through, from its input otherwise — between whom, and when. Pure: evidence in, facts out, no words.
 *
 * @example txSubject(evidence).action // { kind: 'token-transfer', amount: 250000000n, symbol: 'TUSD', … }
 */
export function txSubject(e: TxEvidence): TxSubject {
  const { tx, receipt } = e
  // Its nonce already used by a mined transaction: it can never be mined (checks/pending.ts says TX_REPLACED).
  const replaced = !receipt && e.account !== undefined && tx.nonce < e.account.latestNonce
  const state = replaced ? 'replaced' : !receipt ? 'pending' : receipt.status === 'success' ? 'succeeded' : 'failed'
  return {
    action: actionOf(e),
    from: tx.from,
    to: tx.to ?? null,
    nonce: tx.nonce,
    state,
    ...(receipt ? { blockNumber: receipt.blockNumber } : {}),
    ...(receipt && e.minedAt !== undefined ? { minedAt: e.minedAt } : {}),
    ...(!receipt && e.pendingSince ? { firstSeenAt: e.pendingSince.firstSeenAt } : {}),
    ...(state === 'pending' && e.pendingSince ? { waitedSeconds: secondsBetween(e.pendingSince.firstSeenAt, e.pendingSince.checkedAt) } : {}),
  }
}

const secondsBetween = (earlierMs: number, laterMs: number) => Math.max(0, Math.round((laterMs - earlierMs) / 1000))

function actionOf(e: TxEvidence): TxAction {
  const { tx, receipt, chain } = e
  const value = nativeAmount(chain, tx.value)
  const deposit = e.chainSpecific?.deposit
  if (deposit) return { kind: 'bridge-deposit', mint: nativeAmount(chain, deposit.mint), value, to: tx.to ?? null, system: deposit.system }
  if (e.delegations.length) return { kind: 'delegation', delegations: e.delegations.map(({ authority, delegate }) => ({ authority, delegate })) }
  if (!tx.to) return { kind: 'deployment', value, ...(receipt?.contractAddress ? { contract: receipt.contractAddress } : {}) }
  if (tx.input === '0x') return { kind: 'native-transfer', value, to: tx.to }
  const mined = receipt?.status === 'success'
  const call = tokenCall(tx, chain)
  if (call) {
    const token = call.permit2 ? (call.args[0] as Address) : tx.to
    const info = e.tokens.get(lower(token))
    const transfer = transferOf(call, tx, info, mined ? e.events : undefined)
    if (transfer) return transfer
    const approval = approvalOf(call, tx, token, info, chain)
    if (approval) return approval
  }
  const swap = routerCall(tx.input)
  if (swap) {
    const known = chain.spenders.find((s) => isAddressEqual(s.address, tx.to!))
    return {
      kind: 'swap',
      router: tx.to,
      ...(known ? { routerLabel: known.label } : {}),
      functionName: swap.functionName,
      value,
      paid: mined ? movedBy(e, 'from') : [],
      received: mined ? movedBy(e, 'to') : [],
      ...(swap.tokenIn ? { tokenIn: tokenRef(e, swap.tokenIn) } : {}),
      ...(swap.tokenOut ? { tokenOut: tokenRef(e, swap.tokenOut) } : {}),
      ...(swap.amountIn === undefined ? {} : { amountIn: swap.amountIn }),
      ...(swap.maximumIn === undefined ? {} : { maximumIn: swap.maximumIn }),
      ...(swap.minimumOut === undefined ? {} : { minimumOut: swap.minimumOut }),
      ...(swap.deadline === undefined ? {} : { deadline: swap.deadline }),
    }
  }
  return { kind: 'contract-call', contract: tx.to, value, ...(tx.input.length >= 10 ? { selector: tx.input.slice(0, 10) } : {}) }
}

/** A token transfer call; when it went through, the amount is the one its Transfer log says arrived. */
function transferOf(call: TokenCall, tx: Transaction, info: TokenInfo | undefined, events: TokenEvent[] | undefined): TxAction | undefined {
  const [a, b, c] = call.args
  const parties =
    call.functionName === 'transfer'
      ? { from: tx.from, to: a as Address, amount: b as bigint, standard: 'erc20' as const }
      : call.functionName === 'transferFrom'
        ? { from: a as Address, to: b as Address, amount: c as bigint, standard: 'erc20' as const }
        : call.functionName === 'safeTransferFrom'
          ? { from: a as Address, to: b as Address, amount: 1n, tokenId: c as bigint, standard: 'erc721' as const }
          : undefined
  if (!parties || !tx.to) return undefined
  const meta = { ...(info?.symbol === undefined ? {} : { symbol: info.symbol }), ...(info?.decimals === undefined ? {} : { decimals: info.decimals }) }
  const logged = events?.find((ev) => (ev.kind === 'erc20-transfer' || ev.kind === 'erc721-transfer') && isAddressEqual(ev.token, tx.to!) && isAddressEqual(ev.to, parties.to))
  if (logged?.kind === 'erc721-transfer')
    return { kind: 'token-transfer', standard: 'erc721', token: tx.to, ...meta, amount: 1n, tokenId: logged.tokenId, from: logged.from, to: logged.to, source: 'logs' }
  if (logged?.kind === 'erc20-transfer')
    return { kind: 'token-transfer', standard: 'erc20', token: tx.to, ...meta, amount: logged.amount, from: logged.from, to: logged.to, source: 'logs' }
  return { kind: 'token-transfer', token: tx.to, ...meta, ...parties, source: 'input' }
}

function approvalOf(call: TokenCall, tx: Transaction, token: Address, info: TokenInfo | undefined, chain: ChainSpec): TxAction | undefined {
  const [a, b, c] = call.args
  const grant =
    call.permit2 && call.functionName === 'approve'
      ? { method: 'permit2' as const, owner: tx.from, spender: b as Address, amount: c as bigint }
      : call.functionName === 'approve' || call.functionName === 'increaseAllowance'
        ? { method: call.functionName as 'approve' | 'increaseAllowance', owner: tx.from, spender: a as Address, amount: b as bigint }
        : call.functionName === 'setApprovalForAll'
          ? { method: 'setApprovalForAll' as const, owner: tx.from, spender: a as Address, amount: b === true ? undefined : 0n }
          : call.functionName === 'permit'
            ? { method: 'permit' as const, owner: a as Address, spender: b as Address, amount: c as bigint }
            : undefined
  if (!grant) return undefined
  const { amount } = grant
  const collectionWide = grant.method === 'setApprovalForAll'
  const unlimited =
    !collectionWide &&
    amount !== undefined &&
    (amount >= unlimitedAllowance || (grant.method === 'permit2' && amount >= permit2Max) || (info?.totalSupply !== undefined && amount > info.totalSupply))
  const known = chain.spenders.find((s) => isAddressEqual(s.address, grant.spender))
  return {
    kind: 'approval',
    method: grant.method,
    token,
    ...(info?.symbol === undefined ? {} : { symbol: info.symbol }),
    ...(info?.decimals === undefined ? {} : { decimals: info.decimals }),
    owner: grant.owner,
    spender: grant.spender,
    ...(known ? { spenderLabel: known.label } : {}),
    ...(amount === undefined || unlimited || amount === 0n ? {} : { amount }),
    unlimited,
    revoke: amount === 0n,
  }
}

function tokenRef(e: TxEvidence, token: Address): TokenRef {
  const info = e.tokens.get(lower(token))
  return { token, ...(info?.symbol === undefined ? {} : { symbol: info.symbol }), ...(info?.decimals === undefined ? {} : { decimals: info.decimals }) }
}

/** ERC-20 amounts that left (`from`) or reached (`to`) the sender's wallet, per token. */
function movedBy(e: TxEvidence, side: 'from' | 'to'): TokenAmount[] {
  const totals = new Map<string, TokenAmount>()
  for (const event of e.events) {
    if (event.kind !== 'erc20-transfer' || !isAddressEqual(event[side], e.tx.from)) continue
    const sum = totals.get(lower(event.token)) ?? { ...tokenRef(e, event.token), amount: 0n }
    totals.set(lower(event.token), { ...sum, amount: sum.amount + event.amount })
  }
  return [...totals.values()]
}

/** The amounts of a stored action (JSON keeps them as decimal strings). */
const amountKeys = new Set(['value', 'amount', 'amountIn', 'maximumIn', 'minimumOut', 'deadline', 'tokenId'])

/** What the pending store keeps of a waiting transaction's subject, as JSON, so a vanished one can still be named. */
export function storedSubject({ action, from, to, nonce }: TxSubject): Record<string, unknown> {
  return toJsonSafe({ action, from, to, nonce }) as Record<string, unknown>
}

/**
 * The subject of a transaction no node knows any more, from what the store kept when it was seen waiting; undefined
 * for an entry written before subjects were kept (or not one at all).
 */
export function vanishedSubject(stored: unknown, state: 'replaced' | 'dropped', firstSeenAt: number): TxSubject | undefined {
  const revive = (value: unknown, key = ''): unknown => {
    if (Array.isArray(value)) return value.map((item) => revive(item))
    if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revive(v, k)]))
    return amountKeys.has(key) && typeof value === 'string' && /^\d{1,80}$/.test(value) ? BigInt(value) : value
  }
  const subject = revive(stored) as Partial<TxSubject> | undefined
  if (typeof subject?.action?.kind !== 'string' || typeof subject.from !== 'string' || typeof subject.nonce !== 'number') return undefined
  return { action: subject.action, from: subject.from, to: subject.to ?? null, nonce: subject.nonce, state, firstSeenAt }
}
