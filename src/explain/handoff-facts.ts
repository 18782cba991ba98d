/**
 * What each fact key of a finding is, for the hand-off (./handoff.ts): how to format it for a person, or that a
 * support agent has no use for it. One table for every code, keyed by the facts' own names (core/facts.ts), so a
 * new fact key that is not listed here does not compile. The words (labels, flags, enumerations) live in each
 * language's `handoff.ts`, typed by what this file declares.
 */
import type { FindingCode } from '../core/codes.js'
import type { ChainRef, FindingFacts, NativeAmount, ReasonSource, Unavailable } from '../core/facts.js'
import type { NonEvmNetwork } from '../core/non-evm.js'
import type { TronFacts, TronPermission } from '../core/tron-facts.js'
import type { Severity } from '../core/codes.js'
import type { AnswerKind, Status } from '../core/types.js'

/** Every key a finding's facts can hold, nested ones included; amounts and chains are values, not nests. */
type KeysOf<T> = T extends NativeAmount | ChainRef
  ? never
  : T extends readonly (infer item)[]
    ? KeysOf<item>
    : T extends object
      ? { [key in keyof T & string]-?: key | KeysOf<NonNullable<T[key]>> }[keyof T & string]
      : never

export type FactKey = { [code in FindingCode]: KeysOf<FindingFacts[code]> }[FindingCode]

/**
 * How a fact is shown. Amounts in the native coin and chains are recognised by their shape wherever they are;
 * the kind says what a bare number or string means.
 * - `native` a NativeAmount · `chain` a ChainRef (or a list of them) · `gwei` a fee per gas in wei
 * - `count` a block number or a count · `nonce` a nonce (or a list) · `plain` shown as it is (ids, hex)
 * - `address`, `hash` shown in full · `amount` a token amount (decimals and symbol from its siblings, or a
 *   permission's amount: `amount` itself, absent = unlimited)
 * - `quote` an untrusted string (or list) · `data` a list of symbols or addresses · `name` a label from txdoctor's registry
 * - `time` Unix seconds · `duration` seconds · `ms` milliseconds · `panic` a Solidity panic code
 * - `reasonSource`, `scamReason`, `network`, `source` words from the language · `standard`, `method` a fixed form
 * - `codes` finding codes · `flag` a boolean the language turns into a sentence · `group` an object of facts
 * - `enum` one of a few fixed values (why a TRON call ran out of energy, a permission's kind), worded by the language
 * - `items` a list of objects, one line each · `consumed` shown with a sibling · `skip` of no use to an agent
 */
export type FactKind =
  | 'native' | 'chain' | 'gwei' | 'count' | 'nonce' | 'plain' | 'address' | 'hash' | 'amount' | 'quote' | 'data' | 'name'
  | 'time' | 'duration' | 'ms' | 'panic' | 'reasonSource' | 'scamReason' | 'network' | 'source' | 'standard' | 'method'
  | 'codes' | 'flag' | 'group' | 'items' | 'consumed' | 'skip' | 'enum'

/** The fixed values an `enum` fact takes; each language words every one. */
export type EnumWord = TronFacts['TX_FAILED_OUT_OF_ENERGY']['cause'] | TronPermission['kind']

