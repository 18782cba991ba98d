import tronSpec from '../../../chains/tron.js'
import type { ChainRef, NativeAmount } from '../../core/amounts.js'
import type { TronAction, TronCosts, TronFacts, TronPermission, TronTokenTransfer } from '../../core/tron-facts.js'
import type { Formatter } from '../format.js'

/**
 * What TRON's cards say, worked out once from the facts so the English and the Chinese words (../{en,zh-CN}/tron.ts)
 * say the same thing: what moved, what the fee paid for, what was missing, which way a hijacked account leans.
 * Amounts stay raw: each language's `f` formats them.
 */

type Held = TronFacts['ADDRESS_ACTIVITY']['holdings'][number]

const trx = (value: bigint): NativeAmount => ({ value, symbol: 'TRX', decimals: 6 })
const positive = (a: NativeAmount | undefined): a is NativeAmount => a !== undefined && a.value > 0n

/**
 * A TRX amount as a newcomer reads it: two decimals (two significant digits below 1 TRX), `approximate` when that
 * dropped something ("about 1.1 TRX" for 1.100002 TRX). Experts get the exact amount.
 */
export function roughTrx(a: NativeAmount): { amount: NativeAmount; approximate: boolean } {
  const unit = 10n ** BigInt(a.decimals)
  const abs = a.value < 0n ? -a.value : a.value
  // Keep two digits after the first significant one below 1 TRX (0.0012 TRX stays 0.0012), else two decimals.
  let step = unit / 100n
  while (step > 1n && abs < step * 10n) step /= 10n
  if (step < 1n) step = 1n
  const rounded = ((abs + step / 2n) / step) * step * (a.value < 0n ? -1n : 1n)
  return { amount: { ...a, value: rounded }, approximate: rounded !== a.value }
}

/** A token amount as a newcomer reads it, rounded as TRX is ("about 136.39 «USDT»" for 136.389002); experts get it exact. */
export function roughToken(amount: bigint, decimals: number): { amount: bigint; approximate: boolean } {
  const r = roughTrx({ value: amount, symbol: '', decimals })
  return { amount: r.amount.value, approximate: r.approximate }
}

/**
 * A word for a value a node gave (a receipt's result, a contract type), from a language's table: only the table's
 * own entries, so a node's "constructor" or "toString" is an unknown value, not Object's.
 */
export function wordFor<word>(table: Readonly<Record<string, word>>, key: string): word | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined
}

/**
 * A newcomer's amounts in one language, whose word for "about" (`about `, `约 `) marks those rounding changed:
 * `approx` a TRX amount ("about 1.1 TRX"), `roughHeld` a token balance, `heldList` the tokens held, USDT first.
 */
export function roughWords(about: string) {
  const approx = (a: NativeAmount, f: Formatter) => {
    const r = roughTrx(a)
    return `${r.approximate ? about : ''}${f.native(r.amount)}`
  }
  const roughHeld = (t: { amount: bigint; decimals: number; symbol: string }, f: Formatter) => {
    const r = roughToken(t.amount, t.decimals)
    return `${r.approximate ? about : ''}${f.token(r.amount, t.decimals, t.symbol)}`
  }
  const heldList = (h: Held[], f: Formatter) => tokensFirst(h).map((t) => roughHeld(t, f))
  return { approx, roughHeld, heldList }
}

/**
 * A name a node gave, for experts: in java-tron's forms (a contract type `FreezeBalanceV2Contract`, a result
 * `OUT_OF_TIME`) as it is; anything else quoted as the node's words.
 */
export const nodeName = (value: string, f: Formatter) => (/^(?:[A-Z][A-Za-z0-9]{0,55}Contract|[A-Z][A-Z_]{0,39})$/.test(value) ? value : f.quote(value))

/** A TRX amount rounded for a newcomer, where the sentence says "about" already. */
export const rough = (a: NativeAmount, f: Formatter) => f.native(roughTrx(a).amount)
/** The day of a Unix time, `2023-07-07`. */
export const day = (seconds: bigint, f: Formatter) => f.utc(seconds).slice(0, 10)

/** Tokens held, USDT first (what TRON users ask about most), then by name. */
export function tokensFirst<T extends Held>(holdings: T[]): T[] {
  return [...holdings].sort((a, b) => Number(b.symbol === 'USDT') - Number(a.symbol === 'USDT') || a.symbol.localeCompare(b.symbol))
}

