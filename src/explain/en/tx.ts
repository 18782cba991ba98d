import type { CatalogPart, EvmFacts, TxCode } from '../catalog-types.js'
import type { Formatter } from '../format.js'
import type { FindingFacts, Replacement, TokenTransfer } from '../../core/facts.js'
import { sourceCaveat as caveatOfSource, sourceNote as noteOfSource, type SourceWords } from '../failure-source.js'
import { failureAmount, tokenNamed } from '../failure-amounts.js'
import { allowanceView, balanceView, deadlineView, delegationView, outOfGasEvidence, poisoningView, reasonHeadOf, revertedView, scamTokenView, type AllowanceArg, type BalanceArg } from '../views/tx-risk.js'

type SourceFacts = EvmFacts<'TX_FAILED_REVERTED'>
import { panicMeaning } from '../panic.js'
import { en } from './common.js'
import { chainTypeEn } from './chain-types.js'
import { txApprovalEn } from './approvals.js'
import { bridgeDepositView, feeTooLowView, nonceGapView, notFinalView, successView } from '../views/tx-status.js'
import { notFoundChains } from '../views/tron.js'

const replacementLine = (r: Replacement, f: Formatter) =>
  `Replace with nonce ${r.nonce}, maxFeePerGas ≥ ${f.gwei(r.maxFeePerGas)} and maxPriorityFeePerGas ≥ ${f.gwei(r.maxPriorityFeePerGas)} ` +
  '(geth-based nodes accept a replacement only when both rise by ≥ 10 %; the fee cap also leaves room for base-fee growth).'

const cancelLine = (r: Replacement, f: Formatter) =>
  `Cancel instead: send 0 to your own address with nonce ${r.nonce} and the same two fees (${f.gwei(r.maxFeePerGas)} / ${f.gwei(r.maxPriorityFeePerGas)}).`

const transferLine = (t: TokenTransfer, f: Formatter) =>
  t.standard === 'erc20'
    ? `${f.token(t.amount, t.decimals, t.symbol)} from ${f.short(t.from)} to ${f.short(t.to)}`
    : `${t.standard === 'erc721' ? 'NFT' : `${f.count(t.amount)} ×`} ${t.symbol ? f.quote(t.symbol) : f.short(t.token)} #${t.tokenId ?? '?'} from ${f.short(t.from)} to ${f.short(t.to)}`

const standardName: Record<TokenTransfer['standard'], string> = { erc20: 'ERC-20', erc721: 'ERC-721', erc1155: 'ERC-1155' }

const reasonPart = (reason: string | undefined, f: Formatter) => (reason ? ` The contract replied: ${f.quote(reason)}.` : '')
const sourceWords: SourceWords = {
  names: { trace: 'trace', 'replay-parent': 'state at the block before', 'replay-block': 'state at its block', 'replay-latest': "today's state" },
  how: {
    'replay-parent': ' Reason from re-running the call with eth_call at the block before (no trace available): it may differ from the original execution.',
    'replay-block': ' Reason from re-running the call with eth_call at its own block (no trace available): approximate.',
    none: ' The reason could not be recovered from the nodes asked.',
    calldata: (minedAt, deadline, late) => ` From the input alone: block.timestamp ${minedAt} > deadline ${deadline}, ${late} late.`,
    calldataAlone: ' From the input alone.',
    latest: (block) => ` No node asked could re-run it at its block, so this is from re-running it against today's state (block ${block}): it may differ from what happened then.`,
  },
  unavailable: (items) => ` Unavailable: ${items.join('; ')}.`,
  item: (name, said) => `${name} (${said})`,
  caveat: ' We found this by checking the transaction again today; things may have been different when it was sent.',
}
const sourceNote = (x: SourceFacts, f: Formatter) => noteOfSource(x, f, sourceWords)
/** A failure's reason as decoded: a custom error's name, else the contract's quoted string. */
const reasonHead = (x: SourceFacts, f: Formatter) => {
  const head = reasonHeadOf(x)
  return head.kind === 'error' ? head.name : head.kind === 'reason' ? `Reason ${f.quote(head.reason)}` : 'Reason (none)'
}
/** An allowance error's numbers, as an expert reads them. */
const allowanceArg = (a: AllowanceArg, f: Formatter) =>
  a.kind === 'spender' ? `spender ${a.address}` : a.kind === 'allowance' ? `allowance ${a.amount}` : a.kind === 'needed' ? `needed ${a.amount}` : `expired ${a.at} (${f.utc(a.at)})`
/** A balance error's numbers, as an expert reads them. */
const balanceArg = (a: BalanceArg) => (a.kind === 'holder' ? `sender ${a.address}` : a.kind === 'held' ? `balance ${a.amount}` : `needed ${a.amount}`)
const sourceCaveat = (x: SourceFacts) => caveatOfSource(x, sourceWords)

