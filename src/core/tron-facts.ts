import type { ChainRef, NativeAmount } from './amounts.js'

/**
 * The facts of TRON findings. TRON shares the codes whose meaning and fix are the same as on an EVM chain
 * (TX_SUCCESS, TX_NOT_FINAL, TX_FAILED_REVERTED, TX_ADDRESS_POISONING, ADDRESS_ACTIVITY): their TRON facts carry
 * `network: 'tron'`, and the catalog words them from ./{en,zh-CN}/tron.ts. Codes TRON alone has (energy,
 * activation, permissions) exist because their fix differs from anything on an EVM chain.
 *
 * Addresses are TRON's base58check form (`T…`); amounts of TRX are in sun (1 TRX = 1,000,000 sun).
 */

/** A TRON address, base58check (`T…`, 34 characters). */
export type TronAddress = string

/**
 * A TRC-20 `Transfer` logged by a transaction (symbol untrusted unless the token is in txdoctor's list). `fake`: the
 * token passes itself off as another (its TX_SCAM_TOKEN finding says how): worth nothing, whatever its amount.
 */
export type TronTokenTransfer = { token: TronAddress; symbol?: string; decimals?: number; from: TronAddress; to: TronAddress; amount: bigint; fake?: true }

/** What a transaction tried to do, from its contract (a TRON transaction carries one). */
export type TronAction =
  | { kind: 'trx-transfer'; amount: NativeAmount; to: TronAddress }
  /** A TRC-20 `transfer(to, amount)` call, read from its input (what was asked, whether or not it went through). */
  | { kind: 'token-transfer'; token: TronAddress; symbol?: string; decimals?: number; to: TronAddress; amount: bigint }
  | { kind: 'contract-call'; contract: TronAddress; callValue: NativeAmount; selector?: string }
  /** Any other contract type (staking, voting, a permission update …), by TRON's own name for it. */
  | { kind: 'other'; contractType: string }

/**
 * What a transaction consumed and paid, from its info's receipt. Energy pays for contract code, bandwidth for the
 * transaction's bytes; each is taken from what the account staked (or rented) first, and the rest is paid by
 * burning TRX at the network's price.
 */
export type TronCosts = {
  /** Everything the sender paid, in TRX (`fee`): energy, bandwidth, a new account's activation, a memo. */
  fee: NativeAmount
  /** `energy_usage_total`: all energy the execution used. */
  energyUsed: number
  /** `energy_usage`: of it, from the sender's staked or rented energy. */
  energyFromStake: number
  /** `origin_energy_usage`: of it, paid by the contract's deployer. */
  energyFromContract: number
  /** `energy_fee`: TRX burned for the rest. */
  energyBurned: NativeAmount
  bandwidthUsed: number
  /** `net_fee`: TRX burned for bandwidth (none when free or staked bandwidth covered it). */
  bandwidthBurned: NativeAmount
}

/** The transaction, as its owner recognises it: what, from whom, when. Shared by every TRON transaction finding. */
export type TronTxRef = {
  network: 'tron'
  chain: ChainRef
  /** 64 hex digits, as TRON writes it (no 0x). */
  id: string
  /** Who sent it, and what it tried to do: absent only when the node gave its result but not the transaction. */
  sender?: TronAddress
  action?: TronAction
  /**
   * Its block, the block's time (Unix seconds) and what it cost, from its info; absent when the node gave the
   * transaction (in a block, with its verdict) but not its info — some nodes keep no transaction history.
   */
  blockNumber?: bigint
  minedAt?: bigint
  costs?: TronCosts
  /** `raw_data.fee_limit`: the most TRX the sender allowed the call to burn; absent when the transaction was not read. */
  feeLimit?: NativeAmount
}

/** A permission of an account (owner, or one of its active permissions), as `getaccount` lists it. */
export type TronPermission = {
  kind: 'owner' | 'active'
  /** Untrusted: the name the account gave it. */
  name: string
  threshold: number
  keys: { address: TronAddress; weight: number }[]
  /**
   * What signing with it can do (an active permission's `operations` bit mask; the owner can do everything):
   * move TRX (TransferContract, 1), call contracts such as a token's transfer (TriggerSmartContract, 31), change the
   * account's permissions (AccountPermissionUpdateContract, 46).
   */
  can: { transfer: boolean; callContracts: boolean; changePermissions: boolean }
}

