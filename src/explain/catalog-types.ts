/**
 * The message catalog: for every finding code, novice and expert words in each language (./en, ./zh-CN).
 *
 * The safety rule every action obeys, at both levels and in both languages (test/unit/catalog.test.ts checks it):
 * 1. No action may lead a user to send the same value twice. Where a waiting transfer can still go through later
 *    (pending, queued behind a gap, not found yet), the words say so, say not to send it again, and say how to
 *    stop it if it is no longer wanted.
 * 2. No action treats a failed transfer as if it were pending: nothing "Speed up" or "Cancel" for a failure.
 * 3. No action asks for, or leads anyone to, a secret: a recovery phrase or a private key is mentioned only to
 *    say that real support never asks for it, or that a wallet which may be known to a thief is replaced by one with
 *    a new recovery phrase (never another account under the same phrase, which shares its risk).
 * 4. One story: an all-clear ("nothing more to do") never stands beside a warning or a danger (explain() drops it).
 */
import type { FindingCode, Severity } from '../core/codes.js'
import type { FindingFacts } from '../core/facts.js'
import type { AnswerKind, Status } from '../core/types.js'
import type { Formatter } from './format.js'

/** What a reader sees of one finding. */
export type Text = { title: string; body: string; actions: string[] }

type OnTron = { network: 'tron' }

/** A code's facts as EVM checks make them (TRON's variants, marked `network: 'tron'`, are worded in ./{en,zh-CN}/tron.ts). */
export type EvmFacts<code extends FindingCode> = Exclude<FindingFacts[code], OnTron>
/** A code's facts as TRON checks make them. */
export type TronFactsOf<code extends FindingCode> = Extract<FindingFacts[code], OnTron>

/** Codes an EVM check makes, and codes a TRON check makes (some are both: success, revert, poisoning …). */
export type EvmCode = { [code in FindingCode]: [EvmFacts<code>] extends [never] ? never : code }[FindingCode]
export type TronCode = { [code in FindingCode]: [TronFactsOf<code>] extends [never] ? never : code }[FindingCode]

export type Template<code extends FindingCode> = (facts: EvmFacts<code>, f: Formatter) => Text

export type LevelTemplates<code extends FindingCode> = { novice: Template<code>; expert: Template<code> }

/** The type-level guarantee: a language's catalog has both levels for every code, or it does not compile. */
export type LocaleCatalog = { [code in EvmCode]: LevelTemplates<code> }

/** One part of a catalog, for the codes whose names start with `prefix`. */
export type CatalogPart<codes extends EvmCode> = { [code in codes]: LevelTemplates<code> }

/** TRON's words: both levels for every code a TRON check makes, for its TRON facts. */
export type TronCatalog = { [code in TronCode]: { novice: (facts: TronFactsOf<code>, f: Formatter) => Text; expert: (facts: TronFactsOf<code>, f: Formatter) => Text } }

/** Another network's transaction: its words sit in ./{en,zh-CN}/non-evm.ts, not with the EVM transaction's. */
export type NonEvmTxCode = 'TX_NON_EVM'
export type TxCode = Exclude<Extract<EvmCode, `TX_${string}`>, NonEvmTxCode>
export type AddressCode = Extract<EvmCode, `ADDRESS_${string}`>
export type ApprovalCode = Extract<FindingCode, `APPROVAL${string}`>
export type ServiceCode = Extract<FindingCode, `RPC_${string}` | 'DIAGNOSIS_PARTIAL'>

/**
 * The words around the findings — severity tags, section names, the header's kind and status, the footer — for
 * the renderers that lay answers out (the CLI today). Written here, with the catalog, so a Chinese answer has no
 * English label left in its frame.
 */
export type ChromeWords = {
  severity: Record<Severity, string>
  kind: Record<AnswerKind, string>
  status: Record<Status, string>
  /** A network in the header: its name and chain id. */
  chain: (name: string, id: number) => string
  next: string
  facts: string
  colon: string
  checked: (networks: number) => string
  answered: (ms: number) => string
  saved: string
  requests: (requests: number, roundTrips: number) => string
  partial: string
  handoff: string
}
