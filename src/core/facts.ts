import type { Address, Hash } from 'viem'
import type { FindingCode } from './codes.js'
import type { NonEvmNetwork, NonEvmTransaction } from './non-evm.js'
import type { ChainTxType } from './tx-types.js'

import type { ChainRef, NativeAmount } from './amounts.js'
import type { TronFacts } from './tron-facts.js'

export type { ChainRef, NativeAmount }

/** The exact replacement a user (or their wallet) must send to unstick a transaction. */
export type Replacement = {
  nonce: number
  maxFeePerGas: bigint
  maxPriorityFeePerGas: bigint
}

export type TokenTransfer = {
  standard: 'erc20' | 'erc721' | 'erc1155'
  token: Address
  /** Untrusted: read from the token contract. */
  symbol?: string
  from: Address
  to: Address
  /** Base units for ERC-20 / ERC-1155 amounts, 1 for ERC-721. */
  amount: bigint
  decimals?: number
  tokenId?: bigint
}

/** What makes a permission notable: the codes of the approvals check, listed in TX_APPROVAL's facts too. */
export type ApprovalRisk = 'APPROVAL_UNLIMITED' | 'APPROVAL_TO_EOA' | 'APPROVAL_TO_UNKNOWN_CONTRACT' | 'APPROVAL_FOR_ALL' | 'APPROVAL_FLAGGED_SPENDER' | 'APPROVAL_PERMIT2'

/** An ERC-20 allowance, one NFT, every item of a collection (operator), or an allowance held by Permit2. */
export type PermissionKind = 'erc20' | 'nft' | 'for-all' | 'permit2'

/** A permission as the approval findings describe it: which token, which spender, what scope, how to remove it. */
export type ApprovalFacts = {
  chain: ChainRef
  permission: PermissionKind
  /** The wallet whose permission it is (for a permit, its signer rather than the transaction's sender). */
  owner?: Address
  token: Address
  /** Untrusted. */
  symbol?: string
  spender: Address
  spenderLabel?: string
  /** The spender is the chain's canonical Permit2: it moves tokens only for apps the owner authorised through it. */
  spenderIsPermit2?: true
  /** Base units of an ERC-20 or Permit2 allowance; absent when unlimited, and for NFTs (see `permission`). */
  amount?: bigint
  /** Base units of an unlimited allowance, exactly as set (wallets write 2^256 − 1; Permit2's largest is 2^160 − 1). */
  grantedAmount?: bigint
  decimals?: number
  /** The one item a single-NFT approval covers. */
  tokenId?: bigint
  /** Permit2: when the allowance ends (Unix seconds; 2^48 − 1 is never). */
  expiration?: number
  /** Every risk the approval carries, in a fixed order (an approvals-check finding's code is the worst of them). */
  risks: ApprovalRisk[]
  /** The deny list's label for a flagged spender. */
  flaggedAs?: string
  /** The exact call that removes it (Permit2: `lockdown` removes it too). */
  revoke: string
  /** The live read that would confirm it still holds failed: it may have ended since it was granted. */
  unverified?: true
  /** Where the permission was granted (approval scans). */
  grantedIn?: { blockNumber: bigint; hash: Hash }
}

/** One risky standing approval, as the address answer sums them up. */
export type RiskyApproval = {
  chain: ChainRef
  /** The worst of its risks (the code of its own card in the approvals check), and all of them. */
  risk: ApprovalRisk
  risks: ApprovalRisk[]
  permission: PermissionKind
  token: Address
  /** Untrusted. */
  symbol?: string
  spender: Address
  spenderLabel?: string
  /** Base units of an allowance; absent when unlimited, and for NFTs (see `permission`). */
  amount?: bigint
  decimals?: number
  tokenId?: bigint
  /** Permit2: when the allowance ends (Unix seconds; 2^48 − 1 is never). */
  expiration?: number
  flaggedAs?: string
  /** The exact call that removes it. */
  revoke: string
}

/** A token, with what it says of itself (symbol untrusted). */
export type TokenRef = { token: Address; symbol?: string; decimals?: number }

/** An amount of a token, in base units. */
export type TokenAmount = TokenRef & { amount: bigint }

