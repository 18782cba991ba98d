import type { ChainRef, NativeAmount } from '../core/amounts.js'
import type { TronFacts } from '../core/tron-facts.js'

/**
 * TRON's example facts: one per code a TRON check makes, for its TRON variant (the catalog tests render each with
 * them, the knowledge base shows them). Values come from the real node replies in fixtures/tron/ where a reply
 * has them (named beside each); what no published reply holds is marked illustrative.
 */

const tron: ChainRef = { id: 728126428, name: 'TRON' }
const sun = (value: bigint): NativeAmount => ({ value, symbol: 'TRX', decimals: 6 })
const usdt = 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t'
/** The sender of both Ledger USDT transactions (fixtures/tron/trongrid-v1-transaction-usdt-*.json). */
const ledgerSender = 'TL24LCps5FKwp3PoU1MvrYrwhi5LU1tHre'
/** Illustrative: a valid address sharing the sender's first and last four characters. */
const lookalike = 'TL24L49H24KyqwuyMnzvU1TVR8vC3htHre'
/** Illustrative: someone else's key. */
const otherKey = 'TPtjECzDJ4UF89FBMp7TU2krftbBGW7KoE'
const ordinary = 'TEB39Rt69QkgD1BKhqaRNqGxfQzCarkRCb'
/** At 210 sun per energy (the price in the OUT_OF_ENERGY reply: 78,572 energy = 16.50012 TRX). */
const usdtAt210 = { toHolder: { energy: 65_000, trx: sun(13_650_000n) }, toNewHolder: { energy: 130_000, trx: sun(27_300_000n) } }
const usdtHeld = (amount: bigint) => ({ token: usdt, symbol: 'USDT', decimals: 6, amount })
/** What an owner permission can do, and an active one whose operations allow moving TRX and calling contracts. */
const everything = { transfer: true, callContracts: true, changePermissions: true }
const movesFunds = { transfer: true, callContracts: true, changePermissions: false }
/** Illustrative: a token contract calling itself USDT (not Tether's; a valid address no token is known at). */
const fakeUsdt = 'TE4cVMTomgiuDeRR8ghz7gCEevbBWsir7K'
/** Illustrative: the sender of the lure and of the fake USDT. */
const scammer = 'TJJCj36XFkPD1qiALtZjmUziJcfKSdk8S1'
/** Illustrative: a second other key. */
const thirdKey = 'TVqTEPUPiTxhzaSnD9xXEvarUQooLibkXM'

/** Ledger's USDT transaction that failed for want of TRX (trongrid-v1-…-out-of-energy-no-trx.json and its info). */
const outOfEnergyNoTrx: TronFacts['TX_FAILED_OUT_OF_ENERGY'] = {
  network: 'tron', chain: tron, id: '13df06d50a1ff1f4a164e25afc946dd7b05df044894b1073b1e92eef41d8a98a', sender: ledgerSender,
  action: { kind: 'token-transfer', token: usdt, symbol: 'USDT', decimals: 6, to: 'TCB8H6cKtfLZJyt3tXkbN1a8Nxrh2x14RB', amount: 10_000n },
  blockNumber: 52_299_981n, minedAt: 1_687_521_105n,
  costs: { fee: sun(0n), energyUsed: 16, energyFromStake: 16, energyFromContract: 0, energyBurned: sun(0n), bandwidthUsed: 345, bandwidthBurned: sun(0n) },
  feeLimit: sun(50_000_000n), cause: 'no-trx', energyLimit: 16,
}