/**
 * What a TRON fee paid for: TRX burned for energy (running a token's contract) and for bandwidth (the transaction's
 * bytes), creating the receiver's account, and the rest (a memo). Energy taken from what the account staked or
 * rented cost no TRX and is said apart. Creating an account replaces the bytes' bandwidth charge with the network's
 * flat one (getCreateAccountFee, burned as `net_fee` when no staked bandwidth covers it), on top of the activation
 * itself (getCreateNewAccountFeeInSystemContract): with an activation, the TRX burned for bandwidth is creation too.
 */
export type CostView = {
  fee: NativeAmount
  energyBurned?: NativeAmount
  bandwidthBurned?: NativeAmount
  /** TRX paid to create the receiver's account: the activation plus the creation's bandwidth charge. */
  creation?: NativeAmount
  /** The fee's rest once energy, bandwidth and an activation are taken out: a memo. */
  other?: NativeAmount
  energyFromStake: number
  energyFromContract: number
  /** Nothing paid in TRX: free or staked bandwidth and staked energy covered it all. */
  free: boolean
}

/** What one part of a fee paid for; each language words each kind. */
export type FeePartKind = 'energy' | 'bandwidth' | 'creation' | 'other'

/**
 * The fee's parts in the order the cards name them; `whole`: the one part that was the whole fee ("all for …");
 * `stakedToo`: some energy also came from the account's stake (said apart: it cost no TRX).
 */
export function feeParts(c: CostView): { parts: { kind: FeePartKind; amount: NativeAmount }[]; whole?: FeePartKind; stakedToo: boolean } {
  const parts = ([['energy', c.energyBurned], ['bandwidth', c.bandwidthBurned], ['creation', c.creation], ['other', c.other]] as const).flatMap(([kind, amount]) =>
    amount ? [{ kind, amount }] : [],
  )
  const only = parts.length === 1 && parts[0]!.amount.value === c.fee.value ? parts[0]!.kind : undefined
  return { parts, ...(only ? { whole: only } : {}), stakedToo: c.energyFromStake > 0 && c.energyBurned !== undefined }
}

/** Undefined when the node gave the transaction but not its info (what it cost is then unknown). */
export function costView(c: TronCosts | undefined, activation?: NativeAmount): CostView | undefined {
  if (!c) return undefined
  const rest = c.fee.value - c.energyBurned.value - c.bandwidthBurned.value - (activation?.value ?? 0n)
  const creation = activation && trx(activation.value + c.bandwidthBurned.value)
  return {
    fee: c.fee,
    ...(positive(c.energyBurned) ? { energyBurned: c.energyBurned } : {}),
    ...(positive(c.bandwidthBurned) && !activation ? { bandwidthBurned: c.bandwidthBurned } : {}),
    ...(creation ? { creation } : {}),
    ...(rest > 0n ? { other: trx(rest) } : {}),
    energyFromStake: c.energyFromStake,
    energyFromContract: c.energyFromContract,
    free: c.fee.value === 0n,
  }
}

/** What a transaction tried to move, for its cards: TRX, or a token (amount, symbol, recipient). */
export type Attempt =
  | { kind: 'trx'; amount: NativeAmount; to: string }
  | { kind: 'token'; token: string; symbol?: string; decimals?: number; amount: bigint; to: string }
  | { kind: 'call'; contract: string; callValue?: NativeAmount }
  | { kind: 'other'; contractType: string }

/** Undefined when the node gave the transaction's result but not the transaction (who sent it, what it asked). */
export function attemptOf(a: TronAction | undefined): Attempt | undefined {
  switch (a?.kind) {
    case undefined: return undefined
    case 'trx-transfer': return { kind: 'trx', amount: a.amount, to: a.to }
    case 'token-transfer': return { kind: 'token', token: a.token, ...(a.symbol === undefined ? {} : { symbol: a.symbol }), ...(a.decimals === undefined ? {} : { decimals: a.decimals }), amount: a.amount, to: a.to }
    case 'contract-call': return { kind: 'call', contract: a.contract, ...(positive(a.callValue) ? { callValue: a.callValue } : {}) }
    case 'other': return { kind: 'other', contractType: a.contractType }
  }
}

