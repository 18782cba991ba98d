import { describe, expect, test } from 'vitest'
import { renderText, plainPalette } from '../../src/cli/render-text.js'
import { finding } from '../../src/core/finding.js'
import type { Diagnosis, Lang, Level } from '../../src/core/types.js'
import { explain } from '../../src/explain/explain.js'
import { findingExamples } from '../../src/explain/examples.js'

/** The CLI's last line reads like the web form's: networks checked and time taken; node counts for experts only. */
const diagnosis: Diagnosis = {
  input: '0x9fc76417374aa880d4449a1f7f31ec597f00b1f6f3dd2d66f4c9c6c445836d8b',
  kind: 'transaction',
  chain: { id: 1, name: 'Ethereum' },
  status: 'not_found',
  findings: [finding('TX_NOT_FOUND', findingExamples.TX_NOT_FOUND)],
  facts: {},
  untrusted: {},
  meta: { rpcRequests: 3, rpcCalls: 5, roundTrips: 2, durationMs: 412, partial: false, checkedChains: [1, 8453], version: '0.1.0' },
}

const footerOf = (level: Level, lang: Lang, meta: Partial<Diagnosis['meta']> = {}) => {
  const lines = renderText(explain({ ...diagnosis, meta: { ...diagnosis.meta, ...meta } }, { level, lang }), plainPalette).trimEnd().split('\n')
  return lines.find((line) => /answered in|saved answer|用时|已保存/.test(line))
}

describe('the CLI footer', () => {
  test.each([
    ['novice', 'en', 'checked 2 networks · answered in 0.41 s'],
    ['expert', 'en', 'checked 2 networks · answered in 0.41 s · 3 node requests, 2 round trips · txdoctor 0.1.0'],
    ['novice', 'zh-CN', '检查了 2 个网络 · 用时 0.41 秒'],
    ['expert', 'zh-CN', '检查了 2 个网络 · 用时 0.41 秒 · 3 次节点请求，2 个往返 · txdoctor 0.1.0'],
  ] as const)('%s, %s', (level, lang, expected) => {
    expect(footerOf(level, lang)).toBe(expected)
  })

  test('a saved answer says so, not "0 node requests · 0 ms"', () => {
    expect(footerOf('novice', 'en', { cached: true, durationMs: 0, rpcRequests: 0, roundTrips: 0 })).toBe('checked 2 networks · saved answer')
  })

  test('an answer that needed no network (another network’s transaction) does not say "checked 0"', () => {
    expect(footerOf('novice', 'en', { checkedChains: [], durationMs: 2 })).toBe('answered in < 0.01 s')
  })
})
