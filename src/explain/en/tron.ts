import type { TronCatalog } from '../catalog-types.js'
import type { Formatter } from '../format.js'
import type { NativeAmount } from '../../core/amounts.js'
import type { TronFacts, TronTxRef } from '../../core/tron-facts.js'
import { panicMeaning } from '../panic.js'
import { day, feeParts, heldFirst, nodeName, outOfEnergyView, permissionView, retryMarginPercent, rough, roughWords, tokensFirst, tronNotFinalView, tronRevertView, tronScamTokenView, tronSuccessView, wordFor, type Attempt, type RetryPlan, type CostView, type FeePartKind, type PermissionLine, type PermissionView } from '../views/tron.js'
import { en } from './common.js'

/** TRON's words in English: the codes TRON shares with EVM chains, for their TRON facts, and TRON's own codes. */

type Need = { energy: number; trx: NativeAmount }

// Wallets show "energy" and "bandwidth": said once, in plain words, where a novice first meets them.
const energyWord = 'energy, which pays for running token transfers'
const bandwidthWord = "bandwidth, which pays for a transaction's size"

const plural = (n: number, one: string, many = `${one}s`) => (n === 1 ? one : many)
/** Fees, balances and tokens held for a newcomer: "about 1.1 TRX" for 1.100002 TRX; `rough` where the sentence says "about" already. */
const { approx, roughHeld, heldList } = roughWords('about ')

/**
 * What an account operation does, by java-tron's contract type (TRX and token transfers and contract calls are
 * worded apart). A type not listed is named only for experts.
 */
const operationWords: Readonly<Record<string, string>> = {
  TransferAssetContract: 'TRC-10 token transfer',
  FreezeBalanceContract: 'staking of TRX', FreezeBalanceV2Contract: 'staking of TRX',
  UnfreezeBalanceContract: 'unstaking of TRX', UnfreezeBalanceV2Contract: 'unstaking of TRX',
  WithdrawExpireUnfreezeContract: 'withdrawal of unstaked TRX', CancelAllUnfreezeV2Contract: 'cancelling of unstaking',
  DelegateResourceContract: 'lending of energy or bandwidth', UnDelegateResourceContract: 'return of lent energy or bandwidth',
  VoteWitnessContract: 'vote for super representatives', WithdrawBalanceContract: 'claim of voting rewards',
  AccountPermissionUpdateContract: "change of the account's permissions", AccountCreateContract: 'account creation',
  AccountUpdateContract: "change of the account's name", CreateSmartContract: 'contract deployment',
}
/** "account operation (staking of TRX)"; a type not listed stays "account operation". */
export const operationNovice = (contractType: string) => {
  const what = wordFor(operationWords, contractType)
  return what ? `account operation (${what})` : 'account operation'
}

/** What it was, for a newcomer, as a noun phrase: "transfer of 0.01 «USDT» to TCB8…14RB". */
function attemptNovice(a: Attempt | undefined, f: Formatter): string {
  switch (a?.kind) {
    case 'trx': return `transfer of ${f.native(a.amount)} to ${f.short(a.to)}`
    case 'token': return `transfer of ${f.token(a.amount, a.decimals, a.symbol)} to ${f.short(a.to)}`
    case 'call': return `request to the app at ${f.short(a.contract)}${a.callValue ? ` (sending ${f.native(a.callValue)})` : ''}`
    case 'other': return operationNovice(a.contractType)
    case undefined: return 'transaction'
  }
}

/** The contract a TRON transaction carried, as an engineer reads it. */
function actionExpert(x: TronTxRef, f: Formatter): string {
  const a = x.action
  const from = x.sender ? `, from ${x.sender}` : ''
  switch (a?.kind) {
    case 'trx-transfer': return `TransferContract ${f.nativeExact(a.amount)} ${x.sender ?? '(sender unknown)'} → ${a.to}`
    case 'token-transfer': return `TriggerSmartContract ${a.token}.transfer(${a.to}, ${a.amount}) = ${f.tokenExact(a.amount, a.decimals, a.symbol)}${from}`
    case 'contract-call': return `TriggerSmartContract on ${a.contract}${a.selector ? `, selector ${a.selector}` : ''}, call_value ${f.nativeExact(a.callValue)}${from}`
    case 'other': return `${nodeName(a.contractType, f)}${from}`
    case undefined: return 'Transaction body not returned by the node (only its info): sender and contract unknown'
  }
}

/** What each part of a fee paid for, for a newcomer. */
const feeFor: Record<FeePartKind, string> = {
  energy: 'burned for energy (which pays for running token transfers)',
  bandwidth: "for bandwidth (which pays for a transaction's size)",
  creation: "for creating the receiver's account, which did not exist yet (a one-time cost: later transfers to it will not pay this)",
  other: 'for the rest',
}

