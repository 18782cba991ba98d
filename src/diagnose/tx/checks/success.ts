import type { TokenTransfer } from '../../../core/facts.js'
import { finding } from '../../../core/finding.js'
import type { Finding } from '../../../core/types.js'
import { chainRef } from '../../context.js'
import { feePaid, nativeAmount } from '../amounts.js'
import { lower } from '../../reads.js'
import type { TxEvidence } from '../evidence.js'

/** A mined, successful transaction: what moved, how deep it is, and whether it can still be reorganised away. */
export function checkSuccess(e: TxEvidence): Finding[] {
  const { receipt, chainSpecific } = e
  // A bridge deposit is told as one: checks/deposit.ts.
  if (receipt?.status !== 'success' || chainSpecific?.deposit) return []
  const confirmations = e.head >= receipt.blockNumber ? e.head - receipt.blockNumber + 1n : 1n
  // Celo quotes a fee-currency transaction's effectiveGasPrice in that currency, not in CELO.
  const feeToken = chainSpecific?.feeCurrency
  const findings: Finding[] = [
    finding('TX_SUCCESS', {
      chain: chainRef(e.chain),
      blockNumber: receipt.blockNumber,
      confirmations,
      value: nativeAmount(e.chain, e.tx.value),
      ...(feeToken ? { feeCurrency: { token: feeToken, amount: receipt.gasUsed * receipt.effectiveGasPrice } } : { fee: feePaid(e.chain, receipt) }),
      transfers: transfersOf(e),
      sender: e.tx.from,
      ...(chainSpecific ? { txType: chainSpecific.type } : {}),
    }),
  ]
  if (e.finalized !== undefined && receipt.blockNumber > e.finalized)
    findings.push(
      finding('TX_NOT_FINAL', {
        blockNumber: receipt.blockNumber,
        finalizedBlock: e.finalized,
        confirmations,
        // A chain that mines on demand (a devnet) gives no time: its finality moves only as blocks are made.
        ...(e.chain.idleBlocks ? {} : { secondsToFinal: Number(receipt.blockNumber - e.finalized) * e.chain.blockTimeSeconds }),
      }),
    )
  return findings
}

export function transfersOf(e: TxEvidence): TokenTransfer[] {
  return e.events.flatMap((event): TokenTransfer[] => {
    const info = e.tokens.get(lower(event.token))
    const meta = { ...(info?.symbol === undefined ? {} : { symbol: info.symbol }) }
    if (event.kind === 'erc20-transfer')
      return [{ standard: 'erc20', token: event.token, from: event.from, to: event.to, amount: event.amount, ...meta, ...(info?.decimals === undefined ? {} : { decimals: info.decimals }) }]
    if (event.kind === 'erc721-transfer') return [{ standard: 'erc721', token: event.token, from: event.from, to: event.to, amount: 1n, tokenId: event.tokenId, ...meta }]
    if (event.kind === 'erc1155-transfer') return [{ standard: 'erc1155', token: event.token, from: event.from, to: event.to, amount: event.amount, tokenId: event.id, ...meta }]
    return []
  })
}