export const tronExamples: { [code in keyof TronFacts]: TronFacts[code] } = {
  // Ledger's USDT transfer to a first-time holder: 130,285 energy, 4,475 from stake, 26.4201 TRX burned
  // (gettransactioninfobyid-usdt-success-burned-energy.json, trongrid-v1-transaction-usdt-success.json).
  TX_SUCCESS: {
    network: 'tron', chain: tron, id: '0130dfde9281a48378109039ef512229d5359fbee2a8adbb17ad73aebc67ea99', sender: ledgerSender,
    action: { kind: 'token-transfer', token: usdt, symbol: 'USDT', decimals: 6, to: 'TXVj38D1XR3TPgSHTCZGC8wkLDAGqF1oqx', amount: 41_677_389n },
    blockNumber: 69_316_562n, minedAt: 1_738_601_505n,
    costs: { fee: sun(26_420_100n), energyUsed: 130_285, energyFromStake: 4_475, energyFromContract: 0, energyBurned: sun(26_420_100n), bandwidthUsed: 345, bandwidthBurned: sun(0n) },
    feeLimit: sun(50_000_000n),
    transfers: [{ token: usdt, symbol: 'USDT', decimals: 6, from: ledgerSender, to: 'TXVj38D1XR3TPgSHTCZGC8wkLDAGqF1oqx', amount: 41_677_389n }],
  },
  TX_NOT_FINAL: { network: 'tron', blockNumber: 69_316_562n, minedAt: 1_738_601_505n, solidifyBlocks: 19, blockTimeSeconds: 3 },
  // gettransactioninfobyid-usdt-out-of-energy.json: 16.50012 TRX burned for 78,572 energy, the limit the fee limit
  // bought (its resMessage). The transaction itself was not published: no sender, action or fee limit.
  TX_FAILED_OUT_OF_ENERGY: {
    network: 'tron', chain: tron, id: 'e63a324a43aebfe41273db4f7fdfe325b2257b4f5711595a5fc0f8a75cf1b481',
    blockNumber: 66_860_010n, minedAt: 1_731_229_605n,
    costs: { fee: sun(16_500_120n), energyUsed: 78_572, energyFromStake: 0, energyFromContract: 0, energyBurned: sun(16_500_120n), bandwidthUsed: 345, bandwidthBurned: sun(0n) },
    cause: 'fee-limit', energyLimit: 78_572, energyPrice: 210n, usdtTransfer: usdtAt210,
  },
  // gettransactioninfobyid-illegal-operation-2019.json (936.25992 TRX burned; the deployer paid 10,000,000 energy).
  // Its transaction was not published: no sender or action.
  TX_FAILED_REVERTED: {
    network: 'tron', chain: tron, id: '26169b5863045cc2d0baabd32a2ab595eb238ce3859ab0abeff9998f205c0957',
    blockNumber: 5_539_008n, minedAt: 1_546_671_612n,
    costs: { fee: sun(936_259_920n), energyUsed: 103_625_992, energyFromStake: 0, energyFromContract: 10_000_000, energyBurned: sun(936_259_920n), bandwidthUsed: 476, bandwidthBurned: sun(0n) },
    result: 'ILLEGAL_OPERATION',
  },
  // Illustrative: no published reply holds a TRON lure.
  TX_ADDRESS_POISONING: {
    network: 'tron', victim: ledgerSender, lookalike, sentBy: scammer,
    token: usdt, symbol: 'USDT', decimals: 6, amount: 0n, lures: 1, minedAt: 1_738_601_868n,
  },
  // Illustrative (the checks' rule: an unlisted contract whose symbol() is a listed token's, tron-checks.test.ts).
  TX_SCAM_TOKEN: { network: 'tron', token: fakeUsdt, symbol: 'USDT', reasons: ['imitates-known'], imitates: usdt },
  // getaccount-ordinary.json (balance, creation); its resources and tokens are illustrative.
  ADDRESS_ACTIVITY: {
    network: 'tron', chain: tron, address: ordinary, balance: sun(2_928_601_454n), holdings: [usdtHeld(500_000_000n)],
    createdAt: 1_688_690_673n, bandwidthAvailable: 600, energyAvailable: 0, approvalsChecked: false,
  },
  // The documented `{}` reply; the fee is getCreateNewAccountFeeInSystemContract (getchainparameters.json). Address and tokens illustrative.
  ADDRESS_NOT_ACTIVATED: { network: 'tron', chain: tron, address: 'TEMiSJtVLohukiCKv8NjR5AGbppPDkuYzv', activationFee: sun(1_000_000n), holdings: [usdtHeld(120_000_000n)] },
  // The Ledger sender's staked energy (getaccountresource-staked-energy.json: 4,448); balance and tokens illustrative.
  ADDRESS_NO_ENERGY: {
    network: 'tron', chain: tron, address: ledgerSender, balance: sun(1_200_000n), holdings: [usdtHeld(500_000_000n)],
    energyAvailable: 4_448, bandwidthAvailable: 600, energyPrice: 210n, needs: usdtAt210,
    // 13.65 TRX − 1.2 TRX − 4,448 energy × 210 sun.
    shortfall: sun(11_515_920n),
  },
  // Illustrative (no hijacked account's reply was published): the owner is now another key alone; the active
  // permission (move TRX, call contracts) lets either key sign, so the account's own key can still move funds.
  ADDRESS_PERMISSION_OTHER_KEYS: {
    network: 'tron', chain: tron, address: ordinary,
    permissions: [
      { kind: 'owner', name: 'owner', threshold: 1, keys: [{ address: otherKey, weight: 1 }], can: everything },
      { kind: 'active', name: 'active', threshold: 1, keys: [{ address: otherKey, weight: 1 }, { address: ordinary, weight: 1 }], can: movesFunds },
    ],
    othersAlone: true, othersChangeKeys: true, ownAlone: false, otherKeys: [otherKey],
  },
}