/** What a transaction did, or tried to do: the part of it a user recognises. */
export type TxAction =
  | { kind: 'native-transfer'; value: NativeAmount; to: Address }
  | (TokenAmount & {
      kind: 'token-transfer'
      standard: 'erc20' | 'erc721' | 'erc1155'
      tokenId?: bigint
      /** The token's sender and receiver (for `transferFrom`, not the transaction's sender). */
      from: Address
      to: Address
      /** The Transfer log of a mined transaction, or the input of a pending or failed one. */
      source: 'logs' | 'input'
    })
  | {
      kind: 'approval'
      method: 'approve' | 'increaseAllowance' | 'setApprovalForAll' | 'permit2' | 'permit'
      token: Address
      symbol?: string
      decimals?: number
      owner: Address
      spender: Address
      spenderLabel?: string
      /** Base units; absent when unlimited or collection-wide. */
      amount?: bigint
      unlimited: boolean
      /** Sets the permission to nothing (amount 0, or `setApprovalForAll(…, false)`). */
      revoke: boolean
    }
  | {
      kind: 'swap'
      router: Address
      routerLabel?: string
      functionName: string
      value: NativeAmount
      /** Mined: what the sender's wallet paid and received in tokens (Transfer logs). */
      paid: TokenAmount[]
      received: TokenAmount[]
      /** From the input: the token it sells and the one it buys, where the call names them. */
      tokenIn?: TokenRef
      tokenOut?: TokenRef
      /** From the input: what it sells, in base units of `tokenIn` (exact-input calls), or at most (exact-output calls). */
      amountIn?: bigint
      maximumIn?: bigint
      /** From the input: the least output accepted, in base units of `tokenOut`. */
      minimumOut?: bigint
      deadline?: bigint
    }
  | { kind: 'delegation'; delegations: { authority: Address; delegate: Address }[] }
  | { kind: 'deployment'; value: NativeAmount; contract?: Address }
  | { kind: 'bridge-deposit'; mint: NativeAmount; value: NativeAmount; to: Address | null; system: boolean }
  | { kind: 'contract-call'; contract: Address; value: NativeAmount; selector?: string }

/**
 * Which transaction an answer is about, as data: what it did, between whom, and when — enough for its owner to
 * recognise it. `when` is known for a mined one (its block's time) and, for a pending one, only from when
 * txdoctor first saw it waiting (it was sent before that).
 */
export type TxSubject = {
  action: TxAction
  from: Address
  /** The address the transaction was sent to (a token contract, a router …); null for a deployment. */
  to: Address | null
  nonce: number
  /** `replaced`: another transaction used its nonce; `dropped`: seen waiting once, now unknown, nonce unused. */
  state: 'pending' | 'succeeded' | 'failed' | 'replaced' | 'dropped'
  blockNumber?: bigint
  /** Unix seconds of the block that mined it. */
  minedAt?: bigint
  /** Not mined: when txdoctor first saw it waiting (Unix ms), and, while it waits, how many seconds ago that was. */
  firstSeenAt?: number
  waitedSeconds?: number
}

/**
 * Where a failure's reason came from, best first: tracing the real execution; re-running it at the parent block
 * or at its block; the transaction's own input (a router's deadline against the block's time); gas used reaching
 * the limit; re-running it against today's state; nowhere (no node asked could tell).
 */
export type ReasonSource = 'trace' | 'replay-parent' | 'replay-block' | 'calldata' | 'gas' | 'replay-latest' | 'none'

/** A source of a failure's reason that a node could not serve, with the node's words. */
export type Unavailable = { source: Exclude<ReasonSource, 'calldata' | 'gas' | 'none'>; said: string }

type FailureFacts = {
  fee: NativeAmount
  /** Untrusted: the contract's own words. */
  reason?: string
  errorName?: string
  /** True when the reason came from re-running the call, not from a trace of the real execution. */
  approximate: boolean
  /** How the reason was found; the words say how sure it is. */
  reasonSource: ReasonSource
  /** For `replay-latest`: the block whose state the call was re-run against. */
  replayedAt?: bigint
  /** What the better sources said when they could not answer: which source, and the node's own words (untrusted). */
  unavailable?: Unavailable[]
  /** From a router call's input: the deadline the user signed (Unix seconds), and the block's time. */
  deadline?: bigint
  minedAt?: bigint
  /** From a router call's input: the least output accepted, in base units of the output token. */
  minimumOut?: bigint
}

/**
 * The token a failure's amounts are counted in, read from the call's input (a router's path, or the token called
 * directly) with its metadata; absent when the input names none. Without `decimals` the amounts are base units.
 */
type FailureToken = {
  token?: Address
  /** Untrusted. */
  symbol?: string
  decimals?: number
}

/**
 * The facts each finding carries, by code: what the checks found, as data. The catalog turns them into words;
 * agents read them directly from JSON (bigint → decimal string).
 */
