import { recoverAuthorizationAddress } from 'viem/utils'
import { BaseError, isAddressEqual, type Address, type Hash, type Transaction } from 'viem'
import { isMethodMissing } from '../../rpc/errors.js'
import type { ChainSpec } from '../../core/chain-spec.js'
import type { DiagnoseContext, Failure } from '../context.js'
import { beforeDeadline, graceSignal, sideQuestionGraceMs } from '../deadline.js'
import { failureOf } from '../failure.js'
import { lower, rawRequest, readCodeElsewhere, readCodes, readTokenInfo } from '../reads.js'
import { decodeTokenEvents } from '../token-events.js'
import { recentTransfers } from '../transfers.js'
import { chainSpecificOf } from './chain-specific.js'
import type { AccountState, FeeMarket, TxEvidence } from './evidence.js'
import type { Located } from './find.js'
import { intendedRecipient, possiblePoisoning } from './interests.js'
import { grantsOf } from '../approvals/grants.js'
import { decodePermissionLogs } from '../approvals/permission.js'
import { findReplacement } from './replacement-search.js'
import { replayFailure } from './replay.js'
import { calledToken } from './subject.js'
import { callTokens } from './call-tokens.js'
import { thresholds } from './thresholds.js'
import { nodeKnowledge } from '../../rpc/node-knowledge.js'
import type { RpcClient } from '../../rpc/session.js'

/**
 * The second round trip: everything the checks need about a located transaction, asked of its chain at once
 * (and of other chains, for cross-chain recipients). Optional parts that fail are reported, not fatal.
 */
