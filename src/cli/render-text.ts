import { addressPairOf, markPair } from '../core/address-diff.js'
import type { Severity } from '../core/codes.js'
import type { Answer, Lang } from '../core/types.js'
import { answerSeconds } from '../explain/format.js'

type Paint = (text: string) => string
/** `underline` only where the terminal can show it; without it, differing characters get a caret line. */
export type Palette = { severity: Record<Severity, Paint>; bold: Paint; dim: Paint; underline?: Paint }

const ansi = (open: number, close: number): Paint => (text) => `\u001b[${open}m${text}\u001b[${close}m`
export const colorPalette: Palette = {
  severity: { ok: ansi(32, 39), info: ansi(36, 39), warning: ansi(33, 39), danger: ansi(31, 39) },
  bold: ansi(1, 22),
  dim: ansi(2, 22),
  underline: ansi(4, 24),
}
const plain: Paint = (text) => text
export const plainPalette: Palette = { severity: { ok: plain, info: plain, warning: plain, danger: plain }, bold: plain, dim: plain }

const words = {
  en: {
    severity: { ok: 'OK', info: 'INFO', warning: 'WARNING', danger: 'DANGER' },
    next: 'What to do',
    facts: 'Details',
    colon: ': ',
    checked: (n: number) => `checked ${n} network${n === 1 ? '' : 's'}`,
    answered: (ms: number) => `answered in ${answerSeconds(ms)} s`,
    saved: 'saved answer',
    requests: (n: number, trips: number) => `${n} node request${n === 1 ? '' : 's'}, ${trips} round trip${trips === 1 ? '' : 's'}`,
    partial: 'incomplete: some chains did not answer',
    handoff: 'To ask a person for help, run again with --handoff and paste the result.',
  },
  'zh-CN': {
    severity: { ok: '正常', info: '提示', warning: '警告', danger: '危险' },
    next: '下一步',
    facts: '详细数据',
    colon: '：',
    checked: (n: number) => `检查了 ${n} 个网络`,
    answered: (ms: number) => `用时 ${answerSeconds(ms)} 秒`,
    saved: '已保存的答案',
    requests: (n: number, trips: number) => `${n} 次节点请求，${trips} 个往返`,
    partial: '不完整：部分链没有回应',
    handoff: '如需向人工客服求助，请加上 --handoff 重新运行，并粘贴输出结果。',
  },
} satisfies Record<Lang, unknown>

/** Lays an answer out for reading in a terminal: severity in colour and in words, steps numbered, width kept. */
export function renderText(answer: Answer, palette: Palette, width = 88): string {
  const w = words[answer.lang]
  const lines: string[] = []
  const where = [answer.kind, answer.chain ? `${answer.chain.name} (${answer.chain.id})` : undefined, answer.status].filter(Boolean).join(' · ')
  lines.push(palette.dim(`txdoctor · ${where}`))
  // Which transaction this is, once, before what happened to it.
  if (answer.about) lines.push(...wrap(answer.about, width))
  lines.push('')
  for (const finding of answer.findings) {
    const tag = palette.severity[finding.severity](palette.bold(`● ${w.severity[finding.severity]}`))
    lines.push(`${tag}  ${palette.bold(finding.title)}`)
    lines.push(...markDifferences(wrap(finding.body, width - 2).map((l) => `  ${l}`), finding.facts, palette))
    if (finding.actions.length) {
      lines.push('', `  ${palette.bold(w.next)}:`)
      finding.actions.forEach((action, i) => {
        const [first = '', ...more] = wrap(action, width - 7)
        lines.push(`   ${i + 1}. ${first}`, ...more.map((l) => `      ${l}`))
      })
    }
    lines.push('')
  }
  if (answer.level === 'expert' && answer.details.length) {
    lines.push(`  ${palette.bold(w.facts)}:`)
    for (const detail of answer.details) lines.push(...factLines(detail, w.colon))
    lines.push('')
  }
  const { meta } = answer
  // As the web form's: how many networks, how long (or a saved answer); the node counts are for experts.
  const footer = [
    ...(meta.checkedChains.length ? [w.checked(meta.checkedChains.length)] : []),
    meta.cached ? w.saved : w.answered(meta.durationMs),
    ...(answer.level === 'expert' ? [w.requests(meta.rpcRequests, meta.roundTrips), `txdoctor ${meta.version}`] : []),
  ]
  if (meta.partial) footer.unshift(palette.severity.warning(w.partial))
  lines.push(palette.dim(footer.join(' · ')))
  if (answer.level === 'novice' && answer.severity !== 'ok') lines.push(palette.dim(w.handoff))
  return `${lines.join('\n')}\n`
}

/**
 * One line per detail (explain/details.ts made its words and units); a list's items (approvals, holdings) are one
 * detail each. Not wrapped: a line holds hashes and calls an engineer copies whole.
 */
function factLines({ label, value }: Answer['details'][number], colon: string): string[] {
  return [`    ${label}${colon}${value}`]
}

/**
 * Where a finding compares two addresses (poisoning), the characters that differ are underlined, or, without
 * colour, pointed at by a caret line under each line that shows them. The positions come from the facts.
 */
function markDifferences(lines: string[], facts: Record<string, unknown>, palette: Palette): string[] {
  const pair = addressPairOf(facts)
  if (!pair) return lines
  return lines.flatMap((line) => {
    const segments = markPair(line, pair)
    if (!segments.some((s) => s.differs)) return [line]
    const { underline } = palette
    if (underline) return [segments.map((s) => (s.differs ? underline(s.text) : s.text)).join('')]
    return [line, segments.map((s) => (s.differs ? '^'.repeat(s.text.length) : ' '.repeat(displayWidth(s.text)))).join('').trimEnd()]
  })
}

/** Wraps at spaces (and between CJK characters, which have none). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const token of text.match(/[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+|\s+/g) ?? []) {
    if (/^\s+$/.test(token)) {
      if (line) line += ' '
      continue
    }
    const cjk = /[\u3000-\u9fff\uff00-\uffef]/.test(token)
    const size = displayWidth(line) + displayWidth(token)
    if (line && size > width) {
      lines.push(line.trimEnd())
      line = ''
    }
    line += token
    if (cjk) continue
  }
  if (line.trim()) lines.push(line.trimEnd())
  return lines
}

/** CJK characters take two terminal columns. */
const displayWidth = (text: string) => [...text].reduce((n, ch) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0)