export interface FindingFacts {
  /** `tronChecked`: TRON was searched too (a TRON transaction never recorded expires: it can never go through later). */
  TX_NOT_FOUND: { hash: Hash; checkedChains: ChainRef[]; maybeNonEvm: boolean; tronChecked?: true }
  TX_ON_OTHER_CHAIN: { hash: Hash; askedChain: ChainRef; foundChain: ChainRef }
  TX_SUCCESS: TronFacts['TX_SUCCESS'] | {
    chain: ChainRef; blockNumber: bigint; confirmations: bigint; value: NativeAmount; transfers: TokenTransfer[]
    /** Who sent the transaction, and so paid its fee: not always a party to the transfers it logged (a lure's sender is not). */
    sender: Address
    /** What the sender paid in the native coin; absent when the fee was paid in another currency (`feeCurrency`). */
    fee?: NativeAmount
    /** Celo: the fee was paid in this token, `amount` = gasUsed × effectiveGasPrice in that currency's units. */
    feeCurrency?: { token: Address; amount: bigint }
    /** A type of the chain's own, not one of Ethereum's (0x0–0x4). */
    txType?: ChainTxType
  }
  TX_BRIDGE_DEPOSIT: {
    chain: ChainRef; blockNumber: bigint; confirmations: bigint; from: Address; to: Address | null
    /** The native coin created on this chain for the deposit (paid on Ethereum); credited to `from` even if the call fails. */
    mint: NativeAmount
    /** What the deposit's call passed from `from` to `to`. */
    value: NativeAmount
    /** Identifies the deposit on Ethereum (user deposits: derived from the L1 block hash and log index). */
    sourceHash?: Hash
    /** False when the call failed on this chain (status 0): the mint stays with `from`, nothing reached `to`. */
    succeeded: boolean
    /** The chain's own message about Ethereum (L1 attributes, or `isSystemTx`), not someone's deposit. */
    system: boolean
    gasUsed: bigint; gasLimit: bigint
    transfers: TokenTransfer[]
    /** The chain's messenger could not deliver the message the deposit carried (FailedRelayedMessage): it waits there, replayable. */
    relayFailed?: { messenger: Address; msgHash: Hash }
  }
  /** `secondsToFinal`: on chains that make blocks on a clock, how long until the finalized head passes it. */
  TX_NOT_FINAL: TronFacts['TX_NOT_FINAL'] | { blockNumber: bigint; finalizedBlock: bigint; confirmations: bigint; secondsToFinal?: number }
  TX_PENDING: { nonce: number; maxFeePerGas: bigint; maxPriorityFeePerGas: bigint; nextBaseFeePerGas: bigint }
  TX_PENDING_FEE_TOO_LOW: { maxFeePerGas: bigint; nextBaseFeePerGas: bigint; replacement: Replacement }
  TX_PENDING_TIP_TOO_LOW: { maxPriorityFeePerGas: bigint; typicalPriorityFeePerGas: bigint; replacement: Replacement }
  /**
   * `poolUnknown`: the node did not list its pool, so some of `missingNonces` may have been sent and be waiting.
   * Where the fee market was read: the fees a send filling each missing nonce must offer (`fill`: a fee cap of
   * 2 × the next base fee + the typical tip), and the replacement that would stop this one (`replacement`).
   */
  TX_PENDING_NONCE_GAP: {
    nonce: number; nextNonce: number; missingNonces: number[]; poolUnknown?: true
    nextBaseFeePerGas?: bigint
    fill?: { maxFeePerGas: bigint; maxPriorityFeePerGas: bigint }
    replacement?: Replacement
  }
  /** `nextBaseFeePerGas`: a replacement of the blocking transaction must offer a fee cap above it, too. */
  TX_PENDING_QUEUED_BEHIND: { nonce: number; blockingNonce: number; blockingHash?: Hash; nextBaseFeePerGas?: bigint }
  TX_PENDING_INSUFFICIENT_FUNDS: { balance: NativeAmount; required: NativeAmount; shortfall: NativeAmount }
  TX_REPLACED: { nonce: number; replacedBy?: Hash; replacedInBlock?: bigint }
  TX_DROPPED: { nonce: number; nextNonce: number }
  TX_FAILED_REVERTED: TronFacts['TX_FAILED_REVERTED'] | FailureFacts & { selector?: string; errorArgs?: string[]; panicCode?: number }
  TX_FAILED_OUT_OF_ENERGY: TronFacts['TX_FAILED_OUT_OF_ENERGY']
  TX_FAILED_OUT_OF_GAS: { fee: NativeAmount; gasUsed: bigint; gasLimit: bigint; suggestedGasLimit: bigint; reasonSource: 'trace' | 'replay-parent' | 'replay-block' | 'gas' }
  /** `minimumOut` is in units of `token`, the swap's output token (from the router call's path). */
  TX_FAILED_SLIPPAGE: FailureFacts & FailureToken
  TX_FAILED_DEADLINE: FailureFacts
  /**
   * From the decoded error's arguments where it has them (ERC20InsufficientAllowance(spender, allowance, needed),
   * ERC721InsufficientApproval(operator, …), Permit2's InsufficientAllowance(amount) and AllowanceExpired(deadline)).
   * A plain reason string ("ERC20: insufficient allowance") carries none: then only the token is known.
   */
  TX_FAILED_ALLOWANCE: FailureFacts & FailureToken & {
    spender?: Address
    /** txdoctor's registry's name for the spender; absent when it is not a contract txdoctor knows. */
    spenderLabel?: string
    allowance?: bigint; needed?: bigint; expiration?: bigint
  }
  /** From ERC20InsufficientBalance(sender, balance, needed) / ERC1155InsufficientBalance: whose balance, what it held, what was needed. */
  TX_FAILED_BALANCE: FailureFacts & FailureToken & { holder?: Address; held?: bigint; needed?: bigint }
  /** `token`: the contract's address as its chain writes it (0x… on EVM chains, T… on TRON): the words are the same. */
  TX_TOKEN_TO_CONTRACT: { token: string; symbol?: string; amount: bigint; decimals?: number }
  TX_RECIPIENT_NOT_ON_CHAIN: { recipient: Address; chain: ChainRef; codeOnChains: ChainRef[] }
  /** `method`: the call that granted it (`permit`: an EIP-2612 signature, often submitted by someone else). */
  TX_APPROVAL: ApprovalFacts & {
    method: 'approve' | 'increaseAllowance' | 'setApprovalForAll' | 'permit2' | 'permit'
    /** Always known for a transaction: a permit's signer, else the sender. */
    owner: Address
  }
  /**
   * From the signed authorization: the chain it is valid on (0: every chain) and the authority's nonce it used.
   * Whether it is still in place is not read: a later authorization can have replaced or undone it.
   */
  TX_EIP7702_DELEGATION: { authority: Address; delegate: Address; delegateLabel?: string; known: boolean; authorizationChainId: number; authorizationNonce: number }
  /** Another network's transaction: nothing was asked of any node. */
  TX_NON_EVM: NonEvmTransaction
  TX_SCAM_TOKEN: TronFacts['TX_SCAM_TOKEN'] | {
    token: Address
    /** Untrusted. */
    symbol?: string
    /** Untrusted. */
    name?: string
    reasons: ('link' | 'mixed-scripts' | 'imitates-known')[]
    /** The real token whose symbol it copies. */
    imitates?: Address
  }
  TX_ADDRESS_POISONING: TronFacts['TX_ADDRESS_POISONING'] | {
    /** The account whose history now shows the look-alike. */
    victim: Address
    /**
     * `lookalike-to-victim`: the look-alike sent dust to the victim. `victim-to-lookalike`: someone else (`sentBy`)
     * moved 0 or dust "from" the victim to the look-alike — a zero `transferFrom` needs no allowance, a fake token
     * logs anything — so it reads as if the victim had paid the look-alike.
     */
    direction: 'lookalike-to-victim' | 'victim-to-lookalike'
    lookalike: Address
    /** The address the victim really dealt with before, which the look-alike imitates. */
    genuine: Address
    /** 0-based positions over the 40 hex characters after 0x where the two differ (letter case ignored). */
    differsAt: number[]
    /** The transaction's sender. */
    sentBy: Address
    /** The token moved; absent for the native coin. */
    token?: Address
    amount: bigint; decimals?: number; symbol?: string
    /** How many lure transfers this transaction carried (one transaction often poisons many histories). */
    lures: number
    /** Unix seconds of the block that carried it. */
    minedAt?: bigint
  }

