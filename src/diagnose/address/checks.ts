import { getAddress, isAddressEqual, type Address } from 'viem'
import { knownDelegates } from '../../../chains/delegates.js'
import type { TokenAmount } from '../../core/facts.js'
import { finding } from '../../core/finding.js'
import type { Finding } from '../../core/types.js'
import { chainRef } from '../context.js'
import { isDust, looksAlike } from '../tx/interests.js'
import { nativeAmount } from '../tx/amounts.js'
import { tokenTransferGas, type AddressEvidence } from './gather.js'

/** EIP-7702 delegation designator: the account's code is 0xef0100 followed by the delegate's address. */
const delegationPrefix = '0xef0100'

/** Any sign of use on a chain: a balance, a sent transaction, code, tokens held, or tokens moved lately. */
export const isUsed = (a: AddressEvidence) => a.balance > 0n || a.latestNonce > 0 || a.code !== '0x' || a.holdings.length > 0 || a.transfers.length > 0
const isDelegated = (a: AddressEvidence) => a.code.startsWith(delegationPrefix)
const isContract = (a: AddressEvidence) => a.code !== '0x' && !isDelegated(a)

/** Pure: what each chain says about an address in, findings out, most telling first. */
export function addressFindings(address: Address, evidence: AddressEvidence[]): Finding[] {
  const used = evidence.filter(isUsed)
  if (used.length === 0) return [finding('ADDRESS_UNUSED', { checkedChains: evidence.map((e) => chainRef(e.chain)) })]

  const findings: Finding[] = []
  for (const e of evidence) {
    const { erc20, erc721, erc1155, symbol } = e.tokenProbe
    if (isContract(e) && (erc20 || erc721 || erc1155))
      findings.push(finding('ADDRESS_IS_TOKEN', { chain: chainRef(e.chain), standard: erc721 ? 'erc721' : erc1155 ? 'erc1155' : 'erc20', ...(symbol === undefined ? {} : { symbol }) }))
  }
  const contracts = evidence.filter(isContract)
  if (contracts.length) {
    findings.push(finding('ADDRESS_IS_CONTRACT', { chains: contracts.map((e) => chainRef(e.chain)) }))
    const missing = evidence.filter((e) => e.code === '0x')
    if (missing.length) findings.push(finding('ADDRESS_CONTRACT_NOT_ON_CHAIN', { contractOn: contracts.map((e) => chainRef(e.chain)), missingOn: missing.map((e) => chainRef(e.chain)) }))
  }
  for (const e of evidence.filter(isDelegated)) {
    const delegate = getAddress(`0x${e.code.slice(delegationPrefix.length, delegationPrefix.length + 40)}`)
    const known = knownDelegates.find((k) => isAddressEqual(k.address, delegate))
    findings.push(finding('ADDRESS_EIP7702_DELEGATED', { chain: chainRef(e.chain), delegate, known: Boolean(known), ...(known ? { delegateLabel: known.label } : {}) }, known ? 'info' : 'danger'))
  }
  for (const e of evidence) {
    const fee = e.gasPrice * tokenTransferGas
    if (!isContract(e) && e.holdings.length > 0 && e.balance < fee)
      findings.push(
        finding('ADDRESS_NO_GAS', {
          chain: chainRef(e.chain),
          balance: nativeAmount(e.chain, e.balance),
          estimatedFee: nativeAmount(e.chain, fee),
          transferGas: tokenTransferGas,
          gasPrice: e.gasPrice,
          holdings: holdingsOf(e),
        }),
      )
  }
  for (const e of evidence) {
    const lookalikes = poisoningIn(address, e)
    if (lookalikes.length) findings.push(finding('ADDRESS_POISONING_SEEN', { chain: chainRef(e.chain), lookalikes }))
  }
  for (const e of evidence)
    if (e.pendingNonce > e.latestNonce) findings.push(finding('ADDRESS_PENDING_TXS', { chain: chainRef(e.chain), minedNonce: e.latestNonce, pendingNonce: e.pendingNonce }))
  findings.push(
    finding('ADDRESS_ACTIVITY', {
      chains: used.map((e) => ({
        chain: chainRef(e.chain),
        balance: nativeAmount(e.chain, e.balance),
        transactionCount: e.latestNonce,
        isContract: isContract(e),
        tokens: e.holdings.map((h) => h.info.symbol ?? h.token),
        holdings: holdingsOf(e),
      })),
    }),
  )
  return findings
}

/** The tokens it holds on a chain, with their amounts (symbol untrusted, decimals where the token or the registry says). */
function holdingsOf(e: AddressEvidence): TokenAmount[] {
  return e.holdings.map((h) => ({
    token: h.token,
    ...(h.info.symbol === undefined ? {} : { symbol: h.info.symbol }),
    ...(h.info.decimals === undefined ? {} : { decimals: h.info.decimals }),
    amount: h.amount,
  }))
}

/**
 * Zero or dust transfers whose other side imitates an address this one really exchanged tokens with (a
 * non-dust transfer): the same lookalike rule as the transaction check.
 */
function poisoningIn(address: Address, e: AddressEvidence) {
  const decimalsOf = (token: Address) => e.holdings.find((h) => isAddressEqual(h.token, token))?.info.decimals ?? e.chain.tokens.find((t) => isAddressEqual(t.address, token))?.decimals
  const otherSide = (t: { from: Address; to: Address }) => (isAddressEqual(t.from, address) ? t.to : t.from)
  const real = new Set(e.transfers.filter((t) => !isDust(t.amount, decimalsOf(t.token) ?? 18)).map((t) => otherSide(t)))
  const seen = new Map<string, { lookalike: Address; genuine: Address; hash: `0x${string}` }>()
  for (const t of e.transfers) {
    if (!isDust(t.amount, decimalsOf(t.token) ?? 18)) continue
    const suspect = otherSide(t)
    const genuine = [...real].find((r) => looksAlike(r, suspect))
    if (genuine && !seen.has(suspect)) seen.set(suspect, { lookalike: suspect, genuine, hash: t.hash })
  }
  return [...seen.values()]
}
