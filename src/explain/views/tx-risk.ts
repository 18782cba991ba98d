import type { EvmCode, EvmFacts } from '../catalog-types.js'
import type { FindingFacts } from '../../core/facts.js'
import { runLabels } from '../../core/address-diff.js'
import type { Formatter } from '../format.js'
import { failureAmount, lateBy, tokenNamed } from '../failure-amounts.js'

/**
 * The choices the failure and risk cards make, once for every language (../{en,zh-CN}/tx.ts, and approvals.ts
 * for TX_APPROVAL, hold only the sentences): which case applies, which numbers are shown. Amounts come formatted
 * by the language's `f`.
 */

type Facts = { [code in EvmCode]: EvmFacts<code> }
type Amount = { plain?: string; exact: string }

/** How a failure's reason reads at the head of an expert body: a custom error's name, else the contract's string. */
export type ReasonHead = { kind: 'error'; name: string } | { kind: 'reason'; reason: string } | { kind: 'none' }

/** `Error` is the plain `Error(string)`: its string says more than its name. */
export function reasonHeadOf(x: Pick<Facts['TX_FAILED_REVERTED'], 'errorName' | 'reason'>): ReasonHead {
  if (x.errorName && x.errorName !== 'Error') return { kind: 'error', name: x.errorName }
  return x.reason ? { kind: 'reason', reason: x.reason } : { kind: 'none' }
}

/** TX_FAILED_REVERTED: what the contract answered. */
export type RevertedView = {
  /** No node could say why: the novice is told so instead of a reason. */
  reasonUnknown: boolean
  /** The title's name for it: a decoded custom error, or a selector not in our error set (said so, never guessed). */
  error?: { kind: 'named'; name: string } | { kind: 'unknown'; selector: string }
  panic?: { code: number; hex: string }
  /** The custom error's arguments, when it had any. */
  args?: string[]
  /** Nothing came back at all (no string, selector or panic) from a source that would have shown it. */
  noRevertData: boolean
}

/** @example revertedView({ selector: '0x12345678', reasonSource: 'trace', … }).error // { kind: 'unknown', selector: '0x12345678' } */
export function revertedView(x: Facts['TX_FAILED_REVERTED']): RevertedView {
  const error = x.errorName ? { kind: 'named' as const, name: x.errorName } : x.selector ? { kind: 'unknown' as const, selector: x.selector } : undefined
  return {
    reasonUnknown: x.reasonSource === 'none',
    ...(error ? { error } : {}),
    ...(x.panicCode === undefined ? {} : { panic: { code: x.panicCode, hex: `0x${x.panicCode.toString(16)}` } }),
    ...(x.errorArgs?.length ? { args: x.errorArgs } : {}),
    noRevertData: !x.reason && !x.selector && x.panicCode === undefined && x.reasonSource !== 'none',
  }
}

/** TX_FAILED_OUT_OF_GAS: what showed it ran out — the trace, gasUsed reaching the limit, or a re-run. */
export const outOfGasEvidence = (x: Pick<Facts['TX_FAILED_OUT_OF_GAS'], 'reasonSource'>): 'trace' | 'gas' | 'replay' =>
  x.reasonSource === 'trace' || x.reasonSource === 'gas' ? x.reasonSource : 'replay'

/** TX_FAILED_DEADLINE: how late it was, and what the expert body can state. */
export type DeadlineView = {
  /** How long after its deadline it was included, when known. */
  late?: string
  /** Found from the input alone: the source note already tells the whole story, and comes first. */
  fromInput: boolean
  deadline?: bigint
  /** When it was included, said only beside a known deadline. */
  includedAt?: bigint
}

export function deadlineView(x: Facts['TX_FAILED_DEADLINE'], f: Formatter): DeadlineView {
  const late = lateBy(x, f)
  return {
    ...(late ? { late } : {}),
    fromInput: x.reasonSource === 'calldata',
    ...(x.deadline === undefined ? {} : { deadline: x.deadline }),
    ...(x.deadline !== undefined && x.minedAt !== undefined ? { includedAt: x.minedAt } : {}),
  }
}

