import type { Severity } from '../core/codes.js'
import type { AnswerKind, Lang, Status } from '../core/types.js'
import { chromeEn } from './en/chrome.js'
import { chromeZh } from './zh-CN/chrome.js'

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

export const chromeWords: Record<Lang, ChromeWords> = { en: chromeEn, 'zh-CN': chromeZh }