/** What the fee paid for, for a newcomer: each part, or "all for …" when one part is the whole fee. */
function feeNovice(c: CostView | undefined, f: Formatter): string {
  if (!c) return 'We could not read what it cost.'
  if (c.free) return `It cost no TRX: the account's own ${c.energyFromStake > 0 ? `${energyWord}, and its ` : ''}${bandwidthWord}, covered it.`
  const { parts, whole, stakedToo } = feeParts(c)
  const staked = stakedToo ? ' Part of the energy came from what the account had staked, at no TRX cost.' : ''
  if (whole) return `The fee was ${approx(c.fee, f)}, all ${feeFor[whole]}.${staked}`
  return `The fee was ${approx(c.fee, f)}${parts.length ? `: ${parts.map((p) => `${approx(p.amount, f)} ${feeFor[p.kind]}`).join('; ')}` : ''}.${staked}`
}

/**
 * The fee limit, where it means something: a TransferContract burns no energy, so it has none to speak of; a
 * transaction the node did not return leaves it unknown.
 */
function feeLimitExpert(x: TronTxRef, f: Formatter): string {
  if (x.action?.kind === 'trx-transfer') return ''
  if (x.feeLimit) return `fee_limit ${f.nativeExact(x.feeLimit)}.`
  return x.action ? 'No fee_limit in raw_data.' : 'fee_limit unknown (the transaction itself was not read).'
}

/** Energy and bandwidth, exactly; with an activation, `net_fee` is the creation's flat charge, not the bytes'. */
function costsExpert(x: TronTxRef, f: Formatter, activation?: NativeAmount): string {
  const c = x.costs
  const limit = feeLimitExpert(x, f)
  if (!c) return `Costs unknown: the node returned the transaction but not its info (gettransactioninfobyid).${limit ? ` ${limit}` : ''}`
  const creation = activation && c.bandwidthBurned.value > 0n ? ' = getCreateAccountFee (account creation)' : ''
  return (
    `Energy used ${f.count(c.energyUsed)} (from stake ${f.count(c.energyFromStake)}, from the contract's deployer ${f.count(c.energyFromContract)}, burned ${f.count(c.energyUsed - c.energyFromStake - c.energyFromContract)}); ` +
    `energy_fee ${f.nativeExact(c.energyBurned)}. Bandwidth ${f.count(c.bandwidthUsed)} bytes, net_fee ${f.nativeExact(c.bandwidthBurned)}${creation}. Fee ${f.nativeExact(c.fee)}` +
    (limit ? `; ${limit}` : '.')
  )
}

const where = (x: TronTxRef, f: Formatter) =>
  `${x.blockNumber === undefined ? 'block not read' : `block ${f.count(x.blockNumber)}`}${x.minedAt === undefined ? '' : ` (${f.utc(x.minedAt)})`}, id ${x.id}`
/** `block 69,316,562`, or the id where the block was not read: what a recipient can look up. */
const blockOrId = (x: TronTxRef, f: Formatter) => (x.blockNumber === undefined ? `id ${x.id}` : `block ${f.count(x.blockNumber)}`)
const need = (n: Need, f: Formatter) => `${f.count(n.energy)} energy (${rough(n.trx, f)} if paid by burning TRX)`
const needExact = (n: Need, f: Formatter) => `~${f.count(n.energy)} energy = ${f.nativeExact(n.trx)}`

/** Where the account's own key still controls its settings, "no one can" would be untrue: the offer is a scam all the same. */
const recoveryScam = (ownChanges: boolean) => `Anyone who offers to "unlock" or "recover" this account for a fee is running a second scam${ownChanges ? '.' : ': no one can.'}`

/** What a retry needs, for a newcomer: the TRX to hold (and to add), that only what is used is taken. */
function retryNovice(p: RetryPlan, f: Formatter): string {
  const energyInstead = 'or get energy instead, by staking TRX or renting energy in your wallet'
  const onlyUsed = 'Only what the transfer really uses is taken; the rest stays in your account.'
  if (p.topUp) return `Before trying again, make sure the account has about ${rough(p.balanceTarget, f)} (add about ${f.native(p.topUp)}), ${energyInstead}. That covers this transfer with a small margin, counting the energy the account has. ${onlyUsed}`
  if (p.balanceNow) return `The account already has enough TRX for this transfer, with a small margin (about ${rough(p.balanceTarget, f)}, counting its energy). ${onlyUsed}`
  return `Before trying again, make sure the account has about ${rough(p.balanceTarget, f)}, ${energyInstead}. That covers this transfer with a small margin. ${onlyUsed}`
}

/** The same plan, exactly: energy with its margin, fee_limit over all of it, the balance over what stake does not cover. */
function retryExpert(typical: number, p: RetryPlan, f: Formatter): string {
  const balance = p.balanceNow
    ? `Balance ≥ (${f.count(p.energy)} − ${f.count(p.energyHeld)} energy held) × ${f.count(p.price)} sun = ${f.nativeExact(p.balance)}` +
      (p.topUp ? `; the sender has ${f.nativeExact(p.balanceNow)}: add ≥ ${f.nativeExact(p.topUp)}, rounded up to 0.1 TRX.` : `; the sender's ${f.nativeExact(p.balanceNow)} covers it.`)
    : `Balance ≥ ${f.nativeExact(p.balance)} (the sender's TRX and energy now were not read).`
  return (
    `Plan ${f.count(p.energy)} energy (${f.count(typical)} + ${retryMarginPercent} %, rounded up to 1,000: real sends can exceed the typical figure). ` +
    `Set fee_limit ≥ ${f.count(p.energy)} × ${f.count(p.price)} sun = ${f.nativeExact(p.feeLimit)}, whether the energy is staked, rented or burned: fee_limit caps all energy the call may use. ` +
    `${balance} Or stake/rent until ≥ ${f.count(p.energy)} energy is available (same fee_limit). Only the energy actually used is charged: fee_limit and the balance are ceilings.`
  )
}

