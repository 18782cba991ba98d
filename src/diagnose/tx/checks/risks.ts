import { isAddressEqual } from 'viem'
import { knownDelegates } from '../../../../chains/delegates.js'
import { finding } from '../../../core/finding.js'
import type { Finding } from '../../../core/types.js'
import { chainRef } from '../../context.js'
import { containsLink, mixesScripts } from '../../../core/untrusted.js'
import { lower } from '../../reads.js'
import type { TxEvidence } from '../evidence.js'
import { intendedRecipient } from '../interests.js'

/** Tokens sent to the token contract itself: almost always lost. */
export function checkTokenToContract(e: TxEvidence): Finding[] {
  if (e.receipt?.status !== 'success') return []
  return e.events.flatMap((event) => {
    if (event.kind !== 'erc20-transfer' || !isAddressEqual(event.to, event.token) || event.amount === 0n) return []
    const info = e.tokens.get(lower(event.token))
    return [finding('TX_TOKEN_TO_CONTRACT', { token: event.token, amount: event.amount, ...(info?.symbol ? { symbol: info.symbol } : {}), ...(info?.decimals === undefined ? {} : { decimals: info.decimals }) })]
  })
}

/** The recipient is a contract elsewhere (a multisig, typically) but has no code here: nobody controls it here. */
export function checkRecipientNotOnChain(e: TxEvidence): Finding[] {
  const recipient = intendedRecipient(e.tx)
  if (!recipient || e.receipt?.status !== 'success' || e.hasCode.get(lower(recipient))) return []
  const codeOnChains = e.codeElsewhere.get(lower(recipient)) ?? []
  if (codeOnChains.length === 0) return []
  return [finding('TX_RECIPIENT_NOT_ON_CHAIN', { recipient, chain: chainRef(e.chain), codeOnChains: codeOnChains.map(chainRef) })]
}

/** A type-4 transaction handing an account's code to a contract: known smart accounts are info, others danger. */
export function checkDelegations(e: TxEvidence): Finding[] {
  return e.delegations
    .filter((d) => !/^0x0{40}$/i.test(d.delegate)) // delegating to address(0) undoes a delegation
    .map(({ authority, delegate, chainId, nonce }) => {
      const known = knownDelegates.find((k) => isAddressEqual(k.address, delegate))
      const facts = { authority, delegate, known: Boolean(known), ...(known ? { delegateLabel: known.label } : {}), authorizationChainId: chainId, authorizationNonce: nonce }
      return finding('TX_EIP7702_DELEGATION', facts, known ? 'info' : 'danger')
    })
}

/**
 * Tokens that look like scams: a name or symbol carrying a web address (airdrop lures), letters mixed from
 * several scripts, or the symbol of one of the chain's well-known tokens on another contract (fake USDT).
 */
export function checkScamTokens(e: TxEvidence): Finding[] {
  const tokens = [...new Set([...e.events, ...e.permissions].map((event) => event.token))]
  return tokens.flatMap((token) => {
    const info = e.tokens.get(lower(token))
    if (!info?.symbol && !info?.name) return []
    const words = [info.symbol ?? '', info.name ?? '']
    const real = e.chain.tokens.find((t) => t.symbol.toLowerCase() === info.symbol?.toLowerCase() && !isAddressEqual(t.address, token))
    const reasons = [
      ...(words.some(containsLink) ? (['link'] as const) : []),
      ...(words.some(mixesScripts) ? (['mixed-scripts'] as const) : []),
      ...(real ? (['imitates-known'] as const) : []),
    ]
    if (reasons.length === 0) return []
    return [finding('TX_SCAM_TOKEN', { token, reasons, ...(info.symbol ? { symbol: info.symbol } : {}), ...(info.name ? { name: info.name } : {}), ...(real ? { imitates: real.address } : {}) })]
  })
}
