import type { Diagnosis, Finding, Lang } from '../core/types.js'

const labels = {
  en: { title: 'txdoctor report', chain: 'chain', status: 'status', findings: 'findings', facts: 'key facts', checked: 'checked at' },
  'zh-CN': { title: 'txdoctor 诊断报告', chain: '链', status: '状态', findings: '发现', facts: '关键数据', checked: '检查时间' },
} as const

/**
 * A compact, plain-text summary a user can paste to a human support agent: the full input (agents need the whole
 * hash), the chain, the status, every code, and the scalar facts of the most important finding.
 */
export function handoff(diagnosis: Diagnosis, ordered: Finding[], lang: Lang, now = new Date()): string {
  const l = labels[lang]
  const lines = [
    `${l.title} (v${diagnosis.meta.version})`,
    `${diagnosis.kind}: ${diagnosis.input}`,
    diagnosis.chain ? `${l.chain}: ${diagnosis.chain.name} (${diagnosis.chain.id})` : undefined,
    `${l.status}: ${diagnosis.status}`,
    `${l.findings}: ${ordered.map((f) => `${f.code} [${f.severity}]`).join(', ')}`,
  ]
  const facts = scalarFacts(ordered[0]?.facts)
  if (facts.length) lines.push(`${l.facts}: ${facts.join('; ')}`)
  lines.push(`${l.checked}: ${now.toISOString()}`)
  return lines.filter((line) => line !== undefined).join('\n')
}

/** Flattens one level of nesting (`replacement.maxFeePerGas=…`); lists and on-chain strings stay out. */
function scalarFacts(facts: object | undefined, prefix = ''): string[] {
  if (!facts) return []
  return Object.entries(facts).flatMap(([key, value]) => {
    if (typeof value === 'bigint' || typeof value === 'number' || typeof value === 'boolean') return [`${prefix}${key}=${value}`]
    if (typeof value === 'string' && /^0x[0-9a-fA-F]+$|^[A-Za-z0-9:_-]{1,64}$/.test(value) && key !== 'symbol' && key !== 'reason')
      return [`${prefix}${key}=${value}`]
    if (value && typeof value === 'object' && !Array.isArray(value) && !prefix) {
      if ('value' in value && 'symbol' in value && 'decimals' in value) return [`${key}=${String(value.value)} (${value.decimals} decimals)`]
      if ('id' in value && 'name' in value) return [`${key}=${String(value.id)}`]
      return scalarFacts(value, `${key}.`)
    }
    return []
  })
}