/** Why the network stopped a call, by the receipt's result (REVERT is the contract refusing, worded apart). */
const stoppedBecause: Readonly<Record<string, string>> = { OUT_OF_TIME: ': it took too long', ILLEGAL_OPERATION: ": the app's contract tried something that is not allowed" }

export const tronEn: TronCatalog = {
  TX_SUCCESS: {
    novice: (x, f) => {
      const v = tronSuccessView(x)
      return {
        title: v.somethingMoved ? 'The transfer went through.' : 'The transaction went through.',
        body:
          `It was completed on TRON${v.coins && x.action?.kind === 'trx-transfer' ? ` and sent ${f.native(v.coins)}${x.sender ? ` from ${f.short(x.sender)}` : ''} to ${f.short(x.action.to)}` : ''}` +
          (v.moved.length
            ? `. What moved: ${f.list(v.moved.map((t) => `${f.token(t.amount, t.decimals, t.symbol)} from ${f.short(t.from)} to ${f.short(t.to)}${t.fake ? ' (a fake token, worth nothing)' : ''}`))}`
            : v.unread ? '; we could not read what it moved' : v.somethingMoved ? '' : '; it moved no TRX and no tokens') +
          `. ${feeNovice(v.cost, f)}` +
          (v.usdtToNewHolder ? ' It cost about twice the usual, most likely because the receiver had never held USDT before.' : '') +
          (v.somethingMoved ? ' A completed transfer cannot be undone by the network.' : ''),
        actions: v.somethingMoved
          ? [
              `If the receiver doesn't see it, ask them to look at TRON${v.tokens ? ' (TRC-20)' : ''} in their wallet (not another network)${v.tokens ? ', and to add the token to their wallet if it does not show' : ''}.`,
              'If it went to the wrong address, only the owner of that address can send it back.',
            ]
          : v.unread
            ? ['To see what it moved, open it on Tronscan (tronscan.org) or in your wallet’s activity.']
            : v.moved.length
              ? ["Don't send the fake token on, and don't approve, sell or swap it: it is worth nothing."]
              : [en.nothingToDo],
      }
    },
    expert: (x, f) => {
      const v = tronSuccessView(x)
      return {
        title: `Success${x.blockNumber === undefined ? '' : `: block ${f.count(x.blockNumber)}`}`,
        body:
          `SUCCESS on TRON, ${where(x, f)}. ${actionExpert(x, f)}. ` +
          (x.transfers.length
            ? `Transfer logs: ${x.transfers.map((t) => `${f.tokenExact(t.amount, t.decimals, t.symbol)} ${t.from} → ${t.to} (token ${t.token}${v.moved.some((m) => m.fake && m.token === t.token) ? ', a fake: see TX_SCAM_TOKEN' : ''})`).join('; ')}. `
            : v.unread ? 'Transfer logs not read (no gettransactioninfobyid reply): what the call moved is unknown. ' : 'No TRC-20 Transfer logged. ') +
          costsExpert(x, f, x.activationFee) +
          (x.activationFee ? ` Includes the account activation, getCreateNewAccountFeeInSystemContract: ${f.nativeExact(x.activationFee)}.` : '') +
          (v.usdtToNewHolder ? ` Energy ${f.count(v.usdtToNewHolder.energyUsed)} ≈ 2× a USDT transfer to a holder (~${f.count(v.usdtToNewHolder.toHolder)}): the recipient most likely held no USDT before (new balance slot).` : ''),
        actions: [
          v.somethingMoved
            ? `If the recipient disputes receipt, give them the transaction id and ${blockOrId(x, f)}: ${v.tokens ? 'the Transfer logs above are' : 'the TransferContract is'} the record.`
            : v.unread
              ? 'Read its Transfer logs (/wallet/gettransactioninfobyid, or Tronscan) before reconciling anything.'
              : v.moved.length
                ? 'Only a fake token moved: credit nothing.'
                : 'Nothing of value moved: nothing to reconcile.',
        ],
      }
    },
  },
  TX_NOT_FINAL: {
    novice: (x) => {
      const { minutes } = tronNotFinalView(x)
      return {
        title: 'It is recorded, but very recent.',
        body: `TRON makes an entry permanent once ${x.solidifyBlocks} more blocks follow it, one every ${x.blockTimeSeconds} seconds: in about ${minutes} ${plural(minutes, 'minute')}. Until then it could, in rare cases, still be undone.`,
        actions: [`Nothing to do. If a large amount depends on it, check it again here in about ${minutes} ${plural(minutes, 'minute')}: once it is permanent, this note no longer appears.`],
      }
    },
    expert: (x, f) => {
      const { seconds } = tronNotFinalView(x)
      return {
        title: `Not yet solidified: block ${f.count(x.blockNumber)}`,
        body: `Included in block ${f.count(x.blockNumber)} at ${f.utc(x.minedAt)}; irreversible once ${x.solidifyBlocks} blocks confirm it (2/3 of the 27 super representatives), about ${x.solidifyBlocks} × ${x.blockTimeSeconds} s = ${seconds} s. A fork can still drop it until then.`,
        actions: ['Credit large amounts only once /walletsolidity/gettransactioninfobyid returns it.'],
      }
    },
  },
  TX_FAILED_OUT_OF_ENERGY: {
    novice: (x, f) => {
      const v = outOfEnergyView(x)
      const usdt = x.usdtTransfer
      return {
        title: `The transfer failed: it ran out of energy${v.burned ? `, and ${approx(v.burned, f)} was burned for it` : ''}.`,
        body:
          `This ${attemptNovice(v.attempt, f)} failed, and nothing was sent: it is all still in your account. ` +
          `On TRON a token transfer needs ${energyWord}; what the account does not have is paid by burning TRX.` +
          (v.burned ? ` ${approx(v.burned, f)} was burned this way before it stopped, and it is not given back.` : v.nothingTaken ? ' No TRX was taken for this failed attempt.' : '') +
          { 'fee-limit': ` It stopped because the most TRX the wallet allowed it to burn (its fee limit${x.feeLimit ? `, ${approx(x.feeLimit, f)}` : ''}) was too low for this transfer.`, 'no-trx': ' It stopped because the account had too little TRX and energy to pay for it.', unknown: " We could not tell whether the wallet's fee limit or the account's TRX ran short." }[v.cause] +
          (usdt ? ` A USDT transfer needs about ${need(usdt.toHolder, f)} to an address that already holds USDT, and about ${need(usdt.toNewHolder, f)} to one that never did.` : '') +
          (x.recipientHolds === undefined
            ? usdt ? ' We could not check whether the receiver already holds USDT, so plan for the higher cost.' : ''
            : x.recipientHolds ? ' This receiver already holds it.' : ' This receiver never held it, so the higher figure applies.') +
          (x.senderNow ? ` Your account now has ${approx(x.senderNow.balance, f)} and ${f.count(x.senderNow.energyAvailable)} energy.` : ''),
        actions: [
          v.plan
            ? retryNovice(v.plan, f)
            : 'Before trying again, add TRX to the account, or get energy by staking TRX or renting energy in your wallet.',
          ...(v.checkFeeLimit
            ? [
                v.plan
                  ? `If your wallet lets you set a fee limit, set it to ${f.native(v.plan.feeLimitRough)} or more (or use the wallet's automatic setting if it is at least that): the fee limit must cover the whole transfer, even when staked or rented energy pays for it.`
                  : "If your wallet lets you set a fee limit, raise it, or go back to the wallet's automatic setting.",
              ]
            : []),
          'Sending it again is safe: this transfer failed and nothing was sent, so you will not pay twice. But send it only once the account has enough TRX or energy, or it may fail again and burn TRX.',
          en.noRecoveryPhrase,
        ],
      }
    },
    expert: (x, f) => {
      const v = outOfEnergyView(x)
      const usdt = x.usdtTransfer
      const n = v.needed
      return {
        title: `OUT_OF_ENERGY${x.costs ? `: ${f.count(x.costs.energyUsed)} energy used${x.energyLimit === undefined ? '' : ` of ${f.count(x.energyLimit)} allowed`}, ${f.native(x.costs.energyBurned)} burned` : ''}`,
        body:
          `receipt.result OUT_OF_ENERGY in ${where(x, f)}. ${actionExpert(x, f)}. ${costsExpert(x, f)} ` +
          (x.energyLimit === undefined ? '' : `Energy limit of the call ${f.count(x.energyLimit)}. `) +
          (x.energyPrice === undefined ? '' : `Energy price ${f.count(x.energyPrice)} sun/energy. `) +
          { 'fee-limit': 'Cause: fee_limit capped the energy the call could buy.', 'no-trx': 'Cause: the sender had too little TRX and energy; fee_limit was not the constraint.', unknown: 'Cause: not determined (fee_limit or balance).' }[v.cause] +
          (usdt ? ` USDT transfer(): ${needExact(usdt.toHolder, f)} to a holder, ${needExact(usdt.toNewHolder, f)} to a first-time holder (new storage slot).` : '') +
          (x.recipientHolds === undefined ? (usdt ? ' Whether the recipient holds USDT was not read: the first-time-holder figure is used.' : '') : ` Recipient ${x.recipientHolds ? 'already holds' : 'has never held'} the token.`) +
          (x.senderNow ? ` Sender now: ${f.nativeExact(x.senderNow.balance)}, ${f.count(x.senderNow.energyAvailable)} energy available.` : ''),
        actions: [
          n && v.plan
            ? retryExpert(n.energy, v.plan, f)
            : `Fund the sender with TRX or stake/rent energy${v.cause === 'no-trx' ? '' : ', and raise fee_limit'}.`,
          'Re-estimate with /wallet/triggerconstantcontract (or /wallet/estimateenergy): budget energy_used (it includes energy_penalty) plus a margin; fee_limit ≥ that × getEnergyFee. Resending is safe: nothing moved, and a resend is a new transaction.',
        ],
      }
    },
  },
  TX_FAILED_REVERTED: {
    novice: (x, f) => {
      const v = tronRevertView(x)
      const stopped = wordFor(stoppedBecause, x.result) ?? ''
      return {
        title: `The transaction failed: nothing was sent${v.burned ? ', but TRX was burned for the fee' : ''}.`,
        body:
          `This ${attemptNovice(v.attempt, f)} failed. ` +
          (v.refused ? `The app's contract refused it.${x.reason ? ` The contract replied: ${f.quote(x.reason)}.` : ''}` : `The network stopped it before it finished${stopped}.`) +
          ` Your funds did not move; ${v.burned ? `only the fee of ${approx(v.burned, f)} was spent` : 'no TRX was spent on it'}.`,
        actions: [
          "Don't retry it unchanged: it would most likely fail again and burn another fee.",
          'Check in the app what you were trying to do and whether something has changed (for example a sale that has ended).',
          en.noRecoveryPhrase,
        ],
      }
    },
    expert: (x, f) => ({
      title: `Failed: ${nodeName(x.result, f)}${x.errorName && x.errorName !== 'Error' ? ` (${x.errorName})` : ''}`,
      body:
        `receipt.result ${nodeName(x.result, f)} in ${where(x, f)}. ${actionExpert(x, f)}.` +
        (x.reason ? ` Reason ${f.quote(x.reason)}.` : '') +
        (x.panicCode === undefined ? '' : ` Panic 0x${x.panicCode.toString(16)}: ${panicMeaning(x.panicCode, 'en')}.`) +
        (x.result === 'REVERT' && !x.reason && x.panicCode === undefined ? ' No revert reason returned.' : '') +
        ` ${costsExpert(x, f)}`,
      actions: ['Simulate the call with /wallet/triggerconstantcontract against current state (check result and energy_used) before resending.'],
    }),
  },
  TX_ADDRESS_POISONING: {
    novice: (x, f) => ({
      title: 'Warning: a fake transfer put a look-alike address in your history.',
      body:
        `Someone else made this transfer show up in the history of your account (${f.short(x.victim)}), as if you had sent ${f.token(x.amount, x.decimals, x.symbol)} to a look-alike address: ${x.lookalike}. ` +
        `You did not send it, and nothing left your wallet; it was sent by ${f.short(x.sentBy)}. ` +
        'The fake address is made to start and end like an address you have dealt with, hoping you will copy it from your history the next time you pay. ' +
        "We could not tell which address it imitates: TRON's public servers keep no history by account. " +
        (x.minedAt === undefined ? '' : `It was recorded on ${f.utc(x.minedAt)}.`) +
        (x.lures > 1 ? ` This one transaction carried ${f.count(x.lures)} such fake transfers: scammers plant them in many histories at once.` : ''),
      actions: [
        'Never copy an address from your transaction history: this fake one is there to be copied.',
        "When you pay, take the address from your wallet's address book (save the real one there) or ask the person again, and check every character of the TRON address, not only the start and the end.",
        "Don't send anything to the fake address. If you already did, the network cannot reverse it: tell your wallet's support, and ignore anyone who offers to get it back for a fee.",
      ],
    }),
    expert: (x, f) => ({
      title: 'Address poisoning (TRON): third-party 0-amount TRC-20 transfer from the victim to a lookalike',
      body:
        `Transfer of ${f.tokenExact(x.amount, x.decimals, x.symbol)} from victim ${x.victim} to lookalike ${x.lookalike}, logged by a transaction sent by ${x.sentBy}, not by the victim (a 0-amount transferFrom needs no allowance). ` +
        `Token contract ${x.token}. The imitated address is not known: a full node keeps no per-account history (compare with the victim's counterparties on Tronscan). ` +
        (x.minedAt === undefined ? '' : `Block time ${f.utc(x.minedAt)}. `) +
        `Lure transfers in this transaction: ${f.count(x.lures)}.`,
      actions: [
        `Label ${x.lookalike} as a scam address; take recipients from the address book, never from history, and verify all 34 characters.`,
        'Nothing to revoke: the lure needed no signature or approval from the victim.',
      ],
    }),
  },
  TX_SCAM_TOKEN: {
    novice: (x, f) => {
      const v = tronScamTokenView(x)
      return {
        title: 'Danger: a token in this transaction is a fake, worth nothing.',
        body:
          (v.posesAs
            ? `A token this transaction moved calls itself ${f.quote(v.posesAs)}, but it is another contract${v.real ? `, not the real ${v.real.symbol}` : ''}: a fake, and the amount it shows is worth nothing.` +
              (v.real ? ` The real ${v.real.symbol} on TRON is the token at ${v.real.address}; this one is at ${x.token}.` : '')
            : 'A token this transaction moved is a fake, and the amount it shows is worth nothing.') +
          (v.advertises === undefined ? '' : ` Its name advertises a website (${f.quote(v.advertises)}). Real tokens never do: such tokens are sent to lure people to sites that empty wallets.`) +
          (v.mixedScripts ? ` Its name${x.symbol ? ` (${f.quote(x.symbol)})` : ''} mixes letters from different alphabets to look like a real token.` : ''),
        actions: [
          "Don't send this token on, and don't approve, sell or swap it: apps and sites that offer to swap or “claim” it are traps that empty wallets.",
          "Don't visit any website its name or its sender points you to.",
          ...(v.real ? [`If it was meant as a payment to you, you have not been paid: real ${v.real.symbol} on TRON is only the token at ${v.real.address}. Check the token's address in your wallet before you hand over anything in return.`] : []),
          'You can simply ignore it, and hide it in your wallet if your wallet allows.',
          en.noRecoveryPhrase,
        ],
      }
    },
    expert: (x, f) => {
      const v = tronScamTokenView(x)
      return {
        title: `Fake TRC-20 token ${x.token}${v.posesAs && v.real ? `, posing as ${v.real.symbol}` : ''}`,
        body:
          `Token contract ${x.token}, symbol() ${x.symbol ? f.quote(x.symbol) : '(none)'} (untrusted). Signals: ${x.reasons.join(', ')}. Not in txdoctor's token list` +
          (v.real ? `; the listed ${v.real.symbol} is ${v.real.address}. ` : '. ') +
          `Its balances and Transfer logs are whatever its own code says: the amounts are worth nothing.`,
        actions: [
          'Do not approve, transfer or swap it; hide it in the wallet UI. Approvals requested by sites it points to are drainers.',
          ...(v.real ? [`Credit ${v.real.symbol} only from Transfer logs of ${v.real.address}.`] : []),
        ],
      }
    },
  },
  ADDRESS_ACTIVITY: {
    novice: (x, f) => {
      const tokens = heldList(x.holdings, f)
      const resources = x.energyAvailable !== undefined && x.bandwidthAvailable !== undefined
      return {
        title: `This TRON account holds ${approx(x.balance, f)}${tokens.length ? ` and ${f.list(tokens)}` : ''}.`,
        body:
          (x.createdAt === undefined ? '' : `It was created on ${day(x.createdAt, f)}. `) +
          (x.unreadTokens?.length ? `We could not read its balance of ${f.list(x.unreadTokens.map((t) => f.quote(t)))}: it may hold some. ` : '') +
          (resources
            ? `Today it can use ${f.count(x.energyAvailable!)} energy (which pays for token transfers) and ${f.count(x.bandwidthAvailable!)} bandwidth (which pays for a transaction's size) without burning TRX; both refill over a day. `
            : '') +
          "Permissions given to apps to spend its tokens (approvals) were not checked: TRON's public servers cannot list them.",
        actions: [
          "To see which apps may spend your tokens, open the approvals page of your wallet, or the approvals list of this account on Tronscan (tronscan.org), and remove any you don't recognise.",
          'If someone is paying you here, ask them to choose the TRON (TRC-20) network.',
        ],
      }
    },
    expert: (x, f) => ({
      title: `TRON account: ${f.native(x.balance)}${x.energyAvailable === undefined ? '' : `, ${f.count(x.energyAvailable)} energy`}${x.bandwidthAvailable === undefined ? '' : `, ${f.count(x.bandwidthAvailable)} bandwidth`}`,
      body:
        `Balance ${f.nativeExact(x.balance)}` +
        (x.createdAt === undefined ? '' : `; created ${f.utc(x.createdAt)}`) +
        `. ${resourcesExpert(x, f)} ` +
        `TRC-20: ${holdingsExpert(x, f)}. ` +
        'Allowances not read: full nodes have no index of Approval events by owner.',
      actions: ['Read allowances from an indexer (Tronscan approvals) or allowance(owner, spender) per known spender via /wallet/triggerconstantcontract; revoke with approve(spender, 0).'],
    }),
  },
  ADDRESS_NOT_ACTIVATED: {
    novice: (x, f) => {
      const tokens = heldList(x.holdings, f)
      return {
        title: 'This TRON address has not been activated yet.',
        body:
          'An account on TRON comes into being when it first receives TRX; until then, the network has nothing recorded for it' +
          (x.activationFee ? `. Whoever sends it TRX first pays about ${rough(x.activationFee, f)} more to create it.` : '.') +
          (tokens.length ? ` It already holds ${f.list(tokens)}, but it cannot send them until it has received some TRX to pay the fees.` : ''),
        actions: [
          'If you expected money to have arrived here, check with the sender that they used exactly this address, on the TRON network.',
          'To start using it, receive some TRX first (for example from an exchange, choosing TRON (TRC-20) as the network).',
          en.noRecoveryPhrase,
        ],
      }
    },
    expert: (x, f) => ({
      title: 'Account not activated: /wallet/getaccount returns {}',
      body:
        `No account record for ${x.address}. It is created by the first TRX (or TRC-10) transfer to it` +
        (x.activationFee ? `; the sender pays ${f.nativeExact(x.activationFee)} for the activation on top of bandwidth` : '') +
        '. ' +
        (x.holdings.length ? `TRC-20 balances live in the token contracts: ${tokensFirst(x.holdings).map((h) => `${f.tokenExact(h.amount, h.decimals, h.symbol)} at ${h.token}`).join('; ')}.` : 'No TRC-20 balance in the listed tokens.'),
      actions: ['Send TRX to it to activate it; check the address and network with the sender if funds were expected.'],
    }),
  },
  ADDRESS_NO_ENERGY: {
    novice: (x, f) => {
      const first = heldFirst(x.holdings)
      const holding = first ? roughHeld(first, f) : 'tokens'
      return {
        title: `You hold ${holding} but cannot send it: not enough TRX or energy.`,
        body:
          `On TRON, sending a token needs ${energyWord}; without energy, the network burns TRX instead. ` +
          `A USDT transfer needs about ${need(x.needs.toHolder, f)} to an address that already holds USDT, and about ${need(x.needs.toNewHolder, f)} to one that never did. ` +
          `You have ${approx(x.balance, f)} and ${f.count(x.energyAvailable)} energy.`,
        actions: [
          `Add about ${rough(x.shortfall, f)} to this account (more if the receiver never held USDT: about ${rough(x.needs.toNewHolder.trx, f)} in all), for example from an exchange choosing TRON (TRC-20) as the network; or stake TRX or rent energy in your wallet.`,
          'Then send your tokens as usual.',
        ],
      }
    },
    expert: (x, f) => ({
      title: `Energy ${f.count(x.energyAvailable)} < ${f.count(x.needs.toHolder.energy)} for a USDT transfer; balance ${f.native(x.balance)}`,
      body:
        `Balance ${f.nativeExact(x.balance)}; energy available ${f.count(x.energyAvailable)}; bandwidth available ${f.count(x.bandwidthAvailable)} bytes. Energy price ${f.count(x.energyPrice)} sun/energy. ` +
        `USDT transfer(): ${needExact(x.needs.toHolder, f)} to a holder, ${needExact(x.needs.toNewHolder, f)} to a first-time holder. ` +
        `Shortfall for a transfer to a holder with no energy: ${f.nativeExact(x.shortfall)}. ` +
        `Holds: ${tokensFirst(x.holdings).map((h) => `${f.tokenExact(h.amount, h.decimals, h.symbol)} at ${h.token}`).join('; ') || '(none read)'}.`,
      actions: [`Fund ≥ ${f.nativeExact(x.shortfall)} (≥ ${f.native(x.needs.toNewHolder.trx)} in all for a first-time holder), or stake (FreezeBalanceV2, ENERGY) or rent ≥ ${f.count(x.needs.toHolder.energy)} energy; keep fee_limit above the burn.`],
    }),
  },
  ADDRESS_PERMISSION_OTHER_KEYS: {
    novice: (x, f) => {
      const v = permissionView(x)
      const keys = f.list(x.otherKeys.map((k) => f.short(k)))
      // Several keys that must sign together are still one hand: say so, or it reads as if each alone could.
      const who = x.otherKeys.length === 1 ? `Another key (${keys})` : v.together ? `Other keys (${keys}), used together,` : `Other keys (${keys})`
      const sweep = 'move everything to a new wallet that has its own new recovery phrase (never just another account under this wallet’s phrase).'
      const order = 'Move USDT and other tokens first (they need TRX for the fee), then the TRX. TRX you add for fees may be taken at once.'
      const onPurpose = 'Only if you set up this sharing yourself, on purpose, are the other keys yours: check that you recognise every one of them.'
      if (v.hijacked)
        return {
          title: 'Danger: someone else has taken control of this account.',
          body:
            `${who} ${x.othersAlone ? `can now move what is in this account${x.othersChangeKeys ? ', and change who controls it' : ''}` : 'can now change who controls this account, and so take what is in it at any time'}` +
            `${v.ownAlone ? '' : v.ownMoves ? ', though your own key can still move funds too, for now' : ', and your own key can no longer do so alone'}. ` +
            "This almost always means the recovery phrase or private key leaked, and a thief changed the account's permissions so they control it. " +
            (v.ownAlone
              ? "Your key still controls this account's settings, but if your recovery phrase leaked the thief has that key too, so changing settings back will not protect you. Move everything to a new wallet."
              : 'No one can undo this: not your wallet, not TRON, not us.'),
          // A multi-signature wallet set up on purpose keeps the owner key: where it does, that is the first question.
          actions: v.ownAlone
            ? [`Unless you set up this sharing yourself, on purpose, and recognise every one of these keys: right now, ${sweep}`, order, 'Never use this account or its recovery phrase again.', recoveryScam(v.ownChanges), en.noRecoveryPhrase]
            : v.ownMoves
              ? [`Right now, ${sweep.replace('move everything', 'move everything you still can')}`, order, 'Never use this account or its recovery phrase again.', recoveryScam(v.ownChanges), en.noRecoveryPhrase, onPurpose]
              : ["Don't send anything more to this account: the other keys can take it.", 'Never use this account or its recovery phrase again.', recoveryScam(v.ownChanges), en.noRecoveryPhrase, onPurpose],
        }
      return {
        title: 'Warning: other keys share control of this account.',
        body:
          `Its permissions list other keys (${keys}) besides its own. They cannot move funds or change its settings without your key${v.ownMoves ? '' : ', and neither can your key alone: it needs the others to agree'}. ` +
          'That is how a shared (multi-signature) wallet is set up on purpose. If you did not set it up, the recovery phrase or private key may have leaked and someone changed the account.',
        actions: [
          "If you set up this shared wallet on purpose, the other keys are yours or your co-owners': all is as intended.",
          v.ownMoves
            ? `If you did not: right now, ${sweep}`
            : `If you did not: don't send anything more to this account${v.ownChanges ? '' : '; no one can undo the change'}.`,
          recoveryScam(v.ownChanges),
          en.noRecoveryPhrase,
        ],
      }
    },
    expert: (x, f) => {
      const v = permissionView(x)
      const owner = v.permissions.find((p) => p.kind === 'owner')
      return {
        title: v.hijacked
          ? `Permissions hijacked: other keys ${[x.othersAlone && 'can move funds', x.othersChangeKeys && 'can rewrite the permissions'].filter(Boolean).join(' and ')} without the account’s own key`
          : 'Multi-signature: other keys in the owner/active permissions',
        body:
          `Account ${x.address}. ` +
          v.permissions.map((p) => `${p.kind} ${f.quote(p.name)}, threshold ${p.threshold}: ${p.keys.map((k) => `${k.address} (weight ${k.weight}${k.own ? ', own key' : ''})`).join(', ')}; ${operations(p)}`).join('. ') +
          `. Other keys meet a threshold that moves funds: ${x.othersAlone ? 'yes' : 'no'}; one that changes permissions: ${x.othersChangeKeys ? 'yes' : 'no'}. Own key meets the owner threshold: ${x.ownAlone ? 'yes' : 'no'}.`,
        actions: [
          controlExpert(v, owner, f),
          v.ownMoves
            ? 'Sweep now, to an account from a new seed, signed with the own key: TRC-20 balances first (each transfer burns TRX for energy), then TRX. The other keys can move funds at the same time.'
            : 'The own key cannot move funds alone: nothing it signs will.',
          'Tell the user that "unlock" or "recovery" offers are a follow-up scam.',
        ],
      }
    },
  },
}