/** One number an expert reads from an allowance error, in the error's order. */
export type AllowanceArg =
  | { kind: 'spender'; address: string; label?: string }
  | { kind: 'allowance'; amount: string }
  | { kind: 'needed'; amount: string }
  | { kind: 'expired'; at: bigint }

/** One number an expert reads from a balance error, in the error's order. */
export type BalanceArg = { kind: 'holder'; address: string } | { kind: 'held'; amount: string } | { kind: 'needed'; amount: string }

/** TX_FAILED_ALLOWANCE: the numbers known, and which fix applies. */
export type AllowanceView = {
  /** Novice: what can be said in amounts a person reads (the token gave its decimals). */
  shortfall: { kind: 'both'; allowed: string; needed: string } | { kind: 'needed'; needed: string } | { kind: 'none' }
  /** Novice: the amount to approve, when readable. */
  needed?: string
  /** A spender txdoctor does not know: the novice is asked to make sure it is the app they opened. */
  unknownApp?: string
  args: AllowanceArg[]
  token?: string
  /** Permit2's own allowance, an NFT operator, or a plain ERC-20 approve. */
  fix: 'permit2' | 'nft' | 'approve'
  /** The spender as the fix's call names it. */
  spender: string
}

export function allowanceView(x: Facts['TX_FAILED_ALLOWANCE'], f: Formatter): AllowanceView {
  const allowed = failureAmount(x, 'allowance', f)
  const needed = failureAmount(x, 'needed', f)
  const token = tokenNamed(x, f)
  const args: AllowanceArg[] = [
    ...(x.spender ? [{ kind: 'spender' as const, address: x.spender, ...(x.spenderLabel ? { label: x.spenderLabel } : {}) }] : []),
    ...(allowed ? [{ kind: 'allowance' as const, amount: allowed.exact }] : []),
    ...(needed ? [{ kind: 'needed' as const, amount: needed.exact }] : []),
    ...(x.expiration === undefined ? [] : [{ kind: 'expired' as const, at: x.expiration }]),
  ]
  const fix =
    x.errorName === 'InsufficientAllowance' || x.errorName === 'AllowanceExpired'
      ? 'permit2'
      : x.errorName === 'ERC721InsufficientApproval' || x.errorName === 'ERC1155MissingApprovalForAll'
        ? 'nft'
        : 'approve'
  return {
    shortfall: shortfallOf(allowed, needed),
    ...(needed?.plain ? { needed: needed.plain } : {}),
    ...(x.spender && !x.spenderLabel ? { unknownApp: x.spender } : {}),
    args,
    ...(token ? { token } : {}),
    fix,
    spender: x.spender ?? 'spender',
  }
}

const shortfallOf = (allowed: Amount | undefined, needed: Amount | undefined): AllowanceView['shortfall'] =>
  allowed?.plain && needed?.plain
    ? { kind: 'both', allowed: allowed.plain, needed: needed.plain }
    : needed?.plain
      ? { kind: 'needed', needed: needed.plain }
      : { kind: 'none' }

/** TX_FAILED_BALANCE: what the wallet held against what was needed. */
export type BalanceView = {
  /** Novice: both amounts readable, so the shortfall can be said. */
  shortfall?: { held: string; needed: string }
  /** Novice: the most one can send, when readable. */
  held?: string
  args: BalanceArg[]
  token?: string
}

export function balanceView(x: Facts['TX_FAILED_BALANCE'], f: Formatter): BalanceView {
  const held = failureAmount(x, 'held', f)
  const needed = failureAmount(x, 'needed', f)
  const token = tokenNamed(x, f)
  const args: BalanceArg[] = [
    ...(x.holder ? [{ kind: 'holder' as const, address: x.holder }] : []),
    ...(held ? [{ kind: 'held' as const, amount: held.exact }] : []),
    ...(needed ? [{ kind: 'needed' as const, amount: needed.exact }] : []),
  ]
  return {
    ...(held?.plain && needed?.plain ? { shortfall: { held: held.plain, needed: needed.plain } } : {}),
    ...(held?.plain ? { held: held.plain } : {}),
    args,
    ...(token ? { token } : {}),
  }
}

