import { describe, expect, test } from 'vitest'
import tron from '../../chains/tron.js'
import type { Finding } from '../../src/core/types.js'
import { checkTronAccount } from '../../src/diagnose/tron/account-checks.js'
import type { TronAccountEvidence } from '../../src/diagnose/tron/account-evidence.js'
import { checkTronTransaction } from '../../src/diagnose/tron/tx-checks.js'
import type { TronTxEvidence } from '../../src/diagnose/tron/tx-evidence.js'
import { tronAccount, tronAccountResource, tronTransaction, tronTransactionInfo } from '../../src/rpc/tron-replies.js'
import { fullNodeTransactionFromV1, tronFixture } from '../helpers/tron-fixtures.js'
import { tronScenarios } from '../helpers/tron-node.js'

/** The pure TRON checks, fed with recorded node replies (fixtures/tron) read through the client's own schemas. */
const tx = (file: string) => tronTransaction.parse(file.startsWith('trongrid-v1') ? fullNodeTransactionFromV1(tronFixture(file)) : tronFixture(file))
const info = (file: string) => tronTransactionInfo.parse(tronFixture(file))
const evidence = (id: string, parts: Partial<TronTxEvidence>): TronTxEvidence => ({ spec: tron, id, tokens: new Map(), ...parts })
const only = <code extends Finding['code']>(findings: Finding[], code: code) => {
  const found = findings.filter((f) => f.code === code)
  expect(found, `one ${code} in ${findings.map((f) => f.code).join(', ')}`).toHaveLength(1)
  return found[0] as Extract<Finding, { code: code }>
}
const { transactions: t, accounts } = tronScenarios