/** What signing with a permission can do: the owner everything; an active one what its operations bits allow. */
function operations(p: PermissionLine): string {
  if (p.kind === 'owner') return 'every contract type (owner)'
  const allowed = [p.can.transfer && 'TransferContract (1)', p.can.callContracts && 'TriggerSmartContract (31)', p.can.changePermissions && 'AccountPermissionUpdateContract (46)'].filter(Boolean)
  return allowed.length ? `operations include ${allowed.join(', ')}` : 'operations include none of TransferContract (1), TriggerSmartContract (31), AccountPermissionUpdateContract (46)'
}

/** Who can change the permissions (java-tron checks an active permission only against its operations bits). */
function controlExpert(v: PermissionView, owner: PermissionLine | undefined, f: Formatter): string {
  const weights = (p: PermissionLine) => `${p.otherWeights.join('+')} ≥ ${p.threshold}`
  const others = v.rewriters.map((p) =>
    p.kind === 'owner'
      ? `The other keys meet the owner threshold (${weights(p)}): they can rewrite every permission.`
      : `Permission ${f.quote(p.name)}'s operations include AccountPermissionUpdateContract (46): the other keys (${weights(p)}) can also rewrite owner.`,
  )
  const dropped = v.droppable.map((p) => `permission ${f.quote(p.name)}`)
  const own = v.ownAlone && owner
    ? `Owner = own key (threshold ${owner.threshold}), so AccountPermissionUpdate signed by it can drop ${dropped.length ? f.list(dropped) : 'the other keys'} — pointless if the key leaked.`
    : v.ownChanges
      ? 'The own key meets an active permission whose operations include AccountPermissionUpdateContract (46): it can drop the other keys — pointless if the key leaked.'
      : `Irreversible without the other keys: no permission the own key meets alone allows AccountPermissionUpdateContract (46)${owner ? ` (owner threshold ${owner.threshold})` : ''}.`
  return [own, ...others].join(' ')
}

/** Energy and bandwidth left today, or that they were not read. */
function resourcesExpert(x: TronFacts['ADDRESS_ACTIVITY'], f: Formatter): string {
  const [energy, bandwidth] = [x.energyAvailable, x.bandwidthAvailable]
  if (energy === undefined && bandwidth === undefined) return 'Energy and bandwidth: not read.'
  return `Available now: energy ${energy === undefined ? 'not read' : f.count(energy)}, bandwidth ${bandwidth === undefined ? 'not read' : `${f.count(bandwidth)} bytes`} (free + staked; both regenerate over 24 h).`
}

/** The listed tokens held, and those whose balance failed: "not read" is never "holds none". */
function holdingsExpert(x: TronFacts['ADDRESS_ACTIVITY'], f: Formatter): string {
  const held = tokensFirst(x.holdings).map((h) => `${f.tokenExact(h.amount, h.decimals, h.symbol)} at ${h.token}`).join('; ')
  const unread = x.unreadTokens?.length ? `${x.unreadTokens.join(', ')} not read (balanceOf failed)` : ''
  return [held, unread].filter(Boolean).join('; ') || 'none of the listed tokens'
}
