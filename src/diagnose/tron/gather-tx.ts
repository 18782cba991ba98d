import { decodeAbiParameters, type Hex } from 'viem'
import type { TronSpec } from '../../core/tron-spec.js'
import { sanitizeUntrusted } from '../../core/untrusted.js'
import type { TronClient } from '../../rpc/tron-client.js'
import type { Failure } from '../context.js'
import { failureOf } from '../failure.js'
import { actionOf, addressWord, wordValue, knownToken, resultOf, tokenTransfersOf, trx } from './decode.js'
import { energyAvailable } from './resources.js'
import { tolerant } from './tolerant.js'
import type { TronTxEvidence } from './tx-evidence.js'

type Gathered = { evidence: TronTxEvidence; failures: Failure[] }

/**
 * Reads one TRON transaction: the transaction, its result, and whether the solidity API has it (irreversible), all
 * at once; then, only where the answer needs them, what its tokens call themselves and, for a failure for want of
 * energy, the price of energy and the sender's account now — one more round trip at most.
 *
 * `probe`: the id may not be TRON's at all (a bare hash searched on every network): ask for its result alone first,
 * and the rest only once TRON knows it, so that an EVM question costs TRON one request.
 */
export async function gatherTronTx(client: TronClient, spec: TronSpec, id: string, { probe = false }: { probe?: boolean } = {}): Promise<Gathered> {
  const failures: Failure[] = []
  const tolerate = tolerant(spec, failures)
  const evidence: TronTxEvidence = { spec, id, tokens: new Map() }
  // A probe's failure is the caller's to judge (TRON unreachable while the EVM chains answered): not tolerated here.
  // It asks for the transaction itself: every node has that; some keep no infos (no transaction history).
  const probed = probe ? await client.transaction(id) : undefined
  if (probe && !probed) return { evidence, failures }
  // A known transaction's verdict (ret) already says whether it ran out of energy: that failure's context (the price
  // of energy, the sender's account, the recipient's balance) is asked beside its info, not after it.
  const early = probed?.ret?.[0]?.contractRet === 'OUT_OF_ENERGY' ? energyContext(client, spec, actionOf(probed, spec), evidence, tolerate) : undefined
  let unread: unknown
  const [tx, info, solid] = await Promise.all([
    probe ? Promise.resolve(probed) : client.transaction(id).catch((error: unknown) => void (unread = error)),
    tolerate(client.transactionInfo(id)),
    tolerate(client.transactionInfo(id, { solidified: true }).then((s) => s !== undefined)),
  ])
  // Neither the transaction nor its info could be read: nothing is known, not even "not found".
  if (unread !== undefined && !info) throw unread
  if (unread !== undefined) failures.push(failureOf(spec, unread))
  Object.assign(evidence, { ...(tx ? { tx } : {}), ...(info ? { info } : {}), ...(solid !== undefined ? { solidified: solid } : {}) })
  if (tx && !info) failures.push({ what: spec.name, why: 'the node gave the transaction and its verdict, but not its details (block, fee, energy, logs)' })
  if (!tx && info) failures.push({ what: spec.name, why: 'the node gave the transaction’s result but not the transaction itself' })

  const unknownTokens = info ? [...new Set(tokenTransfersOf(info, spec).map((t) => t.token))].filter((t) => !('symbol' in knownToken(spec, t))) : []
  const outOfEnergy = (info ? resultOf(info, tx) : tx?.ret?.[0]?.contractRet) === 'OUT_OF_ENERGY'
  await Promise.all([
    ...unknownTokens.map(async (token) => evidence.tokens.set(token, await tokenMetadata(client, token))),
    early ?? (outOfEnergy ? energyContext(client, spec, tx ? actionOf(tx, spec) : undefined, evidence, tolerate) : undefined),
  ])
  return { evidence, failures }
}

/** For a failure for want of energy: the price of energy, the sender's TRX and energy now, and whether the recipient holds the token. */
async function energyContext(
  client: TronClient,
  spec: TronSpec,
  what: ReturnType<typeof actionOf> | undefined,
  evidence: TronTxEvidence,
  tolerate: ReturnType<typeof tolerant>,
): Promise<void> {
  const sender = what?.sender
  const action = what?.action
  const [parameters, account, resource, recipientBalance] = await Promise.all([
    tolerate(client.chainParameters()),
    // null: the node has no such account (it holds nothing); undefined: the read failed.
    sender ? tolerate(client.account(sender).then((a) => a ?? null)) : undefined,
    sender ? tolerate(client.accountResource(sender)) : undefined,
    action?.kind === 'token-transfer' ? tolerate(client.call(action.token, 'balanceOf(address)', addressWord(action.to), action.to)) : undefined,
  ])
  const price = parameters?.get('getEnergyFee')
  if (price !== undefined && price > 0) evidence.energyPrice = BigInt(price)
  if (sender && resource !== undefined && account !== undefined)
    evidence.senderNow = { balance: trx(spec, account?.balance ?? 0), energyAvailable: energyAvailable(resource) }
  if (recipientBalance !== undefined) evidence.recipientHolds = wordValue(recipientBalance) > 0n
}

/** A token's own `symbol()` and `decimals()` (untrusted: any contract can claim to be "USDT"); each may be missing. */
async function tokenMetadata(client: TronClient, token: string): Promise<{ symbol?: string; decimals?: number }> {
  const [symbol, decimals] = await Promise.all([
    client.call(token, 'symbol()').then((data) => decodeString(data)).catch(() => undefined),
    client.call(token, 'decimals()').then((data) => Number(wordValue(data))).catch(() => undefined),
  ])
  return {
    ...(symbol ? { symbol } : {}),
    ...(decimals !== undefined && Number.isInteger(decimals) && decimals <= 36 ? { decimals } : {}),
  }
}

function decodeString(data: string): string | undefined {
  try {
    const [value] = decodeAbiParameters([{ type: 'string' }], `0x${data}` as Hex)
    return sanitizeUntrusted(value).slice(0, 32) || undefined
  } catch {
    return undefined
  }
}
