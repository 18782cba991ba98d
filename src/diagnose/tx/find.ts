import { getAddress, formatTransaction, formatTransactionReceipt, type Hash, type RpcTransaction, type RpcTransactionReceipt, type Transaction, type TransactionReceipt } from 'viem'
import type { ChainSpec } from '../../core/chain-spec.js'
import { MalformedReplyError } from '../../rpc/errors.js'
import { learnReadRoute } from '../../rpc/read-contracts.js'
import type { DiagnoseContext, Failure } from '../context.js'
import { beforeDeadline } from '../deadline.js'
import { failureOf } from '../failure.js'

export type Located = { chain: ChainSpec; tx: Transaction; receipt: TransactionReceipt | undefined }

export type FindResult = {
  found: Located | undefined
  /** Chains whose nodes answered "not here". */
  answered: ChainSpec[]
  failures: (Failure & { chain: ChainSpec })[]
}

/**
 * Asks one chain for a transaction and its receipt, in one batched request.
 * Nodes answer `null` for unknown hashes; that is an answer, not an error.
 */
export async function lookUp(ctx: DiagnoseContext, chain: ChainSpec, hash: Hash): Promise<Located | undefined> {
  const client = ctx.session.client(chain)
  const [tx, receipt] = await Promise.all([
    client.request({ method: 'eth_getTransactionByHash', params: [hash] }) as Promise<RpcTransaction | null>,
    client.request({ method: 'eth_getTransactionReceipt', params: [hash] }) as Promise<RpcTransactionReceipt | null>,
    learnReadRoute(client, chain),
  ])
  // A receipt without its transaction: nodes behind one URL disagree. Not "not here": this chain failed to answer.
  if (!tx && receipt) throw new MalformedReplyError(undefined, 'eth_getTransactionByHash', 'no transaction, though a receipt for it came back')
  if (!tx) return undefined
  return { chain, tx: checksummed(formatTransaction(tx)), receipt: receipt ? formatTransactionReceipt(receipt) : undefined }
}

/** Nodes send lower-case addresses; every address txdoctor shows is EIP-55, so people can compare them. */
function checksummed(tx: Transaction): Transaction {
  return {
    ...tx,
    from: getAddress(tx.from),
    to: tx.to ? getAddress(tx.to) : tx.to,
    ...(tx.authorizationList ? { authorizationList: tx.authorizationList.map((a) => ({ ...a, address: getAddress(a.address) })) } : {}),
  } as Transaction
}

/**
 * Looks for a hash on every chain at once and settles as soon as one has it: a hash belongs to one chain, so
 * there is no need to wait for slow ones. "Not found" is only certain once every chain has answered; chains
 * that failed or ran out of time are reported, not silently counted as "not here".
 */
export function findAcrossChains(ctx: DiagnoseContext, chains: ChainSpec[], hash: Hash): Promise<FindResult> {
  return new Promise((resolve) => {
    const answered: ChainSpec[] = []
    const failures: FindResult['failures'] = []
    let pending = chains.length
    if (pending === 0) resolve({ found: undefined, answered, failures })
    for (const chain of chains)
      beforeDeadline(lookUp(ctx, chain, hash), ctx.signal).then(
        (found) => {
          if (found) resolve({ found, answered, failures })
          else answered.push(chain)
          if (--pending === 0) resolve({ found: undefined, answered, failures })
        },
        (error: unknown) => {
          failures.push({ ...failureOf(chain, error), chain })
          if (--pending === 0) resolve({ found: undefined, answered, failures })
        },
      )
  })
}
