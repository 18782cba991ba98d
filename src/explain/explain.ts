import { severityRank, type Severity } from '../core/codes.js'
import { toJsonSafe } from '../core/json.js'
import type { Answer, Diagnosis, Finding, Lang, Level, RenderedFinding } from '../core/types.js'
import { about } from './about.js'
import type { LocaleCatalog, Text, TronCatalog } from './catalog-types.js'
import { catalogEn } from './en/index.js'
import { details } from './details.js'
import { formatter } from './format.js'
import { handoff } from './handoff.js'
import { catalogZh } from './zh-CN/index.js'
import { tronEn } from './en/tron.js'
import { tronZh } from './zh-CN/tron.js'
import { en } from './en/common.js'
import { zh } from './zh-CN/common.js'
import { wholeAddresses } from './whole-addresses.js'

/** The all-clear action of each language (dropped from answers that carry a warning or a danger). */
const allClearActions: Record<Lang, string> = { en: en.nothingToDo, 'zh-CN': zh.nothingToDo }

export const catalogs: Record<Lang, LocaleCatalog> = { en: catalogEn, 'zh-CN': catalogZh }
/** TRON's words, for findings whose facts are marked `network: 'tron'` (and the codes only TRON makes). */
export const tronCatalogs: Record<Lang, TronCatalog> = { en: tronEn, 'zh-CN': tronZh }

export type ExplainOptions = {
  level: Level
  lang: Lang
  /** Addresses shown in full wherever this answer names them (see `wholeAddresses`). */
  whole?: ReadonlySet<string>
}


/**
 * Problems (warning, danger) come first, worst first; calm findings (ok, info) keep the order the checks gave
 * them, so "it went through" stays ahead of "it is very recent". Findings about the service itself (a node
 * skipped, a chain that did not answer) come last: the headline is about the user's transfer.
 */
const isServiceFinding = (f: Pick<Finding, 'code'>) => f.code.startsWith('RPC_') || f.code === 'DIAGNOSIS_PARTIAL'
const orderRank = (f: Finding) => (isServiceFinding(f) ? -1 : Math.max(severityRank(f.severity), severityRank('info')))

/** Words for one finding, from the catalog. */
export function describe(finding: Finding, options: ExplainOptions): Text {
  const { level, lang } = options
  const tron = tronCatalogs[lang] as Partial<Record<Finding['code'], TronCatalog[keyof TronCatalog]>>
  // TRON's facts are marked `network: 'tron'`; ADDRESS_NON_EVM's TRON address is marked so too, and stays with the EVM words.
  const onTron = (finding.facts as { network?: unknown }).network === 'tron' && tron[finding.code] !== undefined
  const words = onTron ? tron[finding.code] : catalogs[lang][finding.code as keyof LocaleCatalog]
  const template = words![level] as (facts: unknown, f: ReturnType<typeof formatter>) => Text
  return template(finding.facts, formatter(lang, { whole: options.whole }))
}

export function renderFinding(finding: Finding, options: ExplainOptions): RenderedFinding {
  return { code: finding.code, severity: finding.severity, ...describe(finding, options), facts: toJsonSafe(finding.facts) as Record<string, unknown> }
}

/**
 * The hand-off opens with the novice words of the most important finding, whatever level the answer is at, and
 * the novice sentence saying which transaction it is.
 */
const lead = (diagnosis: Diagnosis, first: Finding | undefined, lang: Lang, allClear: string | undefined) => {
  const text = first && describe(first, { level: 'novice', lang })
  const subject = about(diagnosis, { level: 'novice', lang })
  return text && { title: text.title, actions: text.actions.filter((a) => a !== allClear), ...(subject ? { about: subject } : {}) }
}

/**
 * Turns a diagnosis into the answer object every channel shows (DESIGN §5): findings most severe first, a
 * one-sentence headline, a hand-off text for a human agent. The only place that chooses words.
 *
 * @example explain(diagnosis, { level: 'novice', lang: 'zh-CN' }).headline
 */
export function explain(diagnosis: Diagnosis, asked: ExplainOptions): Answer {
  const options = { ...asked, whole: wholeAddresses(diagnosis.findings) }
  const ordered = [...diagnosis.findings].sort((a, b) => orderRank(b) - orderRank(a))
  const troubled = ordered.some((f) => !isServiceFinding(f) && severityRank(f.severity) >= severityRank('warning'))
  // One story: beside a warning or a danger, no card says there is nothing more to do.
  const allClear = troubled ? allClearActions[options.lang] : undefined
  // Beside a danger, the calm cards (it went through, it is recent) keep their facts but give no advice of their
  // own: "ask the receiver to add the token" beside a fake transfer would help the scam.
  const endangered = ordered.some((f) => !isServiceFinding(f) && f.severity === 'danger')
  const calm = (f: RenderedFinding) => !isServiceFinding(f) && severityRank(f.severity) <= severityRank('info')
  // And beside a warning or a danger, "it went through" is information, not an all-clear: no card reads OK.
  const findings = ordered
    .map((f) => renderFinding(f, options))
    .map((f) => (troubled && f.severity === 'ok' ? { ...f, severity: 'info' as const } : f))
    .map((f) => (endangered && calm(f) ? { ...f, actions: [] } : allClear ? { ...f, actions: f.actions.filter((a) => a !== allClear) } : f))
  const subject = ordered.some((f) => !isServiceFinding(f)) ? ordered.filter((f) => !isServiceFinding(f)) : ordered
  const severity = subject.reduce<Severity>((worst, f) => (severityRank(f.severity) > severityRank(worst) ? f.severity : worst), 'ok')
  return {
    input: diagnosis.input,
    kind: diagnosis.kind,
    chain: diagnosis.chain ?? null,
    status: diagnosis.status,
    severity,
    headline: findings[0]?.title ?? '',
    about: about(diagnosis, options),
    findings,
    facts: toJsonSafe(diagnosis.facts) as Record<string, unknown>,
    details: details(diagnosis, options.lang),
    untrusted: diagnosis.untrusted,
    handoff: handoff(diagnosis, ordered, options.lang, lead(diagnosis, ordered[0], options.lang, allClear)),
    level: options.level,
    lang: options.lang,
    meta: diagnosis.meta,
  }
}
