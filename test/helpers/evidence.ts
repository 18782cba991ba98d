/**
 * Evidence for the pure checks' unit tests: a plausible transaction on Ethereum with every field a check reads,
 * overridable per case. The integration suites prove gathering fills these fields from real nodes; these tables
 * pin each rule's edges without a node.
 */
import type { Transaction, TransactionReceipt } from 'viem'
import { findChain } from '../../src/config/chains.js'
import type { AccountState, FeeMarket, TxEvidence } from '../../src/diagnose/tx/evidence.js'

export const ethereum = findChain('1')!
export const alice = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266'
export const bob = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8'
export const gwei = (n: number) => BigInt(Math.round(n * 1e9))

export const transaction = (fields: Partial<Transaction> = {}): Transaction =>
  ({
    hash: `0x${'ab'.repeat(32)}`,
    from: alice,
    to: bob,
    nonce: 7,
    value: 10n ** 18n,
    input: '0x',
    gas: 21_000n,
    type: 'eip1559',
    typeHex: '0x2',
    maxFeePerGas: gwei(30),
    maxPriorityFeePerGas: gwei(1),
    chainId: 1,
    ...fields,
  }) as Transaction

export const receipt = (fields: Partial<TransactionReceipt> = {}): TransactionReceipt =>
  ({ status: 'success', blockNumber: 100n, gasUsed: 21_000n, effectiveGasPrice: gwei(20), logs: [], ...fields }) as TransactionReceipt

export const account = (fields: Partial<AccountState> = {}): AccountState => ({ latestNonce: 7, pendingNonce: 7, balance: 10n ** 19n, ...fields })
export const fees = (fields: Partial<FeeMarket> = {}): FeeMarket => ({ nextBaseFeePerGas: gwei(20), typicalPriorityFeePerGas: gwei(1), ...fields })

export function evidence(fields: Partial<TxEvidence> = {}): TxEvidence {
  return {
    chain: ethereum,
    otherChains: [],
    tx: transaction(),
    head: 100n,
    events: [],
    permissions: [],
    tokens: new Map(),
    hasCode: new Map(),
    codeElsewhere: new Map(),
    counterparties: new Map(),
    delegations: [],
    ...fields,
  }
}
