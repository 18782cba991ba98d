import { decodeErrorResult, type Hex } from 'viem'
import { sanitizeUntrusted } from '../../core/untrusted.js'
import { knownErrorsAbi } from './known-errors.js'

export type DecodedRevert = {
  /** `Error(string)` message or another readable reason: untrusted. */
  reason?: string
  /** The error's name when the selector is known (`Error`, `Panic`, `ERC20InsufficientAllowance`, …). */
  errorName?: string
  errorArgs?: string[]
  /** The same arguments by the names the error's ABI gives them (`spender`, `allowance`, `needed`, …). */
  namedArgs?: Record<string, string>
  panicCode?: number
  /** The 4-byte selector when the error is not known. */
  selector?: Hex
}

/**
 * Decodes revert data: `Error(string)`, `Panic(uint256)` and the custom errors of common contracts. Unknown
 * selectors are kept as selectors — an honest "unknown error", not a guess.
 */
export function decodeRevert(data: Hex | undefined): DecodedRevert {
  if (!data || data === '0x' || data.length < 10) return {}
  try {
    const decoded = decodeErrorResult({ abi: knownErrorsAbi, data }) as { errorName: string; args?: readonly unknown[]; abiItem: { inputs: readonly { name?: string }[] } }
    // Arguments and reasons are the contract's words, not ours: sanitised here, where they enter.
    const args = (decoded.args ?? []).map((arg) => (typeof arg === 'bigint' ? arg.toString() : sanitizeUntrusted(String(arg))))
    if (decoded.errorName === 'Error') return { errorName: 'Error', reason: args[0] ?? '' }
    if (decoded.errorName === 'Panic') return { errorName: 'Panic', panicCode: Number(decoded.args?.[0] ?? 0) }
    const names = decoded.abiItem.inputs.map((input, i) => input.name || String(i))
    return { errorName: decoded.errorName, errorArgs: args, namedArgs: Object.fromEntries(args.map((arg, i) => [names[i]!, arg])) }
  } catch {
    return { selector: data.slice(0, 10) as Hex }
  }
}

export type FailureCategory = 'TX_FAILED_SLIPPAGE' | 'TX_FAILED_DEADLINE' | 'TX_FAILED_ALLOWANCE' | 'TX_FAILED_BALANCE' | 'TX_FAILED_REVERTED'

/**
 * Maps a decoded reason to what the user should change. The rule: the first category whose error names or
 * reason patterns match wins; anything else stays a plain revert. Reason strings are the ones the big
 * protocols actually use (Uniswap V2/V3, PancakeSwap, SushiSwap, 1inch, OpenZeppelin 4, DAI).
 */
const categories: { code: Exclude<FailureCategory, 'TX_FAILED_REVERTED'>; names: string[]; reasons: RegExp }[] = [
  {
    code: 'TX_FAILED_DEADLINE',
    names: ['TransactionDeadlinePassed', 'DeadlinePassed', 'OrderExpired', 'ERC2612ExpiredSignature', 'SignatureExpired'],
    reasons: /\bEXPIRED\b|Transaction too old|deadline|expired/i,
  },
  {
    code: 'TX_FAILED_SLIPPAGE',
    names: ['V3TooLittleReceived', 'V3TooMuchRequested', 'V2TooLittleReceived', 'V2TooMuchRequested', 'V4TooLittleReceived', 'V4TooMuchRequested', 'ReturnAmountIsNotEnough'],
    reasons: /INSUFFICIENT_OUTPUT_AMOUNT|EXCESSIVE_INPUT_AMOUNT|INSUFFICIENT_[AB]_AMOUNT|Too little received|Too much requested|Return amount is not enough|slippage|min(imum)? ?return/i,
  },
  {
    code: 'TX_FAILED_ALLOWANCE',
    names: ['ERC20InsufficientAllowance', 'ERC721InsufficientApproval', 'ERC1155MissingApprovalForAll', 'InsufficientAllowance', 'AllowanceExpired'],
    reasons: /insufficient[ -]allowance|exceeds allowance|^STF$|TRANSFER_FROM_FAILED|TransferHelper: TRANSFER_FROM_FAILED|not approved|caller is not token owner or approved/i,
  },
  {
    code: 'TX_FAILED_BALANCE',
    names: ['ERC20InsufficientBalance', 'ERC1155InsufficientBalance', 'InsufficientBalance'],
    reasons: /exceeds balance|insufficient[ -]balance|balance too low/i,
  },
]

export function categorize(revert: DecodedRevert): FailureCategory {
  for (const category of categories) {
    if (revert.errorName && category.names.includes(revert.errorName)) return category.code
    if (revert.reason && category.reasons.test(revert.reason)) return category.code
  }
  return 'TX_FAILED_REVERTED'
}