/** TX_EIP7702_DELEGATION: whether the hand-over reaches every chain, and the code the authority then carries. */
export type DelegationView = {
  known: boolean
  /** Signed with chainId 0: valid, and replayable, on every chain. */
  everyChain: boolean
  /** The delegate as it follows 0xef0100 in the authority's code (lower-case hex, no 0x). */
  delegateInCode: string
}

export const delegationView = (x: Facts['TX_EIP7702_DELEGATION']): DelegationView => ({
  known: x.known,
  everyChain: x.authorizationChainId === 0,
  delegateInCode: x.delegate.slice(2).toLowerCase(),
})

/** TX_SCAM_TOKEN, for a novice: which of its lures to name. Strings are untrusted: quote them. */
export type ScamTokenView = {
  /** The real token's symbol it poses as. */
  posesAs?: string
  /** The text that advertises a website (its name, else its symbol). */
  advertises?: string
  mixedScripts: boolean
}

export const scamTokenView = (x: Facts['TX_SCAM_TOKEN']): ScamTokenView => ({
  ...(x.reasons.includes('imitates-known') && x.symbol ? { posesAs: x.symbol } : {}),
  ...(x.reasons.includes('link') ? { advertises: x.name ?? x.symbol ?? '' } : {}),
  mixedScripts: x.reasons.includes('mixed-scripts'),
})

/** TX_ADDRESS_POISONING: which way the lure points, and what it tells about the victim's tokens. */
export type PoisoningView = {
  /** Shown as if the victim had paid the look-alike (someone else sent it). */
  outgoing: boolean
  /** Outgoing with a non-zero amount: something holds an allowance of the victim's tokens, to be found and revoked. */
  tokensTaken: boolean
  /** Sent by someone other than the transfer's own sender (said of an incoming lure; an outgoing one always is). */
  relayed: boolean
  /** How many of the 40 hex characters differ, and where, for an expert (`12–15`, `20`). */
  differing: number
  differingRuns: string[]
  /** One transaction planted several lures. */
  manyLures: boolean
}

export function poisoningView(x: Facts['TX_ADDRESS_POISONING']): PoisoningView {
  const outgoing = x.direction === 'victim-to-lookalike'
  return {
    outgoing,
    tokensTaken: outgoing && x.amount > 0n,
    relayed: x.sentBy.toLowerCase() !== (outgoing ? x.victim : x.lookalike).toLowerCase(),
    differing: x.differsAt.length,
    differingRuns: runLabels(x.differsAt),
    manyLures: x.lures > 1,
  }
}

/** TX_APPROVAL, for a novice: which warnings apply and how soon to remove the permission. */
export type TxApprovalView = {
  /** Went to a personal wallet; not said again when the address is already listed as a scam. */
  personalWallet: boolean
  unknownApp: boolean
  /** Right away (a listed scam address), now if not recognised (any risk), or once the app is no longer used. */
  remove: 'now' | 'if-unknown' | 'if-unused'
  /** A scam address or a person may already have used it: this transaction moved nothing, later ones can. */
  mayHaveUsed: boolean
}

export function txApprovalView(x: Pick<Facts['TX_APPROVAL'], 'flaggedAs' | 'risks'>): TxApprovalView {
  const toPerson = x.risks.includes('APPROVAL_TO_EOA')
  const unknownApp = x.risks.includes('APPROVAL_TO_UNKNOWN_CONTRACT')
  const risky = x.risks.includes('APPROVAL_FLAGGED_SPENDER') || toPerson || unknownApp
  return {
    personalWallet: toPerson && !x.flaggedAs,
    unknownApp,
    remove: x.flaggedAs ? 'now' : risky ? 'if-unknown' : 'if-unused',
    mayHaveUsed: Boolean(x.flaggedAs) || toPerson,
  }
}