/** TX_SUCCESS on TRON: did anything of value move (TRX or a token amount), and was a new account created. */
export type TronSuccessView = {
  /** TRX sent by the transaction's own contract (a TransferContract). */
  coins?: NativeAmount
  /** Token transfers with an amount (a 0-amount one moves nothing); `fake`: of a token passing itself off as another. */
  moved: (Omit<TronTokenTransfer, 'fake'> & { fake: boolean })[]
  /** TRX or a real token moved (a fake token is worth nothing). */
  somethingMoved: boolean
  tokens: boolean
  /** What it moved was not read (the node gave no logs, and its call was not a plain transfer): never "nothing moved". */
  unread: boolean
  cost?: CostView
  /**
   * A USDT transfer (txdoctor's own USDT contract) that used nearer the energy of a send to a first-time holder
   * than to a holder: the recipient most likely held no USDT before (a new balance slot costs about twice).
   */
  usdtToNewHolder?: { energyUsed: number; toHolder: number }
}

/** Above the midpoint between a USDT send to a holder and to a first-time holder, it looks like the latter. */
const usdt = tronSpec.tokens.find((t) => t.symbol === 'USDT')?.address
const newHolderEnergy = (tronSpec.usdtTransferEnergy.toHolder + tronSpec.usdtTransferEnergy.toNewHolder) / 2

export function tronSuccessView(x: TronFacts['TX_SUCCESS']): TronSuccessView {
  const coins = x.action?.kind === 'trx-transfer' && x.action.amount.value > 0n ? x.action.amount : undefined
  // A fake token (the checks mark it, beside its TX_SCAM_TOKEN danger) is worth nothing: not "your USDT arrived".
  const moved = x.transfers.filter((t) => t.amount > 0n).map((t) => ({ ...t, fake: t.fake === true }))
  const real = moved.filter((t) => !t.fake)
  const cost = costView(x.costs, x.activationFee)
  const usdtSend = x.action?.kind === 'token-transfer' && x.action.token === usdt && x.costs !== undefined && x.costs.energyUsed > newHolderEnergy
  return {
    ...(coins ? { coins } : {}),
    moved,
    somethingMoved: coins !== undefined || real.length > 0,
    tokens: real.length > 0,
    unread: x.transfersUnread === true,
    ...(cost ? { cost } : {}),
    ...(usdtSend ? { usdtToNewHolder: { energyUsed: x.costs!.energyUsed, toHolder: tronSpec.usdtTransferEnergy.toHolder } } : {}),
  }
}

/**
 * TX_SCAM_TOKEN on TRON: the symbol it poses with (untrusted: quote it), what it advertises, and the real token
 * it imitates, named from txdoctor's own list (trusted: its symbol and address can be shown as they are).
 */
export type TronScamTokenView = { posesAs?: string; advertises?: string; mixedScripts: boolean; real?: { symbol: string; address: string } }

export function tronScamTokenView(x: TronFacts['TX_SCAM_TOKEN']): TronScamTokenView {
  const listed = x.imitates === undefined ? undefined : tronSpec.tokens.find((t) => t.address === x.imitates)
  return {
    ...(x.reasons.includes('imitates-known') && x.symbol ? { posesAs: x.symbol } : {}),
    ...(x.reasons.includes('link') && x.symbol ? { advertises: x.symbol } : {}),
    mixedScripts: x.reasons.includes('mixed-scripts'),
    ...(listed ? { real: { symbol: listed.symbol, address: listed.address } } : {}),
  }
}

/**
 * TX_NOT_FOUND: the EVM chains asked (eth_getTransactionByHash) apart from TRON, which is asked its own way
 * (/wallet/gettransactionbyid); TRON is among the chains searched when `tronChecked`.
 */
export function notFoundChains(x: { checkedChains: ChainRef[]; tronChecked?: true }): { evm: ChainRef[]; tron: boolean } {
  return { evm: x.checkedChains.filter((c) => c.id !== tronSpec.id), tron: x.tronChecked === true }
}

/** TX_NOT_FINAL on TRON: how long until its block is solidified (irreversible), in seconds and whole minutes. */
export function tronNotFinalView(x: TronFacts['TX_NOT_FINAL']): { seconds: number; minutes: number } {
  const seconds = x.solidifyBlocks * x.blockTimeSeconds
  return { seconds, minutes: Math.max(1, Math.round(seconds / 60)) }
}

/**
 * TX_FAILED_OUT_OF_ENERGY: what it tried, what it burned, and what a new try needs. `needed`: the USDT send that
 * applies (to a holder, or to a first-time holder when the recipient never held it or that is not known: the higher
 * figure is the safe one to prepare). `plan`: what a retry must have, worked out once so every view (novice,
 * expert, both languages, the hand-off) says the same numbers.
 */
