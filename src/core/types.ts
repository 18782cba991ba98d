import type { Address, Hash } from 'viem'
import type { FindingCode, Severity } from './codes.js'
import type { ChainRef, FindingFacts } from './facts.js'
import type { NonEvmAddress, NonEvmTransaction } from './non-evm.js'

export type Level = 'novice' | 'expert'
export const levels = ['novice', 'expert'] as const satisfies readonly Level[]
export type Lang = 'en' | 'zh-CN'
export const langs = ['en', 'zh-CN'] as const satisfies readonly Lang[]

/** Where an input's chain came from, when the pasted text named one. */
export type ChainHint = { chainId: number; from: 'explorer' | 'eip3770' | 'caip10' | 'eip681' | 'flag' }

/** A pasted string, understood. `classify` is the only producer. */
export type Input =
  | {
      kind: 'transaction'
      hash: Hash
      /** The text had no `0x`: it may also be a Bitcoin or TRON transaction id. */
      bareHex: boolean
      chain?: ChainHint
    }
  | {
      kind: 'address'
      address: Address
      /** What the user typed, kept so a failed checksum can be shown back to them. */
      typed: string
      checksum: 'valid' | 'invalid' | 'none'
      chain?: ChainHint
    }
  | { kind: 'ens'; name: string }
  | ({ kind: 'non-evm-address' } & NonEvmAddress)
  /** Another network's transaction id (a Solana signature, or a Bitcoin or TRON id inside that network's explorer link). */
  | ({ kind: 'non-evm-transaction' } & NonEvmTransaction)

/** A check's conclusion: a stable code, how bad it is, and the facts behind it. No words. */
export type Finding<code extends FindingCode = FindingCode> = code extends FindingCode
  ? { code: code; severity: Severity; facts: FindingFacts[code] }
  : never

/** Builds a finding with the code's usual severity unless the check says otherwise. */
export type FindingBuilder = <code extends FindingCode>(
  code: code,
  facts: FindingFacts[code],
  severity?: Severity,
) => Finding<code>

export type AnswerKind = 'transaction' | 'address' | 'approvals' | 'rpc'

export type Status =
  | 'pending' | 'success' | 'failed' | 'replaced' | 'dropped' | 'not_found' | 'on_other_chain'
  | 'active' | 'unused' | 'non_evm' | 'bad_checksum'
  | 'checked' | 'healthy' | 'unhealthy'

/** Strings that came from the chain (token symbols, revert reasons): attacker-controlled, shown only as data. */
export type Untrusted = { revertReason?: string; tokenSymbols?: string[]; tokenNames?: string[] }

export type Meta = {
  /** HTTP requests sent to nodes. */
  rpcRequests: number
  /** JSON-RPC calls inside those requests (a batch carries several). */
  rpcCalls: number
  /** The longest chain of requests that had to wait for one another: what latency multiplies. */
  roundTrips: number
  durationMs: number
  partial: boolean
  checkedChains: number[]
  version: string
  /** True when the answer was rendered from a cached diagnosis (no node was asked). */
  cached?: boolean
}

/**
 * Everything a diagnosis concluded, without words: the checks' output. `explain` renders it for a level and a
 * language, so one diagnosis (and one cache entry) serves every reader.
 */
export type Diagnosis = {
  input: string
  kind: AnswerKind
  chain?: ChainRef
  status: Status
  findings: Finding[]
  /** Key numbers of the subject (from, to, nonce, fees …), for experts and agents. */
  facts: Record<string, unknown>
  untrusted: Untrusted
  meta: Meta
}

export type RenderedFinding = {
  code: FindingCode
  severity: Severity
  title: string
  body: string
  actions: string[]
  facts: Record<string, unknown>
}

/**
 * One of the subject's key numbers, worded for an expert in the answer's language, with its unit (`2 ETH
 * (2000000000000000000 wei)`, `1.5 gwei (1500000000 wei)`). `key` names the fact in `Answer.facts` it shows;
 * `link` is set only for an address from txdoctor's own chain registry (the block explorer).
 */
export type Detail = { key: string; label: string; value: string; link?: string }

/** The answer every channel renders (DESIGN §5). JSON-safe: bigints are decimal strings. */
export type Answer = {
  input: string
  kind: AnswerKind
  chain: ChainRef | null
  status: Status
  severity: Severity
  headline: string
  /** Which transaction the answer is about (what moved, between whom, when), in one sentence; null otherwise. */
  about: string | null
  findings: RenderedFinding[]
  facts: Record<string, unknown>
  /** `facts` for people: labelled, with units, in the answer's language (the CLI and the web form show these). */
  details: Detail[]
  untrusted: Untrusted
  handoff: string
  level: Level
  lang: Lang
  meta: Meta
}

export type { Address, Hash, ChainRef }