export async function gatherTxEvidence(
  ctx: DiagnoseContext,
  { chain, tx, receipt }: Located,
): Promise<{ evidence: TxEvidence; failures: Failure[] }> {
  const client = ctx.session.client(chain)
  const failures: Failure[] = []
  const optional = <value>(promise: Promise<value>, what: string): Promise<value | undefined> =>
    beforeDeadline(promise, ctx.signal).catch((error: unknown) => {
      failures.push({ ...failureOf(chain, error), what: `${chain.name}: ${what}` })
      return undefined
    })

  const chainSpecific = chainSpecificOf(tx)
  const events = decodeTokenEvents(receipt?.logs ?? [])
  const permissions = decodePermissionLogs(receipt?.logs ?? [], chain.contracts.permit2)
  const approvals = receipt?.status === 'success' ? grantsOf(tx, permissions, chain) : []
  const recipient = intendedRecipient(tx)
  const otherChains = ctx.config.chains.filter((c) => c.id !== chain.id)
  // The token a pending or failed transfer names in its input has no log yet: read it with the others.
  const inputToken = calledToken(tx, chain)
  // A failed swap's amounts (its minimum output, an allowance) are counted in the tokens of its path.
  const failedSwapTokens = receipt?.status === 'reverted' ? Object.values(callTokens(tx, chain)) : []
  const tokenAddresses = unique([...events.map((e) => e.token), ...approvals.map((a) => a.token), ...(inputToken ? [inputToken] : []), ...failedSwapTokens])
  const codeAddresses = unique([...(recipient ? [recipient] : []), ...approvals.map((a) => a.spender)])
  const poisoning = possiblePoisoning(tx, events, (token) => chain.tokens.find((t) => lower(t.address) === lower(token))?.decimals)

  const head = beforeDeadline(client.getBlockNumber(), ctx.signal)
  // Other chains are asked in the same round trip, but a slow one may delay the answer by the grace period only.
  const sideSignal = graceSignal(head, sideQuestionGraceMs, ctx.signal)
  const [headNumber, finalized, minedAt, account, fees, replay, tokens, hasCode, codeElsewhere, counterparties, seen] = await Promise.all([
    head,
    receipt ? optional(readFinalized(client), 'finalized block') : undefined,
    receipt ? optional(client.getBlock({ blockNumber: receipt.blockNumber }).then((block) => block.timestamp), 'block time') : undefined,
    receipt ? undefined : optional(readAccount(client, tx), 'sender account'),
    receipt ? undefined : optional(readFees(client), 'fee history'),
    // A failed deposit is not the sender's call to re-run: it came from Ethereum (checks/deposit.ts).
    receipt?.status === 'reverted' && !chainSpecific?.deposit ? optional(replayFailure(client, tx, receipt), 'failure replay') : undefined,
    optional(readTokenInfo(client, tokenAddresses, new Set(approvals.map((a) => lower(a.token)))), 'token metadata'),
    optional(readCodes(client, codeAddresses), 'contract code'),
    recipient && receipt?.status === 'success' ? readCodeElsewhere(ctx, otherChains, recipient, failures, sideSignal) : undefined,
    poisoning.length && receipt
      ? optional(readCounterparties(client, chain, unique(poisoning.map((p) => p.victim)), receipt.blockNumber, tx.hash), 'transfer history')
      : undefined,
    // Since when it has waited, if txdoctor saw it before: a store that fails only costs that sentence.
    receipt ? undefined : ctx.store.get(tx.hash).catch(() => undefined),
  ])

  const evidence: TxEvidence = {
    chain,
    otherChains,
    tx,
    ...(receipt ? { receipt } : {}),
    head: headNumber,
    ...(minedAt === undefined ? {} : { minedAt }),
    ...(finalized === undefined ? {} : { finalized }),
    ...(fees ? { fees } : {}),
    ...(replay ? { replay } : {}),
    events,
    permissions,
    tokens: tokens ?? new Map(),
    hasCode: hasCode ?? new Map(),
    codeElsewhere: codeElsewhere ?? new Map(),
    counterparties: counterparties ?? new Map(),
    delegations: await recoverDelegations(tx),
    ...(chainSpecific ? { chainSpecific } : {}),
    ...(seen ? { pendingSince: { firstSeenAt: seen.firstSeenAt ?? seen.seenAt, checkedAt: ctx.now() } } : {}),
  }
  if (account) evidence.account = await completePool(ctx, chain, client, tx, account)
  if (!receipt && account && tx.nonce < account.latestNonce) {
    const replacedBy = await optional(findReplacement(client, tx.from, tx.nonce, headNumber - thresholds.replacementSearchBlocks, headNumber), 'replacement search')
    if (replacedBy) evidence.replacedBy = replacedBy
  }
  return { evidence, failures }
}

/** The accounts a type-4 transaction delegates, and to what. Signatures that don't recover are skipped. */
async function recoverDelegations(tx: Transaction) {
  if (tx.type !== 'eip7702' || !tx.authorizationList) return []
  const recovered = await Promise.all(
    tx.authorizationList.map(async (authorization) => {
      const authority = await recoverAuthorizationAddress({ authorization }).catch(() => undefined)
      return authority && { authority, delegate: authorization.address, chainId: authorization.chainId, nonce: authorization.nonce }
    }),
  )
  return recovered.filter((d) => d !== undefined)
}

async function readFinalized(client: RpcClient): Promise<bigint | undefined> {
  const block = await client.getBlock({ blockTag: 'finalized' }).catch(() => undefined)
  return block?.number ?? undefined
}

async function readAccount(client: RpcClient, tx: Transaction): Promise<AccountState> {
  const [latestNonce, pendingNonce, balance, pool] = await Promise.all([
    client.getTransactionCount({ address: tx.from, blockTag: 'latest' }),
    client.getTransactionCount({ address: tx.from, blockTag: 'pending' }),
    client.getBalance({ address: tx.from, blockTag: 'latest' }),
    readPool(client, 'txpool_contentFrom', [tx.from], tx.from).catch(() => undefined),
  ])
  return { latestNonce, pendingNonce, balance, ...(pool ? { pool } : {}) }
}

/**
 * Which earlier transaction blocks this one: only the node's pool knows. Few nodes offer `txpool_contentFrom`;
 * a local or private node may offer `txpool_content`, read (one more round trip) only when the answer matters.
 */