describe('TRON transactions', () => {
  test('OUT_OF_ENERGY with no TRX to burn: the fee limit was not the cap (Ledger’s recording)', () => {
    const s = t.usdtOutOfEnergyNoTrx
    const findings = checkTronTransaction(evidence(s.id, { tx: tx(s.transaction), info: info(s.info), energyPrice: 420n, recipientHolds: true }))
    expect(findings.map((f) => f.code)).toEqual(['TX_FAILED_OUT_OF_ENERGY'])
    const { facts } = only(findings, 'TX_FAILED_OUT_OF_ENERGY')
    expect(facts).toMatchObject({
      cause: 'no-trx',
      energyLimit: 16,
      sender: 'TL24LCps5FKwp3PoU1MvrYrwhi5LU1tHre',
      action: { kind: 'token-transfer', token: tronScenarios.usdt, symbol: 'USDT', decimals: 6, amount: 10_000n },
      feeLimit: { value: 50_000_000n, symbol: 'TRX' },
      costs: { energyUsed: 16, energyBurned: { value: 0n } },
      recipientHolds: true,
    })
    // 65,000 and 130,000 energy at the recorded price of 420 sun: 27.3 and 54.6 TRX.
    expect(facts.usdtTransfer).toEqual({
      toHolder: { energy: 65_000, trx: { value: 27_300_000n, symbol: 'TRX', decimals: 6 } },
      toNewHolder: { energy: 130_000, trx: { value: 54_600_000n, symbol: 'TRX', decimals: 6 } },
    })
  })

  test('OUT_OF_ENERGY that burned TRX, its transaction unknown: the cause is not guessed', () => {
    const s = t.usdtOutOfEnergyBurned
    const { facts } = only(checkTronTransaction(evidence(s.id, { info: info(s.info) })), 'TX_FAILED_OUT_OF_ENERGY')
    expect(facts).toMatchObject({ cause: 'unknown', energyLimit: 78_572, costs: { energyBurned: { value: 16_500_120n }, fee: { value: 16_500_120n } } })
    expect(facts.usdtTransfer).toBeUndefined()
  })

  test('a USDT transfer to a first-time holder: what moved, the energy staked and burned', () => {
    const s = t.usdtSuccessBurnedEnergy
    const findings = checkTronTransaction(evidence(s.id, { tx: tx(s.transaction), info: info(s.info), solidified: true }))
    expect(findings.map((f) => f.code)).toEqual(['TX_SUCCESS'])
    const { facts } = only(findings, 'TX_SUCCESS')
    if (!('network' in facts)) throw new Error('a TRON finding')
    expect(facts.transfers).toEqual([{ token: tronScenarios.usdt, symbol: 'USDT', decimals: 6, from: 'TL24LCps5FKwp3PoU1MvrYrwhi5LU1tHre', to: 'TXVj38D1XR3TPgSHTCZGC8wkLDAGqF1oqx', amount: 41_677_389n }])
    expect(facts.costs).toMatchObject({ energyUsed: 130_285, energyFromStake: 4_475, energyBurned: { value: 26_420_100n } })
  })

  test('in a block but not yet solidified: TX_NOT_FINAL beside the success', () => {
    const s = t.usdtSuccessBurnedEnergy
    const findings = checkTronTransaction(evidence(s.id, { tx: tx(s.transaction), info: info(s.info), solidified: false }))
    expect(findings.map((f) => f.code)).toEqual(['TX_SUCCESS', 'TX_NOT_FINAL'])
    expect(only(findings, 'TX_NOT_FINAL').facts).toMatchObject({ network: 'tron', blockNumber: 69_316_562n, solidifyBlocks: 19 })
  })

  test('TRX to a new account: the activation fee is the part of the fee that is neither energy nor bandwidth', () => {
    const s = t.trxTransferNewAccount
    const { facts } = only(checkTronTransaction(evidence(s.id, { tx: tx(s.transaction), info: info(s.info) })), 'TX_SUCCESS')
    expect(facts).toMatchObject({ action: { kind: 'trx-transfer', amount: { value: 25_000_000n } }, activationFee: { value: 1_000_000n, symbol: 'TRX' } })
  })

  test('TRX paid with free bandwidth: no activation fee made up', () => {
    const s = t.trxTransferFreeBandwidth
    const { facts } = only(checkTronTransaction(evidence(s.id, { info: info(s.info) })), 'TX_SUCCESS')
    expect(facts).not.toHaveProperty('activationFee')
  })

  test('ILLEGAL_OPERATION: a failed call, named by the receipt’s own result', () => {
    const s = t.illegalOperation2019
    const { facts } = only(checkTronTransaction(evidence(s.id, { info: info(s.info) })), 'TX_FAILED_REVERTED')
    expect(facts).toMatchObject({ result: 'ILLEGAL_OPERATION', costs: { fee: { value: 936_259_920n } } })
  })

  test('REVERT with an Error(string): the reason decoded from the call’s own return data, like an EVM revert', () => {
    // Recorded on the Nile testnet by wallet-cli (gRPC), not the HTTP API: its base58 contract_address and plain-text
    // resMessage are left out; every field the checks read (receipt, contractResult, fee, block) is as recorded.
    const { contract_address: _a, resMessage: _m, ...recorded } = tronFixture('gettransactioninfo-testnet-revert-error-string.json')
    const { facts } = only(checkTronTransaction(evidence(recorded.id as string, { info: tronTransactionInfo.parse(recorded) })), 'TX_FAILED_REVERTED')
    expect(facts).toMatchObject({ result: 'REVERT', errorName: 'Error', reason: 'ERC20: transfer to the zero address', costs: { fee: { value: 345_000n }, energyFromContract: 647 } })
  })

  test('REVERT known only from the transaction (no info): the verdict, without made-up costs', () => {
    const s = t.revert2019
    const { facts } = only(checkTronTransaction(evidence(s.id, { tx: tx(s.transaction) })), 'TX_FAILED_REVERTED')
    expect(facts).toMatchObject({ result: 'REVERT', action: { kind: 'contract-call', callValue: { value: 10_000_000n } } })
    expect(facts).not.toHaveProperty('costs')
    expect(facts).not.toHaveProperty('reason')
  })

  test('a swap’s many Transfer logs are not mistaken for a lure', () => {
    const s = t.swapManyLogs
    const findings = checkTronTransaction(evidence(s.id, { info: info(s.info) }))
    expect(findings.map((f) => f.code)).toEqual(['TX_SUCCESS'])
  })

  describe('poisoning lures: 0-amount transfers "from" someone who did not send the transaction', () => {
    // The swap's recorded info, its Transfer logs' amounts set to 0, sent by a third party: the shape of a batch of
    // lures (no lure's info was found in public sources; see fixtures/tron/README.md).
    const swap = info(t.swapManyLogs.info)
    const transferTopic = 'ddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef'
    const transferLogs = swap.log!.filter((l) => l.topics?.length === 3 && l.topics[0] === transferTopic)
    const zeroed = (logs: typeof transferLogs) => ({ ...swap, log: logs.map((l) => ({ ...l, data: '0'.repeat(64) })) })
    const sender = tx(t.trxTransferNewAccount.transaction) // any recorded transaction: only its sender matters here
    const codes = (lure: typeof swap) => checkTronTransaction(evidence(t.swapManyLogs.id, { tx: sender, info: lure })).map((f) => f.code)

    test('several in one transaction: a batch of lures', () => {
      const findings = checkTronTransaction(evidence(t.swapManyLogs.id, { tx: sender, info: zeroed(transferLogs.slice(0, 2)) }))
      expect(only(findings, 'TX_ADDRESS_POISONING').facts).toMatchObject({ network: 'tron', sentBy: accounts.ordinary.address, amount: 0n, lures: 2 })
    })

    test('a single one from a contract call that is not transferFrom on that token: not a lure (a 0 payout, say)', () => {
      expect(codes(zeroed(transferLogs.slice(0, 1)))).not.toContain('TX_ADDRESS_POISONING')
    })

    test('a 0 mint (from the zero address) is not a lure', () => {
      const zero = `000000000000000000000000${'0'.repeat(40)}`
      const mints = transferLogs.slice(0, 2).map((l) => ({ ...l, topics: [l.topics![0]!, zero, l.topics![2]!] }))
      expect(codes(zeroed(mints))).not.toContain('TX_ADDRESS_POISONING')
    })
  })

  test('USDT sent to the USDT contract itself: TX_TOKEN_TO_CONTRACT, as on EVM chains', () => {
    // The recorded USDT transfer, its Transfer log's recipient set to the USDT contract (no such recording found).
    const s = t.usdtSuccessBurnedEnergy
    const recorded = info(s.info)
    const usdtWord = `000000000000000000000000${'a614f803b6fd780986a42c78ec9c7f77e6ded13c'}`
    const toItself = { ...recorded, log: recorded.log!.map((l) => ({ ...l, topics: [l.topics![0]!, l.topics![1]!, usdtWord] })) }
    const findings = checkTronTransaction(evidence(s.id, { info: toItself }))
    expect(only(findings, 'TX_TOKEN_TO_CONTRACT').facts).toEqual({ token: tronScenarios.usdt, amount: 41_677_389n, symbol: 'USDT', decimals: 6 })
  })

  test('info not read on a successful USDT transfer: what its call asked for moved, never "nothing moved"', () => {
    const s = t.usdtSuccessNoInfo
    const { facts } = only(checkTronTransaction(evidence(s.id, { tx: tx(s.transaction) })), 'TX_SUCCESS')
    expect(facts).toMatchObject({ transfers: [{ token: tronScenarios.usdt, symbol: 'USDT', from: accounts.ordinary.address, amount: 25_000_000n }] })
    expect(facts).not.toHaveProperty('transfersUnread')
    expect(facts).not.toHaveProperty('costs')
  })

  test('a multi-signature TRX transfer pays a fee of its own: the rest of the fee is not taken for an activation', () => {
    const s = t.trxTransferNewAccount
    const recorded = tx(s.transaction)
    const twoSignatures = { ...recorded, signature: [...recorded.signature!, ...recorded.signature!] }
    const { facts } = only(checkTronTransaction(evidence(s.id, { tx: twoSignatures, info: info(s.info) })), 'TX_SUCCESS')
    expect(facts).not.toHaveProperty('activationFee')
  })

  test('a token calling itself "USDT" on another contract is a fake: TX_SCAM_TOKEN (the listed one is never flagged)', () => {
    const swap = info(t.swapManyLogs.info)
    const unlisted = checkTronTransaction(evidence(t.swapManyLogs.id, { info: swap })).flatMap((f) => (f.code === 'TX_SUCCESS' ? f.facts.transfers : []))[0]!.token
    const findings = checkTronTransaction(evidence(t.swapManyLogs.id, { info: swap, tokens: new Map([[unlisted, { symbol: 'USDT', decimals: 6 }]]) }))
    expect(only(findings, 'TX_SCAM_TOKEN').facts).toEqual({ network: 'tron', token: unlisted, symbol: 'USDT', reasons: ['imitates-known'], imitates: tronScenarios.usdt })
    // The success's transfers of that token are marked fake: the words never call them "your USDT".
    const moved = only(findings, 'TX_SUCCESS').facts.transfers.filter((t) => t.token === unlisted)
    expect(moved.length).toBeGreaterThan(0)
    expect(moved.every((t) => 'fake' in t && t.fake === true)).toBe(true)
    const real = t.usdtSuccessBurnedEnergy
    expect(checkTronTransaction(evidence(real.id, { tx: tx(real.transaction), info: info(real.info) })).map((f) => f.code)).toEqual(['TX_SUCCESS'])
  })
})

