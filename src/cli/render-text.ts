import { addressPairOf, markPair } from '../core/address-diff.js'
import type { Severity } from '../core/codes.js'
import type { Answer } from '../core/types.js'
import { chromeWords } from '../explain/chrome.js'

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


/** Lays an answer out for reading in a terminal: severity in colour and in words, steps numbered, width kept. */
export function renderText(answer: Answer, palette: Palette, width = 88): string {
  const w = chromeWords[answer.lang]
  const lines: string[] = []
  const where = [w.kind[answer.kind], answer.chain ? w.chain(answer.chain.name, answer.chain.id) : undefined, w.status[answer.status]].filter(Boolean).join(' · ')
  lines.push(palette.dim(`txdoctor · ${where}`))
  // Which transaction this is, once, before what happened to it.
  if (answer.about) lines.push(...wrap(answer.about, width))
  lines.push('')
  for (const finding of answer.findings) {
    const tag = palette.severity[finding.severity](palette.bold(`● ${w.severity[finding.severity]}`))
    lines.push(`${tag}  ${palette.bold(finding.title)}`)
    lines.push(...markDifferences(wrap(finding.body, width - 2).map((l) => `  ${l}`), finding.facts, palette))
    if (finding.actions.length) {
      lines.push('', `  ${palette.bold(w.next)}${w.colon.trimEnd()}`)
      finding.actions.forEach((action, i) => {
        const [first = '', ...more] = wrap(action, width - 7)
        lines.push(`   ${i + 1}. ${first}`, ...more.map((l) => `      ${l}`))
      })
    }
    lines.push('')
  }
  if (answer.level === 'expert' && answer.details.length) {
    lines.push(`  ${palette.bold(w.facts)}${w.colon.trimEnd()}`)
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
    // Chinese typesetting: a closing mark never starts a line (it may overhang), an opening one never ends one.
    if (line && displayWidth(line) + displayWidth(token) > width && !(closingMark.test(token) && displayWidth(token) <= 2)) {
      const opening = openingMarkAtEnd.exec(line)?.[0] ?? ''
      lines.push(line.slice(0, line.length - opening.length).trimEnd())
      line = opening
    }
    line += token
  }
  if (line.trim()) lines.push(line.trimEnd())
  return lines
}

const closingMark = /^[。，、；：！？）」』】〉》”’％,.;:!?)\]]/
const openingMarkAtEnd = /[（「『【〈《“‘(]+$/

/** CJK characters take two terminal columns. */
const displayWidth = (text: string) => [...text].reduce((n, ch) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0)