  /** `hexAddress`, TRON only: the same address in TRON's hex form, 41 followed by the 20-byte account id. */
  ADDRESS_NON_EVM: { network: NonEvmNetwork; prefix?: string; address: string; hexAddress?: string }
  /**
   * `checksummed`: the same 40 hex digits with the capitals EIP-55 gives them — not confirmed as the address meant.
   * `letters`: how many of the 40 are letters (a–f), the only characters with a case; `caseDiffersAt`: 0-based
   * positions (after 0x) of those typed in the other case. `caseOnlyLikely`: so few differ that a changed letter
   * case is likelier than a changed digit (which would make about half of them differ).
   */
  ADDRESS_BAD_CHECKSUM: { address: string; checksummed: Address; letters: number; caseDiffersAt: number[]; caseOnlyLikely: boolean }
  ADDRESS_ACTIVITY: TronFacts['ADDRESS_ACTIVITY'] | {
    /**
     * `tokens`: symbols (or addresses) of the tokens it holds there, as the contracts name themselves;
     * `holdings`: the same tokens with their amounts.
     */
    chains: { chain: ChainRef; balance: NativeAmount; transactionCount: number; isContract: boolean; tokens: string[]; holdings: TokenAmount[] }[]
  }
  ADDRESS_UNUSED: { checkedChains: ChainRef[] }
  ADDRESS_NOT_ACTIVATED: TronFacts['ADDRESS_NOT_ACTIVATED']
  ADDRESS_NO_ENERGY: TronFacts['ADDRESS_NO_ENERGY']
  ADDRESS_PERMISSION_OTHER_KEYS: TronFacts['ADDRESS_PERMISSION_OTHER_KEYS']
  ADDRESS_IS_CONTRACT: { chains: ChainRef[] }
  ADDRESS_IS_TOKEN: { chain: ChainRef; standard: 'erc20' | 'erc721' | 'erc1155' | 'trc20'; symbol?: string }
  ADDRESS_CONTRACT_NOT_ON_CHAIN: { contractOn: ChainRef[]; missingOn: ChainRef[] }
  /** `estimatedFee` = `transferGas` (a typical token transfer) × `gasPrice` (the node's price when checked, wei). */
  ADDRESS_NO_GAS: { chain: ChainRef; balance: NativeAmount; estimatedFee: NativeAmount; transferGas: bigint; gasPrice: bigint; holdings: TokenAmount[] }
  ADDRESS_PENDING_TXS: { chain: ChainRef; minedNonce: number; pendingNonce: number }
  ADDRESS_EIP7702_DELEGATED: { chain: ChainRef; delegate: Address; delegateLabel?: string; known: boolean }
  ADDRESS_POISONING_SEEN: { chain: ChainRef; lookalikes: { lookalike: Address; genuine: Address; hash: Hash }[] }
  /**
   * The address's standing approvals, checked within the answer's time: how many still hold, the risky ones
   * (warning or danger) worst first, and the chains where the check did not finish (timed out or refused).
   */
  ADDRESS_RISKY_APPROVALS: { approvals: number; risky: RiskyApproval[]; checkedChains: ChainRef[]; notChecked: ChainRef[] }

