import { erc20Abi, type Address } from 'viem'
import type { ChainSpec } from '../../core/chain-spec.js'
import { tokenMetadataAbi } from '../abis.js'
import type { DiagnoseContext, Failure } from '../context.js'
import { failureOf } from '../failure.js'
import { beforeDeadline } from '../deadline.js'
import { readTokenInfo, type TokenInfo } from '../reads.js'
import { learnReadRoute, readContracts } from '../../rpc/read-contracts.js'
import { sanitizeUntrusted } from '../../core/untrusted.js'
import { recentTransfers, type TokenTransferLog } from '../transfers.js'
import type { RpcClient } from '../../rpc/session.js'

export const interfaceAbi = [
  {
    type: 'function', name: 'supportsInterface', stateMutability: 'view',
    inputs: [{ name: 'interfaceId', type: 'bytes4' }],
    outputs: [{ type: 'bool' }],
  },
] as const
const erc721Interface = '0x80ac58cd'
const erc1155Interface = '0xd9b67a26'

/** Gas an ERC-20 transfer typically uses: the "can it move its tokens" yardstick. */
export const tokenTransferGas = 65_000n

/** Everything one chain says about an address; raw data, no judgement. */
export type AddressEvidence = {
  chain: ChainSpec
  balance: bigint
  latestNonce: number
  pendingNonce: number
  code: string
  gasPrice: bigint
  /** When the address is itself a token: what it answers to. */
  tokenProbe: { erc20: boolean; erc721: boolean; erc1155: boolean; symbol?: string }
  /** Token balances above zero: well-known tokens of the chain and tokens it received recently. */
  holdings: { token: Address; amount: bigint; info: TokenInfo }[]
  /** ERC-20 transfers to or from the address in recent blocks. */
  transfers: TokenTransferLog[]
  /** The chain's newest block when it was read. */
  head: bigint
  /** Why the recent transfers could not be read, if they could not: the answer is then partial, not "unused". */
  transfersFailure?: Failure
}

/**
 * Three round trips per chain, all chains in parallel: (1) balance, nonces, code, gas price, head, a token probe
 * of the address itself and its balances of the chain's well-known tokens; (2) its recent token transfers;
 * (3) balances and metadata of tokens it received that the list doesn't know.
 */
export async function gatherAddressEvidence(
  ctx: DiagnoseContext,
  chain: ChainSpec,
  address: Address,
  /** Called with the first round trip's reads, before the rest: work that depends only on them can start early. */
  onFirstReads?: (first: { head: bigint; latestNonce: number; balance: bigint; code: string }) => void,
): Promise<AddressEvidence> {
  const client = ctx.session.client(chain)
  const known = chain.tokens.map((t) => t.address)
  const [balance, latestNonce, pendingNonce, code, gasPrice, head, , probe, knownBalances] = await beforeDeadline(
    Promise.all([
      client.getBalance({ address }),
      client.getTransactionCount({ address, blockTag: 'latest' }),
      client.getTransactionCount({ address, blockTag: 'pending' }),
      client.getCode({ address }).then((c) => c ?? '0x'),
      client.getGasPrice(),
      client.getBlockNumber(),
      // Learned beside the reads below (which meanwhile go one call each), for the reads that follow.
      learnReadRoute(client, chain),
      probeToken(client, address),
      balancesOf(client, address, known),
    ]),
    ctx.signal,
  )
  onFirstReads?.({ head, latestNonce, balance, code })
  const what = `${chain.name} (recent token transfers)`
  let transfersFailure: Failure | undefined
  const recent = await beforeDeadline(recentTransfers(client, chain, address, head), ctx.signal).catch((error: unknown) => {
    transfersFailure = { ...failureOf(chain, error), what }
    return undefined
  })
  const transfers = recent?.transfers ?? []
  if (recent && recent.blocks < recent.wanted)
    transfersFailure = { what, why: `the node limits log queries: read the last ${recent.blocks} blocks, not ${recent.wanted}; older tokens received may be missing` }
  const received = [...new Set(transfers.filter((t) => t.to === address).map((t) => t.token))].filter((t) => !known.some((k) => k.toLowerCase() === t.toLowerCase()))
  const [receivedBalances, info] = await beforeDeadline(
    Promise.all([balancesOf(client, address, received), readTokenInfo(client, [...known, ...received], new Set())]),
    ctx.signal,
  )
  const holdings = [...knownBalances, ...receivedBalances]
    .filter((h) => h.amount > 0n)
    .map((h) => ({ ...h, info: { ...info.get(h.token.toLowerCase()), ...knownInfo(chain, h.token) } }))
  return { chain, head, balance, latestNonce, pendingNonce, code, gasPrice, tokenProbe: probe, holdings, transfers, ...(transfersFailure ? { transfersFailure } : {}) }
}

/** The registry's symbol and decimals win over what a contract says about itself. */
function knownInfo(chain: ChainSpec, token: Address): TokenInfo {
  const entry = chain.tokens.find((t) => t.address.toLowerCase() === token.toLowerCase())
  return entry ? { symbol: entry.symbol, decimals: entry.decimals } : {}
}

/** What the address answers to as a token: symbol, decimals, supply, and the NFT interfaces. */
async function probeToken(client: RpcClient, address: Address) {
  const results = await readContracts(client, [
    { address, abi: tokenMetadataAbi, functionName: 'symbol' },
    { address, abi: tokenMetadataAbi, functionName: 'decimals' },
    { address, abi: tokenMetadataAbi, functionName: 'totalSupply' },
    { address, abi: interfaceAbi, functionName: 'supportsInterface', args: [erc721Interface] },
    { address, abi: interfaceAbi, functionName: 'supportsInterface', args: [erc1155Interface] },
  ])
  const ok = (i: number) => results[i]?.status === 'success'
  const value = (i: number) => (results[i]?.status === 'success' ? (results[i] as { result: unknown }).result : undefined)
  const symbol = typeof value(0) === 'string' ? sanitizeUntrusted(value(0) as string) : undefined
  return {
    erc20: ok(0) && ok(1) && ok(2) && value(3) !== true,
    erc721: value(3) === true,
    erc1155: value(4) === true,
    ...(symbol === undefined ? {} : { symbol }),
  }
}

async function balancesOf(client: RpcClient, owner: Address, tokens: Address[]) {
  const results = await readContracts(client, tokens.map((address) => ({ address, abi: erc20Abi, functionName: 'balanceOf', args: [owner] })))
  return tokens.map((token, i) => ({ token, amount: results[i]?.status === 'success' ? ((results[i] as { result: unknown }).result as bigint) : 0n }))
}
