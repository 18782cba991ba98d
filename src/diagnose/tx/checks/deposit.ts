import { isAddressEqual, type Hash } from 'viem'
import { finding } from '../../../core/finding.js'
import type { Finding } from '../../../core/types.js'
import { chainRef } from '../../context.js'
import { nativeAmount } from '../amounts.js'
import type { TxEvidence } from '../evidence.js'
import { transfersOf } from './success.js'

/**
 * An OP-stack deposit (type 0x7e): it was sent on Ethereum and the chain's bridge carried it over, so nobody paid
 * a fee for it here. Its mint is credited to the sender before the call runs and kept if the call fails (OP
 * deposit rules), so a failed deposit still delivered the coins, to the sender: a warning, not a failure to pay for.
 * It replaces TX_SUCCESS and the TX_FAILED_* codes, whose words (a fee was charged, resend) do not fit.
 * A deposit that carried a bridge message can succeed while the message's delivery failed: the messenger says so
 * with FailedRelayedMessage, keeps what it carried, and lets anyone replay it. Then nothing has arrived yet.
 */
export function checkBridgeDeposit(e: TxEvidence): Finding[] {
  const deposit = e.chainSpecific?.deposit
  const { receipt, tx } = e
  if (!deposit || !receipt) return []
  const succeeded = receipt.status === 'success'
  const failedRelay = receipt.logs.find((log) => isAddressEqual(log.address, opStackMessenger) && log.topics[0] === failedRelayedMessage && log.topics[1])
  const confirmations = e.head >= receipt.blockNumber ? e.head - receipt.blockNumber + 1n : 1n
  const findings: Finding[] = [
    finding(
      'TX_BRIDGE_DEPOSIT',
      {
        chain: chainRef(e.chain),
        blockNumber: receipt.blockNumber,
        confirmations,
        from: tx.from,
        to: tx.to ?? null,
        mint: nativeAmount(e.chain, deposit.mint),
        value: nativeAmount(e.chain, tx.value),
        ...(deposit.sourceHash ? { sourceHash: deposit.sourceHash } : {}),
        succeeded,
        system: deposit.system,
        gasUsed: receipt.gasUsed,
        gasLimit: tx.gas,
        transfers: transfersOf(e),
        ...(failedRelay ? { relayFailed: { messenger: opStackMessenger, msgHash: failedRelay.topics[1] as Hash } } : {}),
      },
      succeeded && !failedRelay ? 'ok' : 'warning',
    ),
  ]
  // The chain's own per-block update is no transfer: no "the transfer is done, but recent" beside it.
  if (succeeded && !failedRelay && !deposit.system && e.finalized !== undefined && receipt.blockNumber > e.finalized)
    findings.push(finding('TX_NOT_FINAL', { blockNumber: receipt.blockNumber, finalizedBlock: e.finalized, confirmations }))
  return findings
}

/** L2CrossDomainMessenger, the same predeploy on every OP-stack chain, and its event for a delivery that failed. */
const opStackMessenger = '0x4200000000000000000000000000000000000007'
const failedRelayedMessage = '0x99d0e048484baa1b1540b1367cb128acd7ab2946d1ed91ec10e3c85e4bf51b8f' // keccak256("FailedRelayedMessage(bytes32)")
