import type { FindingCode } from '../core/codes.js'
import type { FindingFacts } from '../core/facts.js'
import type { Formatter } from './format.js'

/** What a reader sees of one finding. */
export type Text = { title: string; body: string; actions: string[] }

export type Template<code extends FindingCode> = (facts: FindingFacts[code], f: Formatter) => Text

export type LevelTemplates<code extends FindingCode> = { novice: Template<code>; expert: Template<code> }

/** The type-level guarantee: a language's catalog has both levels for every code, or it does not compile. */
export type LocaleCatalog = { [code in FindingCode]: LevelTemplates<code> }

/** One part of a catalog, for the codes whose names start with `prefix`. */
export type CatalogPart<codes extends FindingCode> = { [code in codes]: LevelTemplates<code> }

export type TxCode = Extract<FindingCode, `TX_${string}`>
export type AddressCode = Extract<FindingCode, `ADDRESS_${string}`>
export type ApprovalCode = Extract<FindingCode, `APPROVAL${string}`>
export type ServiceCode = Extract<FindingCode, `RPC_${string}` | 'DIAGNOSIS_PARTIAL'>
