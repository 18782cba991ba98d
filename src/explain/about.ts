import type { TxSubject } from '../core/facts.js'
import type { Diagnosis, Lang, Level } from '../core/types.js'
import type { TronTxRef } from '../core/tron-facts.js'
import { aboutView, approvalsAboutView, tronAboutView, type AboutWords, type ApprovalsAboutWords, type TronAboutWords } from './about-view.js'
import { aboutEn, approvalsAboutEn } from './en/about.js'
import { tronAboutEn } from './en/about-tron.js'
import { tronAboutZh } from './zh-CN/about-tron.js'
import { formatter } from './format.js'
import { wholeAddresses } from './whole-addresses.js'
import { aboutZh, approvalsAboutZh } from './zh-CN/about.js'

const words: Record<Lang, AboutWords> = { en: aboutEn, 'zh-CN': aboutZh }
const approvalsWords: Record<Lang, ApprovalsAboutWords> = { en: approvalsAboutEn, 'zh-CN': approvalsAboutZh }
const tronWords: Record<Lang, TronAboutWords> = { en: tronAboutEn, 'zh-CN': tronAboutZh }

/**
 * One sentence saying which transaction an answer is about — what it moved or allowed, from and to whom, when —
 * so its owner recognises it — or, for an approvals check, whose permissions were read; null when there is nothing to
 * describe (an address, a hash not found). Every channel shows it once, under the headline.
 *
 * @example about(diagnosis, { level: 'novice', lang: 'en' }) // 'This is a transfer of 250 «TUSD» from 0xf39F…2266 to …'
 */
export function about(diagnosis: Diagnosis, { level, lang, whole }: { level: Level; lang: Lang; whole?: ReadonlySet<string> }): string | null {
  // An approvals check says whose permissions, on how many networks, how many still hold.
  const approvals = diagnosis.kind === 'approvals' ? approvalsAboutView(diagnosis.facts) : undefined
  if (approvals) return approvalsWords[lang][level](approvals, formatter(lang))
  // A look-alike is never shortened, whoever asks (the hand-off's lead too).
  const f = formatter(lang, { whole: new Set([...(whole ?? []), ...wholeAddresses(diagnosis.findings)]) })
  const lure = diagnosis.findings.find((x) => x.code === 'TX_ADDRESS_POISONING')
  // A TRON transaction: its checks put what it was in `facts.tron`.
  const tron = diagnosis.kind === 'transaction' ? tronRefOf(diagnosis.facts.tron) : undefined
  const solidified = (diagnosis.status === 'success' || diagnosis.status === 'failed') && !diagnosis.meta.partial && !diagnosis.findings.some((x) => x.code === 'TX_NOT_FINAL')
  if (tron) return tronWords[lang][level](tronAboutView(tron, diagnosis.status, f, lure?.code === 'TX_ADDRESS_POISONING' && 'network' in lure.facts ? lure.facts : undefined, solidified), f)
  const subject = diagnosis.kind === 'transaction' ? subjectOf(diagnosis.facts.subject) : undefined
  if (!subject) return null
  return words[lang][level](subject, aboutView(subject, f, lure?.code === 'TX_ADDRESS_POISONING' && !('network' in lure.facts) ? lure.facts : undefined), f)
}

/** The subject as the checks wrote it; a diagnosis cached before it existed has none. */
function subjectOf(value: unknown): TxSubject | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const subject = value as Partial<TxSubject>
  return typeof subject.action?.kind === 'string' && typeof subject.from === 'string' && typeof subject.state === 'string' ? (subject as TxSubject) : undefined
}

/** A TRON transaction as the checks wrote it: enough to name it (its id). */
function tronRefOf(value: unknown): TronTxRef | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const ref = value as Partial<TronTxRef>
  return ref.network === 'tron' && typeof ref.id === 'string' ? (ref as TronTxRef) : undefined
}