describe('TRON accounts', () => {
  const parameters = new Map(
    (tronFixture('getchainparameters.json').chainParameter as { key: string; value?: number }[]).map((p) => [p.key, p.value ?? 0]),
  )
  const account = (file: string) => tronAccount.parse(tronFixture(file))
  const base = (address: string, parts: Partial<TronAccountEvidence>): TronAccountEvidence => ({ spec: tron, address, account: null, balances: new Map(), parameters, ...parts })

  test('an ordinary account: its activity, no alarm', () => {
    const a = accounts.ordinary
    const findings = checkTronAccount(base(a.address, { account: account(a.account), balances: new Map([[tronScenarios.usdt, 136_389_002n], ['TEkxiTehnzSmSe2XqrBj4w32RUN966rdz8', 0n]]) }))
    expect(findings.map((f) => f.code)).toEqual(['ADDRESS_ACTIVITY'])
    expect(findings[0]!.facts).toMatchObject({ balance: { value: 2_928_601_454n }, holdings: [{ symbol: 'USDT', amount: 136_389_002n }], createdAt: 1_688_690_673n })
    expect(findings[0]!.facts).not.toHaveProperty('unreadTokens')
  })

  test('a contract’s account (USDT’s own address): a contract and a token, never "an ordinary account"', () => {
    const usdtAccount = { ...account(accounts.ordinary.account), address: tronScenarios.usdt, type: 'Contract' }
    const findings = checkTronAccount(base(tronScenarios.usdt, { account: usdtAccount }))
    expect(findings.map((f) => f.code)).toEqual(['ADDRESS_IS_CONTRACT', 'ADDRESS_IS_TOKEN'])
    expect(findings[1]!.facts).toEqual({ chain: { id: 728126428, name: 'TRON' }, standard: 'trc20', symbol: 'USDT' })
  })

  test('balances and resources that could not be read are not "none"', () => {
    const a = accounts.ordinary
    const [activity] = checkTronAccount(base(a.address, { account: account(a.account) }))
    expect(activity!.facts).toMatchObject({ unreadTokens: ['USDT', 'USDC'] })
    expect(activity!.facts).not.toHaveProperty('energyAvailable')
  })

  test('an active permission held by two other keys (threshold 2): together they act without the account’s key — danger', () => {
    const a = accounts.multisigActiveTestnet
    const findings = checkTronAccount(base(a.address, { account: account(a.account) }))
    const permission = only(findings, 'ADDRESS_PERMISSION_OTHER_KEYS')
    expect(permission.severity).toBe('danger')
    expect(permission.facts).toMatchObject({ othersAlone: true, othersChangeKeys: true, ownAlone: true, otherKeys: ['TXTMqofe9nS5bN5tfhfd6ayWocJm7oxJKT', 'TVqTEPUPiTxhzaSnD9xXEvarUQooLibkXM'] })
    // The recorded operations masks, decoded: the account's own "active" may not change permissions (bit 46 clear);
    // the added one (77ff07c00260c30f…) may move TRX (1), call contracts (31) and change permissions (46).
    const [owner, active, added] = (permission.facts as { permissions: { can: object }[] }).permissions
    expect(owner!.can).toEqual({ transfer: true, callContracts: true, changePermissions: true })
    expect(active!.can).toEqual({ transfer: true, callContracts: true, changePermissions: false })
    expect(added!.can).toEqual({ transfer: true, callContracts: true, changePermissions: true })
  })

  test('an active permission of other keys that may only vote (no transfer, no call, no permission change) is left out', () => {
    const recorded = account(accounts.multisigActiveTestnet.account)
    const votesOnly = { ...recorded, active_permission: [recorded.active_permission![0]!, { ...recorded.active_permission![1]!, operations: `0${'0'.repeat(63)}`.replace(/^00/, '10') }] }
    expect(checkTronAccount(base(recorded.address, { account: votesOnly })).map((f) => f.code)).toEqual(['ADDRESS_ACTIVITY'])
  })

  test('an owner permission taken over: the account’s own key can no longer act', () => {
    // The recorded multi-signature account with its owner key replaced by one of the two others: the shape of a
    // hijacked account (no full reply of one was found in public sources; see fixtures/tron/README.md).
    const recorded = account(accounts.multisigActiveTestnet.account)
    const hijacked = { ...recorded, owner_permission: { permission_name: 'owner', threshold: 1, keys: [{ address: 'TXTMqofe9nS5bN5tfhfd6ayWocJm7oxJKT', weight: 1 }] } }
    const { facts, severity } = only(checkTronAccount(base(recorded.address, { account: hijacked })), 'ADDRESS_PERMISSION_OTHER_KEYS')
    expect(severity).toBe('danger')
    expect(facts).toMatchObject({ othersAlone: true, othersChangeKeys: true, ownAlone: false })
  })

  test('a permission that needs the account’s own key too (a shared wallet) is a warning, not a danger', () => {
    const recorded = account(accounts.multisigActiveTestnet.account)
    const shared = { ...recorded, active_permission: [{ ...recorded.active_permission![1]!, keys: [...recorded.active_permission![1]!.keys.slice(0, 1), { address: recorded.address, weight: 1 }] }] }
    const { severity, facts } = only(checkTronAccount(base(recorded.address, { account: shared })), 'ADDRESS_PERMISSION_OTHER_KEYS')
    expect(severity).toBe('warning')
    expect(facts).toMatchObject({ othersAlone: false, othersChangeKeys: false, ownAlone: true })
  })

  test('not activated: the activation fee from the network’s parameters (1 TRX + 0.1 TRX of bandwidth)', () => {
    const a = accounts.unactivated
    const findings = checkTronAccount(base(a.address, { balances: new Map([[tronScenarios.usdt, 0n]]) }))
    expect(findings.map((f) => f.code)).toEqual(['ADDRESS_NOT_ACTIVATED'])
    expect(findings[0]!.facts).toMatchObject({ activationFee: { value: 1_100_000n, symbol: 'TRX' }, holdings: [] })
  })

  test('USDT but too little TRX and no energy: it cannot send it, and by how much it falls short', () => {
    const resource = tronAccountResource.parse(tronFixture(tronScenarios.accounts.freeBandwidthOnly.resources))
    const poor = { ...account(accounts.ordinary.account), balance: 5_000_000 } // 5 TRX
    const findings = checkTronAccount(base(accounts.ordinary.address, { account: poor, resource, balances: new Map([[tronScenarios.usdt, 500_000_000n]]) }))
    const { facts } = only(findings, 'ADDRESS_NO_ENERGY')
    // 65,000 energy × 420 sun = 27.3 TRX; free bandwidth covers the bytes (600 − 335 = 265 < 345: no, 0.345 TRX more).
    expect(facts).toMatchObject({ energyAvailable: 0, bandwidthAvailable: 265, energyPrice: 420n, shortfall: { value: 27_300_000n + 345_000n - 5_000_000n } })
  })

  test('enough TRX to burn for a USDT transfer: no such warning', () => {
    const resource = tronAccountResource.parse(tronFixture(tronScenarios.accounts.freeBandwidthOnly.resources))
    const findings = checkTronAccount(base(accounts.ordinary.address, { account: account(accounts.ordinary.account), resource, balances: new Map([[tronScenarios.usdt, 1n]]) }))
    expect(findings.map((f) => f.code)).not.toContain('ADDRESS_NO_ENERGY')
  })
})