async function completePool(ctx: DiagnoseContext, chain: ChainSpec, client: RpcClient, tx: Transaction, account: AccountState): Promise<AccountState> {
  if (account.pool || !poolCanTell(tx.nonce, account) || nodeKnowledge.lacksTxpool(chain.rpcUrls)) return account
  const pool = await beforeDeadline(readPool(client, 'txpool_content', [], tx.from), ctx.signal).catch((error: unknown) => {
    if (isMethodMissing(error)) nodeKnowledge.sawNoTxpool(chain.rpcUrls)
    return undefined
  })
  return pool ? { ...account, pool } : account
}

/**
 * The pool matters when it names the transaction this one waits behind, or says which of several skipped
 * nonces were sent after all. With exactly one nonce skipped, that nonce cannot be in the pool (the node would
 * count it as pending), so the answer is already known.
 */
function poolCanTell(nonce: number, { latestNonce, pendingNonce }: AccountState): boolean {
  return nonce > latestNonce && nonce !== pendingNonce + 1
}

/** A pool section as the transport let it through (an object of objects); its entries are still the node's word. */
type PoolSection = Record<string, Record<string, unknown>> | undefined

async function readPool(client: RpcClient, method: 'txpool_contentFrom' | 'txpool_content', params: unknown[], from: Address) {
  const content = await rawRequest<{ pending?: PoolSection; queued?: PoolSection }>(client, method, params)
  // Entries that are not a nonce with a transaction hash are skipped: the pool only ever adds detail.
  const byNonce = (entries: Record<string, unknown> | undefined) =>
    new Map(
      Object.entries(entries ?? {}).flatMap(([nonce, tx]) => {
        const hash = typeof tx === 'object' && tx !== null ? (tx as { hash?: unknown }).hash : undefined
        return /^\d{1,15}$/.test(nonce) && typeof hash === 'string' && /^0x[0-9a-f]{64}$/i.test(hash) ? [[Number(nonce), hash as Hash] as const] : []
      }),
    )
  const bySender = (section: PoolSection) => byNonce(Object.entries(section ?? {}).find(([address]) => lower(address) === lower(from))?.[1])
  // txpool_contentFrom answers { pending: { nonce: tx } }, txpool_content { pending: { sender: { nonce: tx } } }.
  if (method === 'txpool_contentFrom') return { pending: byNonce(content.pending), queued: byNonce(content.queued) }
  return { pending: bySender(content.pending), queued: bySender(content.queued) }
}

/** The next block's base fee and the typical tip of recent blocks, in one eth_feeHistory call. */
async function readFees(client: RpcClient): Promise<FeeMarket> {
  const history = await client.getFeeHistory({ blockCount: thresholds.feeHistoryBlocks, blockTag: 'latest', rewardPercentiles: [50] })
  const nextBaseFeePerGas = history.baseFeePerGas.at(-1) ?? 0n
  const tips = (history.reward ?? []).map((r) => r[0] ?? 0n).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  const typicalPriorityFeePerGas = tips.length ? tips[Math.floor(tips.length / 2)]! : 0n
  return { nextBaseFeePerGas, typicalPriorityFeePerGas }
}

/** The addresses each possible victim really exchanged tokens with up to `head` (not counting this transaction). */
async function readCounterparties(client: RpcClient, chain: ChainSpec, victims: Address[], head: bigint, exclude: Hash) {
  const entries = await Promise.all(
    victims.map(async (victim) => {
      const others = new Set<string>()
      for (const t of (await recentTransfers(client, chain, victim, head)).transfers)
        if (t.hash !== exclude) others.add(lower(isAddressEqual(t.from, victim) ? t.to : t.from))
      return [lower(victim), others] as const
    }),
  )
  return new Map(entries)
}

const unique = (addresses: Address[]): Address[] => [...new Map(addresses.map((a) => [lower(a), a])).values()]