export type OutOfEnergyView = {
  attempt?: Attempt
  /** TRX burned for the energy it used (or the whole fee when energy is not split out). */
  burned?: NativeAmount
  /** What it cost is known, and it took no TRX at all (staked energy and bandwidth covered what it used). */
  nothingTaken: boolean
  cause: TronFacts['TX_FAILED_OUT_OF_ENERGY']['cause']
  /** `certain`: whether the recipient held the token is known; if not, the higher (first-time holder) figure is used. */
  needed?: { energy: number; trx: NativeAmount; newHolder: boolean; certain: boolean }
  plan?: RetryPlan
  /**
   * Tell them to set the fee limit: it is what stopped the call, or it was below the plan's, or it was not read
   * (a retry on staked or rented energy still fails under a low fee limit).
   */
  checkFeeLimit: boolean
}

/**
 * A retry that does not fail again. The typical figures are typical, not ceilings (a recorded first-time-holder
 * send used 130,285 energy against 130,000): plan `margin` more. The fee limit caps ALL energy the call may use,
 * staked or rented included (java-tron: min(staked left + balance / price, fee_limit / price)), so it must cover the
 * whole plan; the balance need only cover what the account's own energy does not. Neither is charged in full: only
 * the energy actually used is.
 */
export type RetryPlan = {
  /** The send's figure + 10 %, rounded up to 1,000 energy. */
  energy: number
  /** Sun per energy (the network's getEnergyFee). */
  price: bigint
  /** fee_limit to set: plan energy × price, exactly. */
  feeLimit: NativeAmount
  /** For a newcomer: the fee limit rounded up to 0.1 TRX (never below the exact one). */
  feeLimitRough: NativeAmount
  /** The energy the account has now, counted against the plan (0 when not read). */
  energyHeld: number
  /** TRX the account must hold: (plan energy − energy held) × price, exactly. */
  balance: NativeAmount
  /** The account's TRX now, when read. */
  balanceNow?: NativeAmount
  /** TRX to add, rounded UP to 0.1 TRX (never short); absent when the account already has enough or its TRX is unknown. */
  topUp?: NativeAmount
  /**
   * What a newcomer is told the account should hold: its TRX now + the top-up (so "about 1.1 TRX now, add 57.1,
   * have 58.2" adds up); without a top-up, the balance needed rounded up to 0.1 TRX.
   */
  balanceTarget: NativeAmount
}

/** Plan this much above the typical figure: real sends vary (the contract's state, energy_penalty). */
export const retryMarginPercent = 10
const tenth = 100_000n // sun in 0.1 TRX
const upToTenth = (sun: bigint) => ((sun + tenth - 1n) / tenth) * tenth

export function retryPlan(x: TronFacts['TX_FAILED_OUT_OF_ENERGY'], needed: { energy: number; trx: NativeAmount }): RetryPlan | undefined {
  const price = x.energyPrice ?? (needed.energy > 0 ? needed.trx.value / BigInt(needed.energy) : undefined)
  if (price === undefined || price <= 0n) return undefined
  const energy = Math.ceil((needed.energy * (100 + retryMarginPercent)) / 100 / 1000) * 1000
  const feeLimit = BigInt(energy) * price
  const energyHeld = Math.min(energy, x.senderNow?.energyAvailable ?? 0)
  const balance = BigInt(energy - energyHeld) * price
  const now = x.senderNow?.balance.value
  const short = now === undefined ? 0n : balance - now
  const topUp = short > 0n ? upToTenth(short) : undefined
  return {
    energy,
    price,
    feeLimit: trx(feeLimit),
    feeLimitRough: trx(upToTenth(feeLimit)),
    energyHeld,
    balance: trx(balance),
    ...(x.senderNow ? { balanceNow: x.senderNow.balance } : {}),
    ...(topUp ? { topUp: trx(topUp) } : {}),
    balanceTarget: trx(topUp !== undefined && now !== undefined ? now + topUp : upToTenth(balance)),
  }
}

export function outOfEnergyView(x: TronFacts['TX_FAILED_OUT_OF_ENERGY']): OutOfEnergyView {
  const burned = positive(x.costs?.energyBurned) ? x.costs.energyBurned : positive(x.costs?.fee) ? x.costs.fee : undefined
  const newHolder = x.recipientHolds !== true
  const pick = x.usdtTransfer && (newHolder ? x.usdtTransfer.toNewHolder : x.usdtTransfer.toHolder)
  const needed = pick && { energy: pick.energy, trx: pick.trx, newHolder, certain: x.recipientHolds !== undefined }
  const plan = needed && retryPlan(x, needed)
  const attempt = attemptOf(x.action)
  return {
    ...(attempt ? { attempt } : {}),
    ...(burned ? { burned } : {}),
    nothingTaken: x.costs !== undefined && x.costs.fee.value === 0n && x.costs.energyBurned.value === 0n,
    cause: x.cause,
    ...(needed ? { needed } : {}),
    ...(plan ? { plan } : {}),
    checkFeeLimit: x.cause === 'fee-limit' || (plan !== undefined && (x.feeLimit === undefined || x.feeLimit.value < plan.feeLimit.value)),
  }
}