  APPROVAL_UNLIMITED: ApprovalFacts
  APPROVAL_TO_EOA: ApprovalFacts
  APPROVAL_TO_UNKNOWN_CONTRACT: ApprovalFacts
  APPROVAL_FOR_ALL: ApprovalFacts
  APPROVAL_FLAGGED_SPENDER: ApprovalFacts & { flaggedAs: string }
  APPROVAL_PERMIT2: ApprovalFacts & { expiration: number }
  APPROVALS_NONE_RISKY: { approvals: number; checkedChains: ChainRef[] }

  RPC_HEALTHY: { endpoint: string; chainId: number; head: bigint; latencyMs: number }
  // `inDiagnosis`: met among txdoctor's own nodes while diagnosing, not the node a user asked `txdoctor rpc` about.
  RPC_UNREACHABLE: { endpoint: string; error: string; inDiagnosis?: boolean }
  RPC_WRONG_CHAIN: { endpoint: string; expectedChainId: number; actualChainId: number; inDiagnosis?: boolean }
  RPC_LAGGING: { endpoint: string; blocksBehind: bigint; secondsBehind: number; inDiagnosis?: boolean }
  RPC_RATE_LIMITED: { endpoint: string; retryAfterSeconds?: number; inDiagnosis?: boolean }
  RPC_METHOD_MISSING: { endpoint: string; methods: string[] }
  DIAGNOSIS_PARTIAL: { failed: { what: string; why: string }[] }
}

// A compile-time guarantee that FindingFacts and findingCodes list the same codes.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never
export const factsCoverEveryCode: Same<keyof FindingFacts, FindingCode> = true
