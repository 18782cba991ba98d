/**
 * What the recorded TRON replies in fixtures/tron cover, by name, so tests and the demo pick a situation rather than
 * an id. Every id and address here is one a fixture file holds (test/unit/tron-node.test.ts checks that the node
 * serves each file under it). `startTronNode(tronScenarios.tables)` answers for every account listed.
 */

/** A recorded transaction: its `/wallet/gettransactionbyid` reply file and its info reply file, when recorded. */
type TronTxScenario = { id: string; transaction?: string; info?: string; shows: string }

const transactions = {
  usdtSuccessNoInfo: {
    id: '0b9e01dde099e590564200cbc9f348bb289d6751be8c7a30f70e58355880c9da',
    transaction: 'gettransactionbyid-usdt-success.json',
    shows:
      'USDT transfer, contractRet SUCCESS, sent by TEB39Rt69QkgD1BKhqaRNqGxfQzCarkRCb. No info reply was recorded, so ' +
      'gettransactioninfobyid answers {} for it: good for what the transaction asked, not for what it cost.',
  },
  usdtSuccessBurnedEnergy: {
    id: '0130dfde9281a48378109039ef512229d5359fbee2a8adbb17ad73aebc67ea99',
    transaction: 'trongrid-v1-transaction-usdt-success.json',
    info: 'gettransactioninfobyid-usdt-success-burned-energy.json',
    shows: 'USDT transfer to a first-time holder: 130285 energy, 4475 staked, the rest burned (26.4201 TRX).',
  },
  usdtSuccessStakedEnergy: {
    id: 'b69c51db8f9d974e6a38c76852c8ce1adcb682dbacb25ad8ad4f6876121fe9dc',
    info: 'gettransactioninfobyid-usdt-success-staked-energy.json',
    shows: 'USDT transfer paid with 64285 staked energy, bandwidth burned. Info only.',
  },
  usdtOutOfEnergyNoTrx: {
    id: '13df06d50a1ff1f4a164e25afc946dd7b05df044894b1073b1e92eef41d8a98a',
    transaction: 'trongrid-v1-transaction-usdt-out-of-energy-no-trx.json',
    info: 'gettransactioninfobyid-usdt-out-of-energy-no-trx.json',
    shows: 'OUT_OF_ENERGY USDT transfer: 16 energy, no TRX to burn, fee_limit 50 TRX.',
  },
  usdtOutOfEnergyBurned: {
    id: 'e63a324a43aebfe41273db4f7fdfe325b2257b4f5711595a5fc0f8a75cf1b481',
    info: 'gettransactioninfobyid-usdt-out-of-energy.json',
    shows: 'OUT_OF_ENERGY USDT transfer that burned 16.50012 TRX. Info only: its fee_limit is not recorded.',
  },
  trxTransferNewAccount: {
    id: '5a9935a1b7be0150a511111582bbfed62ddb873333b3986bd712e6105fe90ad5',
    transaction: 'gettransactionbyid-trx-transfer.json',
    info: 'gettransactioninfobyid-trx-transfer-new-account.json',
    shows: '25 TRX to a new account: fee 1.1 TRX = 0.1 bandwidth + 1 TRX activation.',
  },
  trxTransferFreeBandwidth: {
    id: '2389719608ed69f7ec3e72c1abb92acaa43b7175f3062f4ebc6e2e02cc82d0d2',
    info: 'gettransactioninfobyid-trx-transfer-free-bandwidth.json',
    shows: 'TRX transfer paid with free bandwidth, no fee. Info only.',
  },
  revert2019: {
    id: 'a8091842b1a0c7eeca9c41f9579669ab2e7ee5901ba6e0d6d635d40ffffb3565',
    transaction: 'gettransactionbyid-revert-2019.json',
    shows: 'contractRet REVERT of a contract call (2019, no raw_data_hex). No info reply recorded.',
  },
  illegalOperation2019: {
    id: '26169b5863045cc2d0baabd32a2ab595eb238ce3859ab0abeff9998f205c0957',
    info: 'gettransactioninfobyid-illegal-operation-2019.json',
    shows: 'Failed call, receipt.result ILLEGAL_OPERATION, 936 TRX burned. Info only.',
  },
  swapManyLogs: {
    id: '7b6589b22ca801e35fd5d98186e019757875d3fb52c0bdc38a7cf4b2f24d9808',
    info: 'gettransactioninfobyid-swap-many-logs.json',
    shows: 'DEX swap with many Transfer and Approval logs from several tokens. Info only.',
  },
  trxDustLookAlike: {
    id: '37966e8d22d5f5e0b21af47ec364562d88d883000cc1d92192acb1109b48db26',
    transaction: 'trongrid-v1-transactions-trx-dust-poisoning.json',
    shows:
      '5 sun from TPowXTTbKq9joZ8jy2SXbu8ByoozrucJMH to TAVrrARNdnjHgCGMQYeQV7hv4PSu7mVsMj, 21 s after that account ' +
      'sent 100 TRX to the look-alike TXsTVwrkJ8UGYtWY1Xk6MrzyCekw8TzJMH (see trxDustPoisoning). No info recorded.',
  },
} satisfies Record<string, TronTxScenario>