export const txEn: CatalogPart<TxCode> = {
  TX_NOT_FOUND: {
    novice: (x, f) => ({
      title: 'We could not find this transfer on any network we checked.',
      body:
        `We looked on ${f.chains(x.checkedChains)}. Usually this means one of four things: it was never sent from the wallet, ` +
        'it was sent but dropped before going through, the code was copied with a mistake, or it happened on a network we do not check.' +
        (x.maybeNonEvm
          ? x.tronChecked
            ? ' It may also be a Bitcoin transfer: its codes look the same, and we do not check Bitcoin.'
            : ' It may also be a Bitcoin or TRON transfer: their codes look the same, and we only check Ethereum-style networks.'
          : '') +
        (x.tronChecked
          ? `${notFoundChains(x).evm.length ? ' We checked TRON too: on TRON,' : ' On TRON,'} a transfer that is not recorded before it expires (usually one minute after it was signed, never more than 24 hours) can never go through later.`
          : ''),
      actions: [
        "Copy the transaction code again straight from your wallet's activity list and paste it here.",
        'If your wallet shows the transfer, open it there: it shows which network it used.',
        "Before sending it again, check your wallet's activity: if the transfer is listed there as waiting, don't send it again — it can still go through, and you would pay twice.",
        ...(x.tronChecked ? ["On TRON, once a day has passed since you signed it, this one can no longer go through: before sending it again, make sure the receiver did not get it."] : []),
        en.noRecoveryPhrase,
      ],
    }),
    expert: (x, f) => {
      // TRON is asked its own way: eth_getTransactionByHash names only the EVM chains.
      const { evm, tron } = notFoundChains(x)
      const expiry = 'TRON transaction not included before raw_data.expiration (usually signing time + 60 s, at most 24 h) is invalid for good.'
      return {
        title: evm.length ? `Hash not found on ${x.checkedChains.length} chain(s)` : `Transaction id not found on ${f.chains(x.checkedChains)}`,
        body:
          (evm.length
            ? `eth_getTransactionByHash returned null on ${f.chains(evm)}. Causes: never broadcast, evicted from the pool and never mined (dropped), a typo, or a chain that is not enabled.`
            : `/wallet/gettransactionbyid returned {} on ${f.chains(x.checkedChains)}. Causes: never broadcast, expired before inclusion, a typo, or another network.`) +
          (x.maybeNonEvm ? (x.tronChecked ? ' The input had no 0x prefix: 64-hex ids are also Bitcoin transaction ids (not checked).' : ' The input had no 0x prefix: 64-hex ids are also Bitcoin and TRON transaction ids.') : '') +
          (tron ? (evm.length ? ` TRON was searched too (/wallet/gettransactionbyid returned {}): a ${expiry}` : ` A ${expiry}`) : ''),
        actions: [
          'Compare the hash with the wallet history.',
          'Enable more chains with --chains / TXDOCTOR_CHAINS, or add a node with --rpc ID=URL / TXDOCTOR_RPC_<id>.',
        ],
      }
    },
  },
  TX_ON_OTHER_CHAIN: {
    novice: (x) => ({
      title: `This transfer is on ${x.foundChain.name}, not on ${x.askedChain.name}.`,
      body:
        `You asked about ${x.askedChain.name}, but this transfer happened on ${x.foundChain.name}. This is common when a wallet is ` +
        'connected to a different network than you thought. The details below are for the network where it really happened.',
      actions: [
        `Switch your wallet to ${x.foundChain.name} to see the transfer and the funds.`,
        `If someone is waiting for the money, tell them it was sent on ${x.foundChain.name}: that is where they need to look.`,
      ],
    }),
    expert: (x) => ({
      title: `Not on chain ${x.askedChain.id}; found on chain ${x.foundChain.id} (${x.foundChain.name})`,
      body: `eth_getTransactionByHash is null on ${x.askedChain.name} (${x.askedChain.id}) and returns the transaction on ${x.foundChain.name} (${x.foundChain.id}). The diagnosis below is for chain ${x.foundChain.id}.`,
      actions: [`Query with --chain ${x.foundChain.id}, or switch the wallet to chain ${x.foundChain.id}.`],
    }),
  },
  TX_SUCCESS: {
    novice: (x, f) => {
      const { moved, logged, coinsSent, tokenToAdd, otherPayer } = successView(x)
      const fee = x.fee ? f.native(x.fee) : undefined
      return {
        title: moved ? 'The transfer went through.' : logged ? 'The transaction is recorded, but the transfer it shows moved nothing.' : 'The transaction went through.',
        body:
          `It ${moved || !logged ? 'was completed' : 'is recorded'} on ${x.chain.name}` +
          (coinsSent ? ` and sent ${f.native(x.value)}` : '') +
          (logged ? `. ${moved ? 'What moved' : 'It shows'}: ${f.list(x.transfers.map((t) => transferLine(t, f)))}` : moved ? '' : '; it sent no coins and recorded no token transfer') +
          (otherPayer && fee
            ? `. Its network fee (${fee}) was paid by the one who sent it, ${f.short(otherPayer.sender)}, not by ${f.list(otherPayer.shownFrom.map((a) => f.short(a)))}.`
            : fee
              ? `. The network fee was ${fee}.`
              : `. The network fee was paid in a token instead of ${x.value.symbol}.`) +
          (x.txType ? ` ${chainTypeEn(x.txType, x.chain.name, 'novice')}` : '') +
          (moved ? ' A completed transfer cannot be undone by the network.' : ''),
        actions: moved
          ? [
              `If the receiver doesn't see it, ask them to look at ${x.chain.name} in their wallet (not another network)${tokenToAdd ? ', and to add the token to their wallet if it does not show' : ''}.`,
              'If it went to the wrong address, only the owner of that address can send it back.',
            ]
          : [en.nothingToDo],
      }
    },
    expert: (x, f) => {
      const { record, otherPayer } = successView(x)
      return {
        title: `Success: block ${f.count(x.blockNumber)}, ${f.count(x.confirmations)} confirmation(s)`,
        body:
          `status 1 on ${x.chain.name}. Value ${f.native(x.value)}; ` +
          (x.fee
            ? `fee ${f.native(x.fee)}${otherPayer ? `, paid by the sender ${otherPayer.sender}, a party to none of the transfers below` : ''}.`
            : `fee paid in fee currency ${x.feeCurrency?.token}: gasUsed × effectiveGasPrice = ${f.count(x.feeCurrency?.amount ?? 0n)} of its units (Celo quotes a fee-currency transaction's gas price in that currency).`) +
          (x.transfers.length ? ` Transfers: ${x.transfers.map((t) => `${standardName[t.standard]} ${transferLine(t, f)} (token ${t.token})`).join('; ')}.` : ' No token transfers logged.') +
          (x.txType ? ` ${chainTypeEn(x.txType, x.chain.name, 'expert')}` : ''),
        actions: [
          record === 'none'
            ? 'No coins sent and no token amount logged as transferred: nothing to reconcile.'
            : record === 'logs'
              ? `If the recipient disputes receipt, give them the transaction hash and block ${f.count(x.blockNumber)}: the Transfer log${x.transfers.length === 1 ? '' : 's'} listed above (token, from, to, amount) ${x.transfers.length === 1 ? 'is' : 'are'} the record.`
              : `If the recipient disputes receipt, give them the transaction hash and block ${f.count(x.blockNumber)}: its value, ${f.native(x.value)}, credited the recipient when the block was mined.`,
        ],
      }
    },
  },
  TX_BRIDGE_DEPOSIT: {
    novice: (x, f) => {
      const { outcome, coins, broughtOver, notPassedOn } = bridgeDepositView(x)
      if (outcome === 'system')
        return {
          title: `This is ${x.chain.name}'s own automatic update about Ethereum, not a transfer.`,
          body: `${x.chain.name} adds one of these at the start of every block to keep up with Ethereum. Nobody sent money with it, and nobody paid a fee for it.`,
          actions: ['If you are looking for your own deposit or transfer, check that you copied the right transaction code: this is not it.'],
        }
      const arrived = broughtOver.map((a) => ('coins' in a ? f.native(a.coins) : transferLine(a.token, f)))
      if (outcome === 'undelivered')
        return {
          title: `This deposit from Ethereum reached ${x.chain.name}, but the bridge could not deliver it yet.`,
          body: `It was sent on Ethereum and reached ${x.chain.name}, but the last step, handing it over, failed. It is not lost: the bridge on ${x.chain.name} keeps it, and the delivery can be tried again. No fee was charged on ${x.chain.name}.`,
          actions: [
            `Open the bridge app or website you used and look for a way to finish or retry the deposit on ${x.chain.name}; if there is none, contact its support and show them this page.`,
            "Don't make the deposit again: this one can still be completed, and a second one would move the money a second time.",
            en.noRecoveryPhrase,
          ],
        }
      if (outcome === 'arrived')
        return {
          title: arrived.length ? `This deposit from Ethereum has arrived on ${x.chain.name}.` : `This message from Ethereum has arrived on ${x.chain.name}.`,
          body:
            `It was sent on Ethereum, and ${x.chain.name}'s bridge brought it over` +
            (arrived.length ? `: ${f.list(arrived)}` : '') +
            `. Nobody paid a fee for it on ${x.chain.name}: the fee was paid on Ethereum when it was sent. If you were waiting for this deposit, it is done.`,
          actions: [
            `Open your wallet on ${x.chain.name} (not on Ethereum) to see it; a wallet can take a moment to show it.`,
            ...(x.transfers.length ? ['If a token does not show, add that token to your wallet on this network.'] : []),
            "Don't make the deposit again: a second one would move the money a second time.",
          ],
        }
      return {
        title: `This deposit from Ethereum reached ${x.chain.name}, but what it was meant to do there failed.`,
        body:
          (coins ? `The ${f.native(coins)} it brought over still arrived: it was added to the address that sent the deposit (${f.short(x.from)}) on ${x.chain.name}. ` : '') +
          'The step after that did not happen' +
          (notPassedOn ? `, so ${f.native(notPassedOn.value)} did not go on to ${f.short(notPassedOn.to)}` : '') +
          `. No fee was charged on ${x.chain.name}.`,
        actions: [
          ...(coins ? [`Switch your wallet to ${x.chain.name} and look at ${f.short(x.from)}: for a deposit made straight from a wallet, that is your own address, and the coins are there.`] : []),
          'If you used an app or a bridge website, contact its support and show them this page: they can tell what the failed step was meant to do.',
          `Don't make the deposit again before you have checked: this one's coins are already on ${x.chain.name}.`,
          en.noRecoveryPhrase,
        ],
      }
    },
    expert: (x, f) => {
      const { outcome } = bridgeDepositView(x)
      return {
        title: outcome === 'system'
          ? `System deposit (type 0x7e), block ${f.count(x.blockNumber)}: not user-initiated`
          : outcome === 'undelivered'
            ? `Deposit from L1 (type 0x7e) executed, message not delivered: FailedRelayedMessage ${x.relayFailed!.msgHash}`
            : outcome === 'arrived'
            ? `Deposit from L1 (type 0x7e), status 1: mint ${f.native(x.mint)}, block ${f.count(x.blockNumber)}`
            : `Deposit from L1 failed on L2 (status 0): mint ${f.native(x.mint)} kept by ${x.from}`,
        body:
          `OP-stack deposit on ${x.chain.name}, block ${f.count(x.blockNumber)} (${f.count(x.confirmations)} confirmation(s)), status ${x.succeeded ? 1 : 0}: ` +
          `from ${x.from} to ${x.to ?? '(contract creation)'}; mint ${f.native(x.mint)} credited to ${x.from}; value ${f.native(x.value)}. ` +
          `sourceHash ${x.sourceHash ?? '(not reported by the node)'}. ` +
          (x.system
            ? 'System deposit (from the L1 attributes depositor, or isSystemTx): the sequencer adds it to keep L1 data on L2. '
            : `No L2 fee: deposits carry no gas price; their gas (${f.count(x.gasUsed)} used of ${f.count(x.gasLimit)}) was paid for on L1 in OptimismPortal.depositTransaction. `) +
          (x.succeeded
            ? ''
            : `Deposit rules: the mint is credited before execution and kept when execution fails; the value transfer and the call to ${x.to ?? 'the new contract'} are reverted; the sender's nonce still increments. `) +
          (x.relayFailed
            ? `L2CrossDomainMessenger ${x.relayFailed.messenger} emitted FailedRelayedMessage(${x.relayFailed.msgHash}): the message is recorded in failedMessages, and the ETH it carried stays in the messenger until it is replayed. `
            : '') +
          (x.transfers.length ? `Transfers: ${x.transfers.map((t) => `${t.standard.toUpperCase()} ${transferLine(t, f)} (token ${t.token})`).join('; ')}.` : 'No token transfers logged.'),
        actions: outcome === 'system'
          ? ["Nothing to do: diagnose the user's own transaction instead."]
          : [
              ...(x.relayFailed
                ? [
                    `Replay it: call relayMessage(nonce, sender, target, value, minGasLimit, message) on ${x.relayFailed.messenger} with the original message (from the L1 SentMessage and SentMessageExtension1 events) and more gas; anyone may replay a failed message, with msg.value 0.`,
                  ]
                : []),
              'L1 side: a user deposit’s sourceHash = keccak256(bytes32(0) ‖ keccak256(L1 block hash ‖ bytes32(L1 log index))) of the TransactionDeposited log emitted by the chain’s OptimismPortal; explorers link it as the L1 transaction.',
              ...(x.succeeded
                ? []
                : [
                    `The ${f.native(x.mint)} is at ${x.from} on ${x.chain.name}: redo the intended call from that account on L2. If ${x.from} is an aliased L1 contract (L1 address + 0x1111000000000000000000000000000000001111), only that L1 contract can act for it, by sending a new deposit.`,
                  ]),
            ],
      }
    },
  },
  TX_NOT_FINAL: {
    novice: (x) => {
      const { minutes } = notFinalView(x)
      return {
        title: 'It is recorded, but very recent.',
        body:
          'In rare cases a network can still reshuffle its very latest entries. ' +
          (minutes === undefined ? 'It becomes permanent as the network keeps adding new entries after it.' : `In about ${minutes} minute${minutes === 1 ? '' : 's'} it will be permanent.`),
        actions: [
          `If a large amount depends on it, check it again here ${minutes === undefined ? 'later' : `in about ${minutes} minute${minutes === 1 ? '' : 's'}`}: once it is permanent, this note no longer appears.`,
        ],
      }
    },
    expert: (x, f) => ({
      title: `Not final: block ${f.count(x.blockNumber)} > finalized ${f.count(x.finalizedBlock)}`,
      body: `${f.count(x.confirmations)} confirmation(s); the finalized head is ${f.count(x.finalizedBlock)}, ${f.count(notFinalView(x).blocksAhead)} block(s) behind it${x.secondsToFinal === undefined ? '' : ` (~${f.count(x.secondsToFinal)} s at this chain's block time)`}. A reorg can still drop or reorder it.`,
      actions: ['Wait for the finalized tag to pass the block before crediting large amounts.'],
    }),
  },
  TX_PENDING: {
    novice: () => ({
      title: 'Your transfer is waiting to be processed, and nothing looks wrong.',
      body: `The fee offered is enough for current network prices and it is next in line from your wallet. Transfers like this usually go through within minutes. ${en.moneyStillHere}`,
      actions: ['Wait a few more minutes, then check again.', en.dontResend, en.noRecoveryPhrase],
    }),
    expert: (x, f) => ({
      title: `Pending, healthy: nonce ${x.nonce} is next`,
      body: `maxFeePerGas ${f.gwei(x.maxFeePerGas)} ≥ next base fee ${f.gwei(x.nextBaseFeePerGas)}; maxPriorityFeePerGas ${f.gwei(x.maxPriorityFeePerGas)} is competitive. Expect inclusion within a few blocks.`,
      actions: ['No action needed; re-check after a few blocks.'],
    }),
  },
  TX_PENDING_FEE_TOO_LOW: {
    novice: (x) => {
      const { times } = feeTooLowView(x)
      return {
        title: 'Your transfer is stuck because the fee it offers is too low right now.',
        body:
          `The highest fee it offers is below the network's current price${times ? ` (the price is now about ${times} times what it offers)` : ''}, so the network will not process it unless that price falls to what it offers, and nobody can say when that will be. ${en.moneyStillHere}`,
        actions: [
          'Open the transfer in your wallet, press “Speed up”, and on that screen choose the highest (fastest) fee: a small raise would leave it stuck.',
          'Or press “Cancel” if you no longer want to send it, and choose the highest (fastest) fee there too: a cancel with a small raise stays stuck as well. Cancelling also costs a fee.',
          en.dontResend,
          en.noRecoveryPhrase,
        ],
      }
    },
    expert: (x, f) => ({
      title: `Underpriced: maxFeePerGas ${f.gwei(x.maxFeePerGas)} < next base fee ${f.gwei(x.nextBaseFeePerGas)}`,
      body: 'It cannot be included while the base fee exceeds its fee cap. It waits in the pool until the base fee drops, or until a node evicts it.',
      actions: [replacementLine(x.replacement, f), cancelLine(x.replacement, f)],
    }),
  },
  TX_PENDING_TIP_TOO_LOW: {
    novice: () => ({
      title: 'Your transfer is slow because the tip it offers is low.',
      body: `Its fee covers the network's base price, but the extra tip that gets transfers picked first is lower than what others are paying, so theirs go first. It may still go through, but it could take a long time. ${en.moneyStillHere}`,
      actions: ['Press “Speed up” on the transfer in your wallet.', en.dontResend],
    }),
    expert: (x, f) => ({
      title: `Low tip: ${f.gwei(x.maxPriorityFeePerGas)} vs ${f.gwei(x.typicalPriorityFeePerGas)} typical`,
      body: `maxPriorityFeePerGas ${f.gwei(x.maxPriorityFeePerGas)} is well below the median priority fee of recent blocks (${f.gwei(x.typicalPriorityFeePerGas)}, from eth_feeHistory). Block builders fill blocks with better-paying transactions first.`,
      actions: [replacementLine(x.replacement, f), cancelLine(x.replacement, f)],
    }),
  },
  TX_PENDING_NONCE_GAP: {
    novice: (x) => {
      const { missing: n, size, atMost } = nonceGapView(x)
      const upTo = atMost ? 'up to ' : ''
      const one = size === 'one'
      return {
        title: one ? 'Your transfer is waiting for an earlier one that has not arrived.' : `Your transfer is waiting for ${upTo}${n} earlier transfers that have not arrived.`,
        body:
          `Transfers from one wallet go through strictly in order. ${one ? 'One earlier transfer' : `${atMost ? 'Up to ' : ''}${n} earlier transfers`} from this wallet ${one ? 'has' : 'have'} not reached the network, so this one waits. ` +
          `It is not lost: as soon as the missing ${one ? 'one is' : 'ones are'} sent, it goes through on its own. ${en.moneyStillHere}`,
        actions: [
          one
            ? 'In your wallet, look for the earlier transfer that is still waiting and press “Speed up” on it; once it goes through, this one follows. If your wallet shows none, ask its support.'
            : `In your wallet, look for the ${upTo}${n} earlier transfers that are still waiting and press “Speed up” on each; once ${size === 'two' ? 'both go' : 'all of them go'} through, this one follows. If your wallet shows none, ask its support.`,
          "Don't send this transfer again: it is still waiting and will go through later, so you would pay twice.",
          "If you no longer want it to go through, ask your wallet's support how to cancel it before you send anything else from this wallet.",
          en.noRecoveryPhrase,
        ],
      }
    },
    expert: (x, f) => {
      const missing = x.missingNonces.join(', ')
      const fill = x.fill
        ? `, each with maxFeePerGas ≥ ${f.gwei(x.fill.maxFeePerGas)} and maxPriorityFeePerGas ≥ ${f.gwei(x.fill.maxPriorityFeePerGas)}${x.nextBaseFeePerGas === undefined ? '' : ` (next base fee ${f.gwei(x.nextBaseFeePerGas)})`}`
        : ', each with a maxFeePerGas above the next base fee'
      const stop = x.replacement
        ? `maxFeePerGas ≥ ${f.gwei(x.replacement.maxFeePerGas)} and maxPriorityFeePerGas ≥ ${f.gwei(x.replacement.maxPriorityFeePerGas)} (both ≥ 1.1 × this one's, the cap above the next base fee)`
        : "fees both ≥ 1.1 × this one's"
      return {
        title: `Nonce gap: nonce ${x.nonce}, account's next nonce is ${x.nextNonce}`,
        body: `Missing nonce(s): ${f.list(x.missingNonces.map(String))}${x.poolUnknown ? ' (this node does not list its pool: some of them may have been sent and be waiting there)' : ''}. The transaction sits in the queued (not pending) pool until those are mined.`,
        actions: [
          ...(x.poolUnknown ? [`First check the wallet for transfers already waiting at nonce(s) ${missing}: sending at those nonces would replace them.`] : []),
          `To let it through: send nonce(s) ${missing} (0-value self-sends will do)${fill}; it is mined right after.`,
          `To stop it instead: first, while the gap is still open, replace nonce ${x.nonce} with a 0-value self-send with ${stop}; once a node has accepted that, fill nonce(s) ${missing}. Filling the gap first lets this one be mined at once. A new transfer at nonce ${x.nextNonce} does not replace it: it fills the gap, and this one is mined too.`,
        ],
      }
    },
  },
  TX_PENDING_QUEUED_BEHIND: {
    novice: () => ({
      title: 'Your transfer is waiting behind an earlier one that is itself still waiting.',
      body: `Transfers from one wallet go through strictly in order. An earlier one has not gone through yet, so this one waits for it. ${en.moneyStillHere}`,
      actions: [
        'In your wallet, find the oldest waiting transfer and press “Speed up” (or “Cancel”) on it.',
        'Once it goes through, this one will follow on its own.',
        en.dontResend,
      ],
    }),
    expert: (x, f) => ({
      title: `Blocked by pending nonce ${x.blockingNonce}`,
      body: `Nonce ${x.nonce} cannot be mined before nonce ${x.blockingNonce}${x.blockingHash ? ` (${x.blockingHash})` : ''}, which is still pending.`,
      actions: [
        `Replace nonce ${x.blockingNonce} with a transaction whose maxFeePerGas and maxPriorityFeePerGas are both ≥ 1.1 × its own` +
          (x.nextBaseFeePerGas === undefined ? '' : `, and whose maxFeePerGas is also above the next base fee (${f.gwei(x.nextBaseFeePerGas)}) — otherwise the replacement waits too`) +
          `; nonce ${x.nonce} follows.`,
      ],
    }),
  },
  TX_PENDING_INSUFFICIENT_FUNDS: {
    novice: (x, f) => ({
      title: `The wallet doesn't hold enough ${x.balance.symbol} for this transfer and its fee.`,
      body: `It needs up to ${f.native(x.required)} but the wallet holds ${f.native(x.balance)}. The network will not process it until the balance is enough. ${en.moneyStillHere}`,
      actions: [
        `Add at least ${f.native(x.shortfall)} to this wallet on this same network, and it can go through.`,
        'Or press “Cancel” in your wallet and send a smaller amount.',
      ],
    }),
    expert: (x, f) => ({
      title: `Insufficient funds: balance ${f.native(x.balance)} < ${f.native(x.required)}`,
      body: `value + gasLimit × maxFeePerGas = ${f.native(x.required)}; shortfall ${f.native(x.shortfall)}. Nodes keep it unexecutable (or drop it).`,
      actions: [`Top up ≥ ${f.native(x.shortfall)}, or replace it with a lower value or gas limit.`],
    }),
  },
  TX_REPLACED: {
    novice: (x, f) => ({
      title: 'This transfer was replaced by another one from the same wallet.',
      body: 'Another transfer from the same wallet went through in its place, so this one never will. Usually that is because “Speed up” or “Cancel” was pressed.',
      actions: [
        `Look in your wallet's activity for the transfer that went through instead${x.replacedBy ? ` (its code starts with ${f.short(x.replacedBy)})` : ''}.`,
        'If that was a “Cancel”, nothing was sent: send again if you still want to.',
        'If that was a “Speed up”, the transfer is done: do not send it again.',
      ],
    }),
    expert: (x, f) => ({
      title: `Replaced: nonce ${x.nonce} mined in another transaction`,
      body: x.replacedBy
        ? `Nonce ${x.nonce} was used by ${x.replacedBy}${x.replacedInBlock === undefined ? '' : ` in block ${f.count(x.replacedInBlock)}`}. This hash can never be mined.`
        : `The sender's mined nonce has passed ${x.nonce}; the replacing transaction could not be identified within the lookup budget.`,
      actions: ['Diagnose the replacing hash to see what it did.'],
    }),
  },
  TX_DROPPED: {
    novice: () => ({
      title: 'This transfer was dropped and will not go through.',
      body: `The network no longer has it, and it was never processed. We cannot tell why it was dropped; most often the fee stayed too low for a long time. Nothing was taken: ${en.moneyStillHere.toLowerCase()}`,
      actions: [
        'Check your balance: it should be unchanged.',
        'If your wallet still shows it as waiting, use “Cancel” or “Clear activity” in its settings first.',
        "Then send it again with the wallet's normal fee.",
      ],
    }),
    expert: (x) => ({
      title: `Dropped: unknown to the node, nonce ${x.nonce} unused`,
      body: `The account's next nonce is still ${x.nextNonce}, and no node we asked has the transaction. It was evicted or never propagated.`,
      actions: [`Resend with nonce ${x.nonce} (a wallet that still shows it pending must reset its local nonce first).`],
    }),
  },
  TX_FAILED_REVERTED: {
    novice: (x, f) => ({
      title: 'The transaction failed: nothing was sent, but the network fee was charged.',
      body:
        (revertedView(x).reasonUnknown
          ? "The app's contract refused the transaction, but we could not find out why: the network servers we asked no longer keep the details needed."
          : `The app's contract refused the transaction.${reasonPart(x.reason, f)}${sourceCaveat(x)}`) +
        ` Your funds did not move; only the fee of ${f.native(x.fee)} was spent.`,
      actions: [
        "Don't retry it unchanged: it would most likely fail again and cost another fee.",
        'Check in the app what you were trying to do and whether something has changed (for example a sale that has ended).',
        en.noRecoveryPhrase,
      ],
    }),
    expert: (x, f) => {
      const v = revertedView(x)
      return {
        title: `Reverted${v.error?.kind === 'named' ? `: ${v.error.name}` : v.error?.kind === 'unknown' ? `: unknown error ${v.error.selector}` : ''}`,
        body:
          'status 0.' +
          (x.reason ? ` Reason ${f.quote(x.reason)}.` : '') +
          (v.panic ? ` Panic ${v.panic.hex}: ${panicMeaning(v.panic.code, 'en')}.` : '') +
          (v.args ? ` Args: ${v.args.map((a) => f.data(a)).join(', ')}.` : '') +
          (v.error?.kind === 'unknown' ? ` Selector ${v.error.selector} is not in our error set: unknown, not guessed.` : '') +
          (v.noRevertData ? ' No revert data.' : '') +
          ` Fee spent ${f.native(x.fee)}.` +
          sourceNote(x, f),
        actions: ['Simulate the call (eth_call / eth_estimateGas) with current state before resending.'],
      }
    },
  },
  TX_FAILED_OUT_OF_GAS: {
    novice: (x, f) => ({
      title: 'The transaction failed because the wallet set its work limit too low.',
      body: `Every transaction carries a limit on how much work the network may do for it. This one needed more, so it stopped halfway and nothing was sent. The fee for the work already done (${f.native(x.fee)}) was still charged.`,
      actions: [
        "Try again and let your wallet set the fee automatically; if you changed the advanced settings, go back to the wallet's suggested values.",
      ],
    }),
    expert: (x, f) => ({
      title: `Out of gas: used ${f.count(x.gasUsed)} of ${f.count(x.gasLimit)}`,
      body: `${{ trace: 'The trace ends in "out of gas".', gas: 'gasUsed reached gasLimit with no revert data.', replay: 'Re-running it (eth_call, no trace available) runs out of gas.' }[outOfGasEvidence(x)]} Fee spent ${f.native(x.fee)}.`,
      actions: [`Retry with gasLimit ≥ ${f.count(x.suggestedGasLimit)} (or re-estimate against current state).`],
    }),
  },
  TX_FAILED_SLIPPAGE: {
    novice: (x, f) => {
      const minimum = failureAmount(x, 'minimumOut', f)?.plain
      return {
        title: `The swap was stopped: it would have given you less than your minimum${minimum ? ` (${minimum})` : ''}.`,
        body: `That minimum protects you; the usual reason it was not met is that the price moved between the quote and the moment the swap was processed. Your tokens did not move; only the network fee (${f.native(x.fee)}) was spent.${sourceCaveat(x)}`,
        actions: [
          'Try the swap again. If it keeps failing, raise the “slippage” setting a little (for example from 0.5% to 1%).',
          'Avoid very high slippage settings: they let others trade against you.',
        ],
      }
    },
    expert: (x, f) => {
      const minimum = failureAmount(x, 'minimumOut', f)?.exact
      const token = tokenNamed(x, f)
      return {
        title: 'Reverted on minimum output (slippage)',
        body:
          `${reasonHead(x, f)}: output below ${minimum === undefined ? 'amountOutMin / price limit' : `amountOutMin ${minimum}`}.` +
          (token ? ` Output token ${token} (from the input's path).` : '') +
          ` Fee spent ${f.native(x.fee)}.${sourceNote(x, f)}`,
        actions: [
          `Re-quote and resend with amountOutMin = new quote × (1 − tolerance): e.g. 1 % (quote × 0.99) where 0.5 % failed; more only for volatile or thin pools.`,
          'Only if a token in the path takes a fee on transfer: use the …SupportingFeeOnTransferTokens variant of the router function.',
        ],
      }
    },
  },
  TX_FAILED_DEADLINE: {
    novice: (x, f) => {
      const { late } = deadlineView(x, f)
      return {
        title: 'The swap failed because it went through too late.',
        body: `Swaps carry a time limit so they never happen at an outdated price. This one was processed ${late ? `${late} after its limit` : 'after its limit'}, so it was stopped. Your tokens did not move; only the network fee (${f.native(x.fee)}) was spent.${sourceCaveat(x)}`,
        actions: ["Try the swap again with the wallet's normal (not low) fee so it goes through quickly."],
      }
    },
    expert: (x, f) => {
      const v = deadlineView(x, f)
      return {
        title: 'Reverted: deadline passed',
        body:
          // From the input alone, the deadline is the whole story: say it first.
          v.fromInput
            ? `${sourceNote(x, f).trimStart()} Fee spent ${f.native(x.fee)}.`
            : `${reasonHead(x, f)}: block.timestamp > deadline.` +
              (v.deadline === undefined
                ? ''
                : ` Deadline in the input ${v.deadline} (${f.utc(v.deadline)})` +
                  (v.includedAt === undefined ? '' : `; included at ${v.includedAt} (${f.utc(v.includedAt)})${v.late ? `, ${v.late} late` : ''}`) +
                  '.') +
              ` Fee spent ${f.native(x.fee)}.${sourceNote(x, f)}`,
        actions: ['Resend with a fresh deadline and a fee that gets it included before it.'],
      }
    },
  },
  TX_FAILED_ALLOWANCE: {
    novice: (x, f) => {
      const v = allowanceView(x, f)
      const { needed, shortfall } = v
      const app = `The app${x.spender ? ` (${x.spenderLabel ? `${x.spenderLabel}, ` : ''}${f.short(x.spender)})` : ''}`
      const numbers =
        shortfall.kind === 'both'
          ? `${app} was allowed to use ${shortfall.allowed} of yours but needed ${shortfall.needed}.`
          : shortfall.kind === 'needed'
            ? `${app} needed your permission for ${shortfall.needed} and did not have enough.`
            : 'That permission was missing or too small.'
      return {
        title: 'The transaction failed because the app was not yet allowed to use your tokens.',
        body:
          `An app needs your permission, given in a separate step, before it can move your tokens. ${numbers}` +
          (x.expiration === undefined ? '' : ` The permission you had given it ended on ${f.utc(x.expiration)}.`) +
          ` Nothing moved; only the network fee (${f.native(x.fee)}) was spent.${sourceCaveat(x)}`,
        actions: [
          `Open the app from its official website (not from a link someone sent you), do its “Approve” step first${needed ? ` (for ${needed})` : ''}, wait until it completes, then try again.`,
          ...(v.unknownApp
            ? [`We don't know the app at ${f.short(v.unknownApp)}: give it permission only if it is the app you opened from its official website.`]
            : []),
          'Approve only the amount you need, not an unlimited amount.',
        ],
      }
    },
    expert: (x, f) => {
      const { fix, spender, token, ...v } = allowanceView(x, f)
      const args = v.args.map((a) => allowanceArg(a, f))
      return {
        title: `Reverted: insufficient allowance${x.spenderLabel ? ` (spender ${x.spenderLabel})` : ''}`,
        body:
          `${reasonHead(x, f)}: ${args.length ? `${args.join(', ')}.` : 'the error carries no numbers (allowance and amount needed unknown).'}` +
          (token ? ` Token ${token} (from the input).` : '') +
          ` Fee spent ${f.native(x.fee)}.${sourceNote(x, f)}`,
        actions: [
          fix === 'permit2'
            ? `Renew the Permit2 allowance for ${spender} (sign a new permit, or Permit2.approve(${x.token ?? 'token'}, ${spender}, amount, expiration)), then retry.`
            : fix === 'nft'
              ? `Approve the operator on ${x.token ?? 'the collection'}: approve(${spender}, tokenId) or setApprovalForAll(${spender}, true), wait for it to be mined, then retry.`
              : `Send approve(${spender}, ${x.needed ?? 'amount'}) on ${x.token ?? 'the token'} (or sign a permit) and wait for it to be mined, then retry.`,
        ],
      }
    },
  },
  TX_FAILED_BALANCE: {
    novice: (x, f) => {
      const { held, shortfall } = balanceView(x, f)
      return {
        title: "The transaction failed because the wallet didn't hold enough of the token.",
        body:
          (shortfall ? `It tried to move ${shortfall.needed}, but the wallet${x.holder ? ` (${f.short(x.holder)})` : ''} held only ${shortfall.held}.` : 'It tried to move more than the wallet holds.') +
          ` Nothing moved; only the network fee (${f.native(x.fee)}) was spent.${sourceCaveat(x)}`,
        actions: [
          'Check the token balance in your wallet, on this same network.',
          `Try again with an amount you hold${held ? ` (at most ${held})` : ''}; some tokens keep a small cut of each transfer, so leave a little room.`,
        ],
      }
    },
    expert: (x, f) => {
      const v = balanceView(x, f)
      const args = v.args.map(balanceArg)
      const token = v.token
      return {
        title: 'Reverted: insufficient token balance',
        body:
          `${reasonHead(x, f)}: ${args.length ? `${args.join(', ')}.` : 'balanceOf(from) < amount; the error carries no numbers.'}` +
          (token ? ` Token ${token} (from the input).` : '') +
          ` Fee spent ${f.native(x.fee)}.${sourceNote(x, f)}`,
        actions: [`Read balanceOf(${x.holder ?? 'from'}) on ${x.token ?? 'the token'} at the latest block and resend with an amount it covers.`],
      }
    },
  },
  TX_TOKEN_TO_CONTRACT: {
    novice: (x, f) => ({
      title: "The tokens were sent to the token's own address, where they are usually lost.",
      body: `${f.token(x.amount, x.decimals, x.symbol)} went to the address of the token itself, not to a person or an exchange. In most cases that address cannot send tokens back.`,
      actions: [
        "Contact the token's team through its official website: a few tokens can return such transfers.",
        "Next time, copy the receiving address from the recipient's wallet or deposit page, never from a token page.",
        'Beware of anyone who offers to recover the tokens for a fee. ' + en.noRecoveryPhrase,
      ],
    }),
    expert: (x, f) => ({
      title: 'Tokens sent to the token contract itself',
      body: `Transfer of ${f.token(x.amount, x.decimals, x.symbol)} to ${x.token}, the token contract. Recoverable only if the contract exposes an owner-callable rescue/sweep function.`,
      actions: [
        `Check the verified source of ${x.token} for a rescue/sweep function (rescueTokens, recoverERC20, sweep) and who may call it (owner(), an admin role); the deployer is the "contract creator" on a block explorer's page for it. Ask them through the project's official channels.`,
      ],
    }),
  },
  TX_RECIPIENT_NOT_ON_CHAIN: {
    novice: (x, f) => ({
      title: `The receiving address is a program on ${f.chains(x.codeOnChains)}, but not on ${x.chain.name}.`,
      body: `On ${f.chains(x.codeOnChains)} the address is a program (a contract), often a smart wallet such as a shared “multisig” wallet. On ${x.chain.name} there is no program at that address yet, so nobody can move the funds sent there for now.`,
      actions: [
        `Tell the owner of the receiving address right away: if it is a smart wallet, they can often set up the same wallet on ${x.chain.name} and recover the funds.`,
        `Don't send anything more to this address on ${x.chain.name}.`,
        en.noRecoveryPhrase,
      ],
    }),
    expert: (x, f) => ({
      title: `Recipient has no code on ${x.chain.name}`,
      body: `${x.recipient} has code on ${f.chains(x.codeOnChains)} but none on ${x.chain.name}. Funds are stuck until a contract is deployed at the same address there: same factory, salt and init code (for a Safe, the same singleton, factory, setup data and salt nonce).`,
      actions: ['Have the owner replay the deployment on this chain before anyone sends more.'],
    }),
  },
  TX_APPROVAL: txApprovalEn,
  TX_EIP7702_DELEGATION: {
    novice: (x) => {
      const v = delegationView(x)
      return v.known
        ? {
            title: `This transaction turned on smart features for the wallet${x.delegateLabel ? ` (${x.delegateLabel})` : ''}.`,
            body: 'Some wallets do this to offer features like paying fees in other tokens or doing several steps at once. If you did this in your own wallet app, it is fine.',
            actions: ["If you didn't expect this, check the smart-account settings in your wallet app."],
          }
        : {
            title: 'Danger: this transaction handed control of the wallet to an unknown program.',
            body:
              'Scammers trick people into signing this so that anything arriving in the wallet is taken automatically. We do not recognise the program it was handed to.' +
              (v.everyChain ? ' The hand-over was signed for every network, not only this one.' : ''),
            actions: [
              "If you didn't mean to do this, treat the wallet as unsafe: create a new wallet with its own new recovery phrase (never just another account under the same phrase) and move what is left there.",
              "Don't send anything to this wallet, not even a little ETH to pay a fee: the program may take it the moment it arrives.",
              "To take control back, the wallet must sign a change that removes the program. Ask your wallet app's support whether it can do this for you (some apps call it turning off the smart account).",
              en.noRecoveryPhrase,
            ],
          }
    },
    expert: (x) => {
      const v = delegationView(x)
      return {
        title: `EIP-7702 delegation of ${x.authority} → ${x.delegate}${x.delegateLabel ? ` (${x.delegateLabel})` : ''}`,
        body:
          (v.known
            ? 'Type-4 authorization to a known delegate contract.'
            : 'Type-4 authorization to an unrecognised delegate. Most such delegations in the wild are sweepers that forward any incoming asset.') +
          ` Authorization chainId ${x.authorizationChainId}${v.everyChain ? ' (valid on every chain: replayable wherever the authority’s nonce matches)' : ''}, nonce ${x.authorizationNonce}.` +
          ` Still in place unless a later authorization replaced it: eth_getCode(${x.authority}) = 0xef0100‖${v.delegateInCode} while it is.`,
        actions: [
          `Undo by signing a new authorization to address(0) from ${x.authority} (chainId ${v.everyChain ? '0 or each chain' : x.authorizationChainId}, the account's current nonce), submitted by another account that pays the gas so no ETH has to reach ${x.authority}; if the key may be compromised, migrate assets to an account with a new key instead.`,
        ],
      }
    },
  },
  TX_SCAM_TOKEN: {
    novice: (x, f) => {
      const v = scamTokenView(x)
      return {
        title: 'Warning: a token in this transaction looks like a scam.',
        body:
          (v.posesAs === undefined ? '' : `It calls itself ${f.quote(v.posesAs)}, but it is not the real one: it is worth nothing. `) +
          (v.advertises === undefined ? '' : `Its name advertises a website (${f.quote(v.advertises)}). Real tokens never do: such tokens are sent to lure people to sites that empty wallets. `) +
          (v.mixedScripts ? 'Its name mixes letters from different alphabets to look like a real token. ' : ''),
        actions: [
          "Don't visit any website the token names, and don't try to sell, swap or “claim” it: that is the trap.",
          'You can simply ignore it, and hide it in your wallet if your wallet allows.',
          en.noRecoveryPhrase,
        ],
      }
    },
    expert: (x, f) => ({
      title: `Suspicious token ${x.token}`,
      body: `Symbol ${x.symbol ? f.quote(x.symbol) : '(none)'}, name ${x.name ? f.quote(x.name) : '(none)'}. Signals: ${x.reasons.join(', ')}.${x.imitates ? ` Copies the symbol of ${x.imitates}.` : ''}`,
      actions: ['Do not approve, transfer or swap it; hide it in the wallet UI. Approvals requested by its "claim" sites are drainers.'],
    }),
  },
  TX_ADDRESS_POISONING: {
    novice: (x, f) => {
      const v = poisoningView(x)
      const outgoing = v.outgoing
      const moved = f.token(x.amount, x.decimals, x.symbol)
      return {
        title: outgoing ? 'Warning: a fake transfer put a look-alike address in your history.' : 'Warning: this is a fake transfer from a look-alike address.',
        body:
          (outgoing
            ? `Someone else made this transfer show up in the history of your account (${f.short(x.victim)}), as if you had sent ${moved} to a look-alike address. ` +
              `You did not send it${v.tokensTaken ? `, but ${moved} did leave your wallet` : ', and nothing left your wallet'}. `
            : `A look-alike address sent ${moved} to your account (${f.short(x.victim)}) so that it shows up in your history. It took nothing from you. `) +
          `Real address, the one you dealt with before: ${x.genuine}. Fake address${outgoing ? '' : ', the sender'}: ${x.lookalike}. ` +
          `They start and end the same, but ${v.differing === 1 ? 'one character in the middle is' : `${v.differing} characters in the middle are`} different. ` +
          'The scammer hopes you will copy the fake one from your history the next time you pay.' +
          (x.minedAt === undefined ? '' : ` It was recorded on ${f.utc(x.minedAt)}.`) +
          (v.manyLures ? ` This one transaction carried ${f.count(x.lures)} such fake transfers: scammers plant them in many histories at once.` : ''),
        actions: [
          'Never copy an address from your transaction history: this fake one is there to be copied.',
          "When you pay, take the address from your wallet's address book (save the real one there) or ask the person again, and check every character, not only the start and the end.",
          "Don't send anything to the fake address. If you already did, the network cannot reverse it: tell your wallet's support, and ignore anyone who offers to get it back for a fee.",
          ...(v.tokensTaken ? ['Something was able to move your tokens: check which apps have permission to spend them and remove the ones you do not know.'] : []),
        ],
      }
    },
    expert: (x, f) => {
      const v = poisoningView(x)
      const { outgoing, relayed } = v
      return {
        title: outgoing ? 'Address poisoning: third-party transfer from the victim to a lookalike' : 'Address poisoning: dust from a lookalike',
        body:
          (outgoing
            ? `Transfer of ${f.tokenExact(x.amount, x.decimals, x.symbol)} from victim ${x.victim} to lookalike ${x.lookalike}, in a transaction sent by ${x.sentBy}, not by the victim ` +
              (v.tokensTaken ? '(a non-zero transferFrom: the sender, or a contract it called, holds an allowance of the victim). ' : '(a 0-amount transferFrom needs no allowance; a fake token can log any Transfer). ')
            : `Transfer of ${f.tokenExact(x.amount, x.decimals, x.symbol)} from lookalike ${x.lookalike} to victim ${x.victim}${relayed ? ` (transaction sent by ${x.sentBy})` : ''}. `) +
          (x.token ? `Token contract ${x.token}. ` : '') +
          `Genuine counterparty (earlier transfers of the victim): ${x.genuine}. ` +
          `The two differ at ${v.differing} of 40 hex positions (0-based after 0x, case ignored): ${v.differingRuns.join(', ')}.` +
          (x.minedAt === undefined ? '' : ` Block time ${f.utc(x.minedAt)}.`) +
          ` Lure transfers in this transaction: ${f.count(x.lures)}.`,
        actions: [
          `Label ${x.lookalike} as a scam address; take recipients from the address book, never from tx history, and verify all 40 hex characters.`,
          v.tokensTaken
            ? "Check the victim's allowances for this token: a non-zero transferFrom means some spender holds one; revoke it with approve(spender, 0)."
            : 'Nothing to revoke: the lure needed no signature or allowance from the victim.',
        ],
      }
    },
  },
}
