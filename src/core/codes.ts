/**
 * Every finding code, declared once. Codes are the public contract: agents switch on them, so they are never
 * renamed or removed (deprecate instead). Each code has the severity it usually carries; a check may raise or
 * lower it when the facts say so (a known 7702 delegate is `info`, an unknown one `danger`).
 */
export const findingCodes = {
  // Transaction
  TX_NOT_FOUND: 'warning',
  TX_ON_OTHER_CHAIN: 'warning',
  TX_SUCCESS: 'ok',
  TX_BRIDGE_DEPOSIT: 'ok',
  TX_NOT_FINAL: 'info',
  TX_PENDING: 'info',
  TX_PENDING_FEE_TOO_LOW: 'warning',
  TX_PENDING_TIP_TOO_LOW: 'warning',
  TX_PENDING_NONCE_GAP: 'warning',
  TX_PENDING_QUEUED_BEHIND: 'warning',
  TX_PENDING_INSUFFICIENT_FUNDS: 'warning',
  TX_REPLACED: 'info',
  TX_DROPPED: 'warning',
  TX_FAILED_REVERTED: 'warning',
  TX_FAILED_OUT_OF_GAS: 'warning',
  // TRON: a call that ran out of energy (its fix is energy or TRX, not a gas limit).
  TX_FAILED_OUT_OF_ENERGY: 'warning',
  TX_FAILED_SLIPPAGE: 'warning',
  TX_FAILED_DEADLINE: 'warning',
  TX_FAILED_ALLOWANCE: 'warning',
  TX_FAILED_BALANCE: 'warning',
  TX_TOKEN_TO_CONTRACT: 'danger',
  TX_RECIPIENT_NOT_ON_CHAIN: 'danger',
  TX_APPROVAL: 'info',
  TX_EIP7702_DELEGATION: 'danger',
  TX_ADDRESS_POISONING: 'danger',
  TX_SCAM_TOKEN: 'danger',
  // Another network's transaction id: a question of networks, nothing wrong with it.
  TX_NON_EVM: 'info',
  // Address
  ADDRESS_NON_EVM: 'warning',
  ADDRESS_BAD_CHECKSUM: 'danger',
  ADDRESS_ACTIVITY: 'info',
  ADDRESS_UNUSED: 'warning',
  // TRON accounts: not created yet; cannot pay for a token transfer; controlled by other keys.
  ADDRESS_NOT_ACTIVATED: 'info',
  ADDRESS_NO_ENERGY: 'warning',
  ADDRESS_PERMISSION_OTHER_KEYS: 'danger',
  ADDRESS_IS_CONTRACT: 'info',
  ADDRESS_IS_TOKEN: 'danger',
  ADDRESS_CONTRACT_NOT_ON_CHAIN: 'danger',
  ADDRESS_NO_GAS: 'warning',
  ADDRESS_PENDING_TXS: 'info',
  ADDRESS_EIP7702_DELEGATED: 'danger',
  ADDRESS_POISONING_SEEN: 'warning',
  ADDRESS_RISKY_APPROVALS: 'warning',
  // Approvals
  APPROVAL_UNLIMITED: 'warning',
  APPROVAL_TO_EOA: 'danger',
  APPROVAL_TO_UNKNOWN_CONTRACT: 'warning',
  APPROVAL_FOR_ALL: 'warning',
  APPROVAL_FLAGGED_SPENDER: 'danger',
  APPROVAL_PERMIT2: 'info',
  APPROVALS_NONE_RISKY: 'ok',
  // Node and service
  RPC_HEALTHY: 'ok',
  RPC_UNREACHABLE: 'danger',
  RPC_WRONG_CHAIN: 'danger',
  RPC_LAGGING: 'warning',
  RPC_RATE_LIMITED: 'warning',
  RPC_METHOD_MISSING: 'warning',
  DIAGNOSIS_PARTIAL: 'warning',
} as const satisfies Record<string, Severity>

export type FindingCode = keyof typeof findingCodes

export const allFindingCodes = Object.keys(findingCodes) as FindingCode[]

export const severities = ['ok', 'info', 'warning', 'danger'] as const
export type Severity = (typeof severities)[number]

/** `danger` outranks `warning` outranks `info` outranks `ok`. */
export const severityRank = (severity: Severity): number => severities.indexOf(severity)

export const isFindingCode = (value: string): value is FindingCode => Object.hasOwn(findingCodes, value)