export interface TronFacts {
  TX_SUCCESS: TronTxRef & {
    /**
     * From its logs; without them (no info read), the token transfer its call asked for, which went through. What a
     * call to any other contract moved is then unknown: `transfersUnread`, never "nothing moved".
     */
    transfers: TronTokenTransfer[]
    transfersUnread?: true
    /** TRX paid to create a new account that this transaction sent TRX to (activation). */
    activationFee?: NativeAmount
  }
  /** In a block, but not yet solidified: about `solidifyBlocks` × `blockTimeSeconds` after its block. */
  TX_NOT_FINAL: { network: 'tron'; blockNumber: bigint; minedAt: bigint; solidifyBlocks: number; blockTimeSeconds: number }
  /**
   * Failed for want of energy: the fee limit (or the TRX the account held) did not buy enough. `limitReached`: the
   * energy it could use, when the node's message gives it. `energyPrice`: sun per unit of energy, from the
   * network's parameters; with it, what a USDT transfer costs to a holder and to a new holder, in energy and TRX.
   */
  TX_FAILED_OUT_OF_ENERGY: TronTxRef & {
    cause: 'fee-limit' | 'no-trx' | 'unknown'
    energyLimit?: number
    energyPrice?: bigint
    usdtTransfer?: { toHolder: { energy: number; trx: NativeAmount }; toNewHolder: { energy: number; trx: NativeAmount } }
    /** Whether the token's recipient already held it (a first-time holder costs about twice the energy). */
    recipientHolds?: boolean
    /** The sender's account now: TRX, and the energy it can use without burning TRX. */
    senderNow?: { balance: NativeAmount; energyAvailable: number }
  }
  /**
   * The call failed for another reason than energy: `result` is the receipt's (REVERT, ILLEGAL_OPERATION,
   * OUT_OF_TIME …); the reason is decoded from the call's own return data, like an EVM revert.
   */
  TX_FAILED_REVERTED: TronTxRef & { result: string; reason?: string; errorName?: string; panicCode?: number }
  /**
   * A 0-amount TRC-20 transfer "from" the victim, logged in a transaction someone else sent: a lure that puts a
   * look-alike of an address the victim uses into their history. The address it imitates is not known (a full
   * node keeps no history by account).
   */
  TX_ADDRESS_POISONING: {
    network: 'tron'
    victim: TronAddress
    lookalike: TronAddress
    sentBy: TronAddress
    token: TronAddress
    symbol?: string
    decimals?: number
    amount: bigint
    lures: number
    minedAt?: bigint
  }
  /**
   * A token the transaction moved that passes itself off as another: its `symbol()` is that of a token in
   * txdoctor's list on another contract (fake USDT), or its symbol carries a web address or mixes scripts.
   */
  TX_SCAM_TOKEN: { network: 'tron'; token: TronAddress; symbol?: string; reasons: ('link' | 'mixed-scripts' | 'imitates-known')[]; imitates?: TronAddress }
  /** The account on TRON: TRX, tokens held (of txdoctor's list), bandwidth and energy available now. */
  ADDRESS_ACTIVITY: {
    network: 'tron'
    chain: ChainRef
    address: TronAddress
    balance: NativeAmount
    holdings: { token: TronAddress; symbol: string; decimals: number; amount: bigint }[]
    /** Unix seconds the account was created (activated). */
    createdAt?: bigint
    /** Free plus staked bandwidth left today, and energy left (both regenerate over 24 hours); absent when not read. */
    bandwidthAvailable?: number
    energyAvailable?: number
    /** Listed tokens whose balance could not be read (the answer is partial): not "holds none". */
    unreadTokens?: string[]
    /** The tokens' standing approvals were not read: TRON's public full nodes cannot list them by owner. */
    approvalsChecked: false
  }
  /**
   * No account exists at this address yet: it comes into being when it first receives TRX (or TRC-10), the
   * sender paying `activationFee` on top. It may still hold tokens (a TRC-20 balance lives in the token's contract),
   * which it cannot send before it holds TRX.
   */
  ADDRESS_NOT_ACTIVATED: {
    network: 'tron'
    chain: ChainRef
    address: TronAddress
    activationFee?: NativeAmount
    holdings: { token: TronAddress; symbol: string; decimals: number; amount: bigint }[]
  }
  /**
   * Holds tokens but cannot send them: the energy it has and the TRX it could burn do not cover a USDT transfer.
   * `needs`: energy and TRX of a transfer to a holder and to a new holder at today's price; `shortfall`: TRX to add
   * for a transfer to a holder, with no energy staked or rented.
   */
  ADDRESS_NO_ENERGY: {
    network: 'tron'
    chain: ChainRef
    address: TronAddress
    balance: NativeAmount
    holdings: { token: TronAddress; symbol: string; decimals: number; amount: bigint }[]
    energyAvailable: number
    bandwidthAvailable: number
    energyPrice: bigint
    needs: { toHolder: { energy: number; trx: NativeAmount }; toNewHolder: { energy: number; trx: NativeAmount } }
    shortfall: NativeAmount
  }
  /**
   * The account's owner or active permission lists keys other than its own address. `othersAlone`: other keys
   * (together, where a threshold needs several) reach the threshold of a permission that moves funds without the
   * account's own key; `othersChangeKeys`: of one that can change the permissions (the owner, or an active one with
   * AccountPermissionUpdate) — they can lock the owner out at any time. `ownAlone`: the account's own key still meets
   * the owner's threshold (it can change the permissions back, which protects nothing if the key itself leaked).
   * Someone who held the recovery phrase sets this up to keep the funds.
   */
  ADDRESS_PERMISSION_OTHER_KEYS: {
    network: 'tron'
    chain: ChainRef
    address: TronAddress
    permissions: TronPermission[]
    othersAlone: boolean
    othersChangeKeys: boolean
    ownAlone: boolean
    /** The other keys, each once. */
    otherKeys: TronAddress[]
  }
}
