import type { Answer } from './core/types.js'

export type Channel = 'api' | 'web' | 'mcp' | 'cli'

type Hour = { hour: string; answers: number; channels: Record<string, number>; codes: Record<string, number>; chains: Record<string, number>; kinds: Record<string, number> }

/** Hours of counts kept: two days, so "the busy hours" covers yesterday too. */
const hoursKept = 48

/**
 * What users ask about, counted per hour — which finding codes, channels and chains — and nothing that
 * identifies anyone: no addresses, no hashes, no inputs. Bounded memory (48 hours × a few hundred keys).
 */
export class UsageCounters {
  private readonly hours: Hour[] = []

  record(answer: Answer, channel: Channel, now = new Date()): void {
    const hour = now.toISOString().slice(0, 13) + ':00Z'
    let bucket = this.hours.at(-1)
    if (bucket?.hour !== hour) {
      bucket = { hour, answers: 0, channels: {}, codes: {}, chains: {}, kinds: {} }
      this.hours.push(bucket)
      if (this.hours.length > hoursKept) this.hours.shift()
    }
    bucket.answers += 1
    bump(bucket.channels, channel)
    bump(bucket.kinds, answer.kind)
    if (answer.chain) bump(bucket.chains, String(answer.chain.id))
    for (const f of answer.findings) bump(bucket.codes, f.code)
  }

  snapshot(): { hours: Hour[] } {
    return { hours: this.hours.map((h) => structuredClone(h)) }
  }

  /** Prometheus text exposition: totals over the hours kept. */
  prometheus(): string {
    const totals = { channels: {} as Record<string, number>, codes: {} as Record<string, number>, chains: {} as Record<string, number> }
    for (const h of this.hours) for (const key of ['channels', 'codes', 'chains'] as const) for (const [k, v] of Object.entries(h[key])) totals[key][k] = (totals[key][k] ?? 0) + v
    const lines = [
      '# HELP txdoctor_answers_total Answers given, by channel.',
      '# TYPE txdoctor_answers_total counter',
      ...Object.entries(totals.channels).map(([k, v]) => `txdoctor_answers_total{channel="${k}"} ${v}`),
      '# HELP txdoctor_findings_total Findings reported, by code.',
      '# TYPE txdoctor_findings_total counter',
      ...Object.entries(totals.codes).map(([k, v]) => `txdoctor_findings_total{code="${k}"} ${v}`),
      '# HELP txdoctor_chain_answers_total Answers about a chain, by chain id.',
      '# TYPE txdoctor_chain_answers_total counter',
      ...Object.entries(totals.chains).map(([k, v]) => `txdoctor_chain_answers_total{chain="${k}"} ${v}`),
    ]
    return `${lines.join('\n')}\n`
  }
}

const bump = (counts: Record<string, number>, key: string) => void (counts[key] = (counts[key] ?? 0) + 1)