export const factKinds = {
  // Chains and networks
  chain: 'chain', askedChain: 'chain', foundChain: 'chain', checkedChains: 'chain', codeOnChains: 'chain',
  contractOn: 'chain', missingOn: 'chain', chains: 'items', network: 'network', name: 'quote',
  // Another network's transaction: its id as that network writes it, and the explorer (from txdoctor's own list)
  id: 'plain', explorerName: 'name',
  chainId: 'plain', expectedChainId: 'plain', actualChainId: 'plain',
  // Amounts in the native coin
  value: 'native', fee: 'native', mint: 'native', balance: 'native', required: 'native', shortfall: 'native', estimatedFee: 'native',
  // Token amounts: the amount carries its siblings' decimals and symbol
  amount: 'amount', decimals: 'consumed', symbol: 'quote', tokenId: 'plain', standard: 'standard',
  // Fees per gas
  maxFeePerGas: 'gwei', maxPriorityFeePerGas: 'gwei', nextBaseFeePerGas: 'gwei', typicalPriorityFeePerGas: 'gwei',
  // Blocks and counts
  blockNumber: 'count', finalizedBlock: 'count', confirmations: 'count', replacedInBlock: 'count', replayedAt: 'count',
  head: 'count', gasUsed: 'count', gasLimit: 'count', suggestedGasLimit: 'count', transactionCount: 'count', approvals: 'count',
  blocksBehind: 'count',
  // Nonces
  nonce: 'nonce', nextNonce: 'nonce', missingNonces: 'nonce', blockingNonce: 'nonce', minedNonce: 'nonce', pendingNonce: 'nonce',
  // Addresses and hashes, in full
  token: 'address', from: 'address', to: 'address', recipient: 'address', spender: 'address', authority: 'address',
  delegate: 'address', lookalike: 'address', genuine: 'address', imitates: 'address', checksummed: 'address',
  victim: 'address', sentBy: 'address', owner: 'address',
  // The transaction's sender: the hand-off's own "Sent by" line names it.
  sender: 'skip',
  messenger: 'address', address: 'address',
  hash: 'hash', blockingHash: 'hash', replacedBy: 'hash', sourceHash: 'hash', msgHash: 'hash',
  // Labels from txdoctor's own registry: shown next to the address they name
  spenderLabel: 'consumed', delegateLabel: 'consumed', flaggedAs: 'name',
  // Failures
  reason: 'quote', errorName: 'quote', reasonSource: 'reasonSource', unavailable: 'items', source: 'source', said: 'quote',
  deadline: 'time', minedAt: 'time', selector: 'plain', panicCode: 'panic',
  // A failure's amounts, in its token's units (siblings `token`, `decimals`, `symbol`); whose allowance or balance.
  minimumOut: 'amount', allowance: 'amount', needed: 'amount', held: 'amount', holder: 'address',
  // Raw decoded arguments: exact for experts (the finding's words), of no use to a person.
  errorArgs: 'skip',
  // Said by reasonSource already.
  approximate: 'skip',
  // Nested facts
  replacement: 'group', grantedIn: 'group', relayFailed: 'group', txType: 'group', feeCurrency: 'group', fill: 'group',
  hex: 'plain',
  transfers: 'items', lookalikes: 'items', failed: 'items', what: 'plain', why: 'quote',
  // Poisoning: the title says the direction; the two addresses in full show the difference; the count is plain.
  direction: 'skip', differsAt: 'skip', lures: 'count',
  // Risks, scams, approvals
  risks: 'codes', reasons: 'scamReason', method: 'method', expiration: 'time', tokens: 'data', prefix: 'quote',
  // An unlimited permission's exact value: "unlimited" says it for a person (the expert's card gives the number).
  grantedAmount: 'skip',
  // An EIP-7702 authorization: the chain it is valid on (0: every chain) and the authority's nonce it used.
  authorizationChainId: 'plain', authorizationNonce: 'nonce',
  // A permission's kind is said by its amount line; the revoke call and an unconfirmed read are in the answer's
  // cards; a risky approval's worst risk is the first of its risks.
  permission: 'skip', revoke: 'skip', unverified: 'skip', risky: 'items', risk: 'skip', notChecked: 'chain',
  // Permit2 as the spender is said in the cards.
  spenderIsPermit2: 'skip',
  // Another network's address in its hex form (bare hex, which reads like an EVM address), and a failed
  // checksum's letters: said in the expert's card.
  hexAddress: 'skip', letters: 'skip', caseDiffersAt: 'skip',
  // Tokens held, with their amounts; what a token transfer's fee is estimated from.
  holdings: 'items', transferGas: 'count', gasPrice: 'gwei',
  // Nodes
  endpoint: 'plain', latencyMs: 'ms', error: 'quote', secondsBehind: 'duration', retryAfterSeconds: 'duration',
  secondsToFinal: 'duration', methods: 'plain',
  // TRON: what the transaction tried is said by the "which transaction" sentence; its costs, energy and bandwidth
  // are counts with their unit in the label; a USDT send's need is a group (to a holder, to a new holder).
  action: 'skip', kind: 'enum', contract: 'address', callValue: 'native', contractType: 'plain', result: 'plain', cause: 'enum',
  costs: 'group', energyUsed: 'count', energyFromStake: 'count', energyFromContract: 'count', energyBurned: 'native',
  bandwidthUsed: 'count', bandwidthBurned: 'native', feeLimit: 'native', activationFee: 'native', energyLimit: 'count',
  energyPrice: 'count', usdtTransfer: 'group', needs: 'group', toHolder: 'group', toNewHolder: 'group', energy: 'count', trx: 'native',
  senderNow: 'group', energyAvailable: 'count', bandwidthAvailable: 'count', createdAt: 'time', solidifyBlocks: 'count',
  blockTimeSeconds: 'duration',
  // A permission's line: its kind, name and threshold, and what signing with it can do; its keys are listed once,
  // as the other keys.
  permissions: 'items', threshold: 'count', keys: 'skip', weight: 'count', otherKeys: 'address',
  can: 'group', transfer: 'flag', callContracts: 'flag', changePermissions: 'flag',
  // Booleans, turned into sentences by each language
  recipientHolds: 'flag', transfersUnread: 'flag', fake: 'flag', approvalsChecked: 'flag', othersAlone: 'flag', othersChangeKeys: 'flag', ownAlone: 'flag', tronChecked: 'flag',
  // Tokens whose balance a TRON node did not give: their symbols (or addresses).
  unreadTokens: 'data',
  maybeNonEvm: 'flag', caseOnlyLikely: 'flag', succeeded: 'flag', system: 'flag', poolUnknown: 'flag', known: 'flag', isContract: 'flag', inDiagnosis: 'flag',
} as const satisfies Record<FactKey, FactKind>