/**
 * TX_FAILED_REVERTED on TRON: REVERT is the contract refusing (a reason may say why); the other results are the
 * virtual machine stopping the call (an illegal instruction, out of time …), which no reason explains.
 */
export function tronRevertView(x: TronFacts['TX_FAILED_REVERTED']): { refused: boolean; attempt?: Attempt; burned?: NativeAmount } {
  const attempt = attemptOf(x.action)
  return { refused: x.result === 'REVERT', ...(attempt ? { attempt } : {}), ...(positive(x.costs?.fee) ? { burned: x.costs.fee } : {}) }
}

/**
 * ADDRESS_PERMISSION_OTHER_KEYS: who can act. `hijacked`: other keys can move funds or change the permissions
 * without the account's own key (a thief who had the recovery phrase set this up); `ownAlone`: the own key still
 * meets the owner's threshold (it could change the permissions back, which protects nothing if it leaked);
 * `ownMoves`: the own key alone meets a permission that moves funds, so moving them away now works; `ownChanges`:
 * it alone meets one that can change the permissions; `together`: no other key reaches such a permission alone —
 * only several of them signing together do. Each permission with its abilities and the weights that meet it.
 */
export type PermissionView = {
  hijacked: boolean
  ownAlone: boolean
  ownMoves: boolean
  ownChanges: boolean
  together: boolean
  shared: boolean
  permissions: PermissionLine[]
  /** Permissions the other keys meet that can rewrite the permissions (the owner's, or an active one with bit 46). */
  rewriters: PermissionLine[]
  /** Active permissions the other keys meet: what the own key, where it still can, would drop. */
  droppable: PermissionLine[]
}
export type PermissionLine = {
  kind: TronPermission['kind']
  name: string
  threshold: number
  can: TronPermission['can']
  keys: { address: string; weight: number; own: boolean }[]
  /** The other keys' weights (each, in order) and whether together they meet the threshold. */
  otherWeights: number[]
  othersReach: boolean
  ownReaches: boolean
}

export function permissionView(x: TronFacts['ADDRESS_PERMISSION_OTHER_KEYS']): PermissionView {
  const permissions = x.permissions.map((p): PermissionLine => {
    const keys = p.keys.map((k) => ({ ...k, own: k.address === x.address }))
    const otherWeights = keys.filter((k) => !k.own).map((k) => k.weight)
    const sum = (ws: number[]) => ws.reduce((a, b) => a + b, 0)
    return {
      // A diagnosis cached before abilities were read has none: assume the worst (an owner's everything).
      kind: p.kind, name: p.name, threshold: p.threshold, can: p.can ?? { transfer: true, callContracts: true, changePermissions: true }, keys, otherWeights,
      othersReach: sum(otherWeights) >= p.threshold,
      ownReaches: sum(keys.filter((k) => k.own).map((k) => k.weight)) >= p.threshold,
    }
  })
  const moves = (p: PermissionLine) => p.can.transfer || p.can.callContracts
  const risky = permissions.filter((p) => p.othersReach && (moves(p) || p.can.changePermissions))
  return {
    hijacked: x.othersAlone || x.othersChangeKeys,
    ownAlone: x.ownAlone,
    ownMoves: x.ownAlone || permissions.some((p) => p.ownReaches && moves(p)),
    ownChanges: x.ownAlone || permissions.some((p) => p.ownReaches && p.can.changePermissions),
    together: risky.length > 0 && risky.every((p) => p.otherWeights.every((w) => w < p.threshold)),
    shared: !x.othersAlone && !x.othersChangeKeys,
    permissions,
    rewriters: permissions.filter((p) => p.can.changePermissions && p.othersReach),
    droppable: permissions.filter((p) => p.othersReach && p.kind === 'active'),
  }
}

/** ADDRESS_NO_ENERGY / ADDRESS_ACTIVITY: the token the wallet cannot send (USDT first) and what it holds. */
export function heldFirst(holdings: Held[]): Held | undefined {
  return tokensFirst(holdings.filter((h) => h.amount > 0n))[0]
}