/** Other situations the words must handle, for the tests: the other causes and the calmer shapes. */
export const tronVariants = {
  outOfEnergyNoTrx,
  /**
   * gettransactionbyid-revert-2019.json (TronBet dice, 10 TRX sent with the call, fee limit 0.6 TRX); no info reply was
   * published, so its costs and block are illustrative, and the reason is the one java-tron issue #3435 quotes.
   */
  revertWithReason: {
    network: 'tron', chain: tron, id: 'a8091842b1a0c7eeca9c41f9579669ab2e7ee5901ba6e0d6d635d40ffffb3565', sender: 'TQR27jXR4dHdDtjE63MnnUQvecK97rop2y',
    action: { kind: 'contract-call', contract: 'TEEXEWrkMFKapSMJ6mErg39ELFKDqEs6w3', callValue: sun(10_000_000n), selector: '0x16bd160c' },
    blockNumber: 5_800_000n, minedAt: 1_548_241_504n,
    costs: { fee: sun(211_370n), energyUsed: 21_137, energyFromStake: 0, energyFromContract: 0, energyBurned: sun(211_370n), bandwidthUsed: 312, bandwidthBurned: sun(0n) },
    feeLimit: sun(600_000n), result: 'REVERT', reason: 'SafeMath: subtraction overflow', errorName: 'Error',
  } satisfies TronFacts['TX_FAILED_REVERTED'],
  /** gettransactionbyid-trx-transfer.json and its info: 25 TRX to a new account, 1 TRX activation + 0.1 TRX bandwidth. */
  trxToNewAccount: {
    network: 'tron', chain: tron, id: '5a9935a1b7be0150a511111582bbfed62ddb873333b3986bd712e6105fe90ad5', sender: ordinary,
    action: { kind: 'trx-transfer', amount: sun(25_000_000n), to: 'TFanVGmnjKqFRd8dVQAccZE2t42Vu4rv51' },
    blockNumber: 75_772_270n, minedAt: 1_757_976_723n,
    costs: { fee: sun(1_100_000n), energyUsed: 0, energyFromStake: 0, energyFromContract: 0, energyBurned: sun(0n), bandwidthUsed: 0, bandwidthBurned: sun(100_000n) },
    transfers: [], activationFee: sun(1_000_000n),
  } satisfies TronFacts['TX_SUCCESS'],
  /** Illustrative: 5,000 fake «USDT» sent to an ordinary account, the success beside TX_SCAM_TOKEN's example. */
  fakeUsdtReceived: {
    network: 'tron', chain: tron, id: 'bb511811428823954d87dd83815b367271795987cd1672f679778583ad0606d8', sender: scammer,
    action: { kind: 'token-transfer', token: fakeUsdt, symbol: 'USDT', decimals: 6, to: ordinary, amount: 5_000_000_000n },
    blockNumber: 75_772_300n, minedAt: 1_757_976_813n,
    costs: { fee: sun(6_720_000n), energyUsed: 32_000, energyFromStake: 0, energyFromContract: 0, energyBurned: sun(6_720_000n), bandwidthUsed: 345, bandwidthBurned: sun(0n) },
    feeLimit: sun(100_000_000n),
    transfers: [{ token: fakeUsdt, symbol: 'USDT', decimals: 6, from: scammer, to: ordinary, amount: 5_000_000_000n, fake: true }],
  } satisfies TronFacts['TX_SUCCESS'],
  /**
   * Illustrative: a contract call that succeeded, read from a node that gave the transaction (with its verdict) but
   * not its info: no block, no costs, no logs; what it moved is unknown, never "nothing".
   */
  successUnread: {
    network: 'tron', chain: tron, id: '73b64624e61aebf6cf9a158d4457fedaa982c3165eaef59e7c5f0d1d22064906', sender: ordinary,
    action: { kind: 'contract-call', contract: 'TEEXEWrkMFKapSMJ6mErg39ELFKDqEs6w3', callValue: sun(0n), selector: '0x16bd160c' },
    feeLimit: sun(100_000_000n), transfers: [], transfersUnread: true,
  } satisfies TronFacts['TX_SUCCESS'],
  /** A shared wallet: two keys, both needed. */
  sharedWallet: {
    ...tronExamples.ADDRESS_PERMISSION_OTHER_KEYS,
    permissions: [{ kind: 'owner', name: 'owner', threshold: 2, keys: [{ address: ordinary, weight: 1 }, { address: otherKey, weight: 1 }], can: everything }],
    othersAlone: false, othersChangeKeys: false, ownAlone: false,
  } satisfies TronFacts['ADDRESS_PERMISSION_OTHER_KEYS'],
  /**
   * The shape of the Nile testnet account the demo shows: the owner is still the account's own key, and an added
   * active permission lets two other keys, signing together (1 + 1 ≥ 2), move funds and change the permissions.
   */
  ownerStillOwn: {
    ...tronExamples.ADDRESS_PERMISSION_OTHER_KEYS,
    permissions: [
      { kind: 'owner', name: 'owner', threshold: 1, keys: [{ address: ordinary, weight: 1 }], can: everything },
      { kind: 'active', name: 'active', threshold: 1, keys: [{ address: ordinary, weight: 1 }], can: movesFunds },
      { kind: 'active', name: 'NewAddedActivePermission', threshold: 2, keys: [{ address: otherKey, weight: 1 }, { address: thirdKey, weight: 1 }], can: everything },
    ],
    othersAlone: true, othersChangeKeys: true, ownAlone: true, otherKeys: [otherKey, thirdKey],
  } satisfies TronFacts['ADDRESS_PERMISSION_OTHER_KEYS'],
  /** Taken over entirely: the own key is in no permission any more. */
  lockedOut: {
    ...tronExamples.ADDRESS_PERMISSION_OTHER_KEYS,
    permissions: [
      { kind: 'owner', name: 'owner', threshold: 1, keys: [{ address: otherKey, weight: 1 }], can: everything },
      { kind: 'active', name: 'active', threshold: 1, keys: [{ address: otherKey, weight: 1 }], can: movesFunds },
    ],
    othersAlone: true, othersChangeKeys: true, ownAlone: false, otherKeys: [otherKey],
  } satisfies TronFacts['ADDRESS_PERMISSION_OTHER_KEYS'],
}