type KindOf<key extends FactKey> = (typeof factKinds)[key]

/** Facts a language names with a label (everything shown that is not a sentence of its own). */
export type LabelledFact = { [key in FactKey]: KindOf<key> extends 'flag' | 'skip' | 'consumed' | 'group' ? never : key }[FactKey]
/** Booleans: each language says what true and false mean (no sentence: the fact is left out). */
export type FlagFact = { [key in FactKey]: KindOf<key> extends 'flag' ? key : never }[FactKey]
/** Facts inside a group, labelled by their path. */
export const groupedFacts = [
  'replacement.nonce', 'replacement.maxFeePerGas', 'replacement.maxPriorityFeePerGas',
  'grantedIn.blockNumber', 'grantedIn.hash', 'relayFailed.messenger', 'relayFailed.msgHash',
  'txType.hex', 'feeCurrency.token', 'fill.maxFeePerGas', 'fill.maxPriorityFeePerGas',
  'toHolder.energy', 'toHolder.trx', 'toNewHolder.energy', 'toNewHolder.trx', 'senderNow.balance', 'senderNow.energyAvailable',
] as const
export type GroupedFact = (typeof groupedFacts)[number]
/** Group members of no use to an agent: a chain type's internal name, a fee in a token of unknown decimals. */
export const skippedGroupedFacts: readonly string[] = ['txType.name', 'feeCurrency.amount']

/** The words one language gives the hand-off. Sentences and labels only: the logic is in ./handoff.ts. */
export type HandoffWords = {
  /** The opening: the most important finding's title, then the first step to take (when there is one). */
  summary(title: string, step: string | undefined): string
  labels: {
    network: string; status: string; codes: string; checkedAt: string; version: string; explorer: string; entered: string
    input: Record<AnswerKind, string>
    /** A token amount in a permission. */
    allowance: string
    /** The transaction's sender, and the contract it called (a plain coin transfer's recipient is `facts.to`). */
    sentBy: string
    contractCalled: string
    /** A TRON permission's own name (the `name` fact elsewhere is a token's). */
    permissionName: string
    /** A TRON transaction's sender: the word the TRON cards use (an EVM hand-off keeps `sentBy`). */
    tronSender: string
    /** A TRON `net_fee` that paid for creating the receiver's account (with an activation fee), not for bytes. */
    creationBurned: string
  }
  /** A failed TRON send's retry, with the numbers the cards give (./views/tron.ts `retryPlan`). */
  retry: {
    /** The recipient's USDT balance was not read: the first-time-holder figure is used. */
    holdsNotRead: string
    energy(typical: string, percent: number): string
    feeLimit: string
    /** The TRX the sender must hold, counting the energy it has. */
    balance(energyHeld: string): string
    topUp: string
    onlyUsed: string
  }
  facts: Record<LabelledFact | GroupedFact, string>
  flags: Record<FlagFact, { true?: string; false?: string }>
  status: Record<Status, string>
  /** A failed TRON transaction's status, with the fee it charged and the staked energy it used (when any). */
  failedWithFee(fee: string, stakedEnergy: string | undefined): string
  severity: Record<Severity, string>
  reasonSource: Record<ReasonSource, string>
  source: Record<Unavailable['source'], string>
  scamReason: Record<FindingFacts['TX_SCAM_TOKEN']['reasons'][number], string>
  network: Record<NonEvmNetwork, string>
  enums: Record<EnumWord, string>
  /** `Ethereum (chain ID 1)`. */
  chain(name: string, id: number): string
  /** A label as it reads inside a line (`balance 0.5 ETH`); `''` shows the value alone. */
  inline(label: string): string
  unlimited: string
  /** A token amount whose decimals the token did not give. */
  unknownDecimals: string
  everyItem: string
  neverExpires: string
  more(count: number): string
  seconds(n: number): string
  minutes(n: number): string
  hours(n: number): string
  milliseconds(n: number): string
  /** Between a finding code and its severity: `TX_SUCCESS (ok)`. */
  codeWithSeverity(code: string, severity: string): string
  /** A value with a note on it: `«USDC» (0xA0b8…)`. */
  aside(text: string, note: string): string
  /** Between a label and its value. */
  colon: string
  /** Between the parts of one line (`balance 0.5 ETH; tokens «USDC»`). */
  separator: string
  /** Between the items of a plain list (`7, 8`). */
  comma: string
  /** Actions that are reminders rather than a next step (the recovery-phrase warning). */
  reminders: string[]
}
