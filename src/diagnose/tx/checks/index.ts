import type { Finding } from '../../../core/types.js'
import type { TxEvidence } from '../evidence.js'
import { checkBridgeDeposit } from './deposit.js'
import { checkFailure } from './failure.js'
import { checkPending } from './pending.js'
import { checkPoisoning } from './poisoning.js'
import { checkApprovals } from './approvals.js'
import { checkDelegations, checkRecipientNotOnChain, checkScamTokens, checkTokenToContract } from './risks.js'
import { checkSuccess } from './success.js'

/** Every transaction check, pure and synchronous: evidence in, findings out. Order is the order of the answer. */
const txChecks: ((e: TxEvidence) => Finding[])[] = [
  checkPending,
  checkFailure,
  checkSuccess,
  checkBridgeDeposit,
  checkTokenToContract,
  checkRecipientNotOnChain,
  checkApprovals,
  checkDelegations,
  checkPoisoning,
  checkScamTokens,
]

export const runTxChecks = (evidence: TxEvidence): Finding[] => txChecks.flatMap((check) => check(evidence))
