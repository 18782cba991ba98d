import type { Severity } from '../core/codes.js'
import type { Answer, Lang } from '../core/types.js'

type Paint = (text: string) => string
export type Palette = { severity: Record<Severity, Paint>; bold: Paint; dim: Paint }

const ansi = (open: number, close: number): Paint => (text) => `\u001b[${open}m${text}\u001b[${close}m`
export const colorPalette: Palette = {
  severity: { ok: ansi(32, 39), info: ansi(36, 39), warning: ansi(33, 39), danger: ansi(31, 39) },
  bold: ansi(1, 22),
  dim: ansi(2, 22),
}
const plain: Paint = (text) => text
export const plainPalette: Palette = { severity: { ok: plain, info: plain, warning: plain, danger: plain }, bold: plain, dim: plain }

const words = {
  en: {
    severity: { ok: 'OK', info: 'INFO', warning: 'WARNING', danger: 'DANGER' },
    next: 'What to do',
    facts: 'Details',
    checked: (n: number) => `checked ${n} chain${n === 1 ? '' : 's'}`,
    requests: (n: number, trips: number) => `${n} node request${n === 1 ? '' : 's'}, ${trips} round trip${trips === 1 ? '' : 's'}`,
    partial: 'incomplete: some chains did not answer',
    handoff: 'To ask a person for help, run again with --handoff and paste the result.',
  },
  'zh-CN': {
    severity: { ok: '正常', info: '提示', warning: '警告', danger: '危险' },
    next: '下一步',
    facts: '详细数据',
    checked: (n: number) => `检查了 ${n} 条链`,
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
  lines.push(palette.dim(`txdoctor · ${where}`), '')
  for (const finding of answer.findings) {
    const tag = palette.severity[finding.severity](palette.bold(`● ${w.severity[finding.severity]}`))
    lines.push(`${tag}  ${palette.bold(finding.title)}`)
    lines.push(...wrap(finding.body, width - 2).map((l) => `  ${l}`))
    if (finding.actions.length) {
      lines.push('', `  ${palette.bold(w.next)}:`)
      finding.actions.forEach((action, i) => {
        const [first = '', ...more] = wrap(action, width - 7)
        lines.push(`   ${i + 1}. ${first}`, ...more.map((l) => `      ${l}`))
      })
    }
    lines.push('')
  }
  if (answer.level === 'expert') {
    const facts = Object.entries(answer.facts).filter(([, v]) => v !== undefined && v !== null)
    if (facts.length) {
      lines.push(`  ${palette.bold(w.facts)}:`)
      for (const [key, value] of facts) lines.push(...factLines(key, value))
      lines.push('')
    }
  }
  const { meta } = answer
  const footer = [w.checked(meta.checkedChains.length), w.requests(meta.rpcRequests, meta.roundTrips), `${meta.durationMs} ms`, `txdoctor ${meta.version}`]
  if (meta.partial) footer.unshift(palette.severity.warning(w.partial))
  lines.push(palette.dim(footer.join(' · ')))
  if (answer.level === 'novice' && answer.severity !== 'ok') lines.push(palette.dim(w.handoff))
  return `${lines.join('\n')}\n`
}

/** One line per fact; a list of approvals gets a line each, in the order a support engineer reads them. */
function factLines(key: string, value: unknown): string[] {
  if (key === 'approvals' && Array.isArray(value)) {
    return [
      `    approvals (${value.length}):`,
      ...(value as ApprovalRow[]).map(
        (a) =>
          `      ${a.chain.name} · ${a.symbol ?? a.token} · ${a.spenderLabel ?? a.spender} · ${a.amount}` +
          ` · granted in block ${a.grantedIn.blockNumber} · revoke: ${a.revoke}`,
      ),
    ]
  }
  return [`    ${key}: ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`]
}

type ApprovalRow = { chain: { name: string }; symbol?: string; token: string; spenderLabel?: string; spender: string; amount: string; grantedIn: { blockNumber: string }; revoke: string }

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