/**
 * The dust-poisoning page (TronGrid v1, TAVrr…'s history): each transaction is served by gettransactionbyid, none
 * has an info reply. Newest first, as the page lists them.
 */
const trxDustPoisoning = {
  victim: 'TAVrrARNdnjHgCGMQYeQV7hv4PSu7mVsMj',
  file: 'trongrid-v1-transactions-trx-dust-poisoning.json',
  /** The victim's own sends: 100 TRX to TXsTVwrk…TzJMH, and earlier 2 TRX to TQq4YrKR…iL8gKK. */
  sends: {
    toJMH: 'b0b68ea41e7b46f06196ea0ff47837afe821f985eb966a4915eb3809ac893461',
    toGKK: 'adc3f1c4cf23d4adfcf25d3cdae5378d86a209b7b9d49d69db47cae7f838c5f0',
  },
  /** 1–5 sun received from look-alikes of the recipient just before (…JMH, …gKK), and one other sender. */
  dust: {
    fromLZJMH: '47086db397eac45d2fe7dacedcb6f77267d6895dce645210e495e64f8a2a7910',
    fromEmuJMH: '37c2bfbd2324e68588745ff34de0cc64c9ce6704e52ebee31410617e1c99e38d',
    fromEjJc: '3de7821163ac008e1760cd1e2596f927af679510f784bdb4249580f946e805cd',
    fromRucJMH: '37966e8d22d5f5e0b21af47ec364562d88d883000cc1d92192acb1109b48db26',
    fromI91gKK: 'ab5fe577de8119b6148aefcadd97722ff7d231ba004604a464118e7561c30b08',
    fromELagKK: '2e8712749bbc844d6b19bd8c4855606d05bed75ab2a9770e898aca5dfb583a1c',
  },
}

const usdt = 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t'

const accounts = {
  ordinary: {
    address: 'TEB39Rt69QkgD1BKhqaRNqGxfQzCarkRCb',
    account: 'getaccount-ordinary.json',
    usdtBalance: 'triggerconstantcontract-usdt-balanceof.json',
    shows: 'Own keys, 2928.601454 TRX, 136.389002 USDT. Sender of usdtSuccessNoInfo and trxTransferNewAccount. No resources recorded.',
  },
  stakedEnergy: {
    address: 'TL24LCps5FKwp3PoU1MvrYrwhi5LU1tHre',
    account: 'trongrid-v1-account-ledger-sender.json',
    resources: 'getaccountresource-staked-energy.json',
    shows: 'EnergyLimit 4448 (staked). Sender of usdtSuccessBurnedEnergy and usdtOutOfEnergyNoTrx. Its account: TronGrid v1\'s page, served as getaccount (1.100002 TRX).',
  },
  freeBandwidthOnly: {
    address: 'TGPQPUeksxSUbVz8z42SdVAruddMKBNTHp',
    resources: 'getaccountresource-free-bandwidth-only.json',
    shows: 'Free bandwidth only (335 of 600 used), no energy. Resources only.',
  },
  unactivated: {
    // No `{}` was recorded for a particular address (fixtures/tron/README.md); this is the recipient of
    // trxTransferNewAccount, which did not exist until that transfer paid its 1 TRX activation fee.
    address: 'TFanVGmnjKqFRd8dVQAccZE2t42Vu4rv51',
    account: 'unactivated',
    resources: 'unactivated',
    shows: 'An account that does not exist yet: getaccount and getaccountresource answer {}.',
  },
  multisigActiveTestnet: {
    address: 'TUZKijZ9Esy8JEkrqMpaVgtbDKKNA5p5CZ',
    account: 'getaccount-testnet-multisig-active-abridged.json',
    shows:
      'Nile TESTNET, abridged in its source (no create_time): a second active permission, threshold 2, held by two ' +
      'other addresses; owner stays with the account. The only recorded account whose keys are not its own.',
  },
} satisfies Record<string, { address: string; account?: string; resources?: string; usdtBalance?: string; shows: string }>

const entries = Object.values(accounts) as { address: string; account?: string; resources?: string; usdtBalance?: string }[]
const table = (pick: (a: (typeof entries)[number]) => [string, string | undefined]) =>
  Object.fromEntries(entries.map(pick).filter((pair): pair is [string, string] => pair[1] !== undefined))

export const tronScenarios = {
  usdt,
  transactions,
  trxDustPoisoning,
  accounts,
  /** Options for `startTronNode` answering for every account above. */
  tables: {
    accounts: table((a) => [a.address, a.account]),
    resources: table((a) => [a.address, a.resources]),
    balances: table((a) => [`${usdt}:${a.address}`, a.usdtBalance]) as Record<`${string}:${string}`, string>,
    constantCalls: {
      [`${usdt}:decimals()`]: 'triggerconstantcontract-usdt-decimals.json',
      [`${usdt}:symbol()`]: 'triggerconstantcontract-usdt-symbol.json',
    } as Record<`${string}:${string}`, string>,
  },
}
