import { describe, expect, test } from 'vitest'
import { renderText, plainPalette, wrap } from '../../src/cli/render-text.js'
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

describe('the CLI header and wrapping', () => {
  test('the header speaks the reader’s language: no English kind or status in a Chinese answer, no raw status codes', () => {
    const header = (lang: Lang) => renderText(explain(diagnosis, { level: 'novice', lang }), plainPalette).split('\n')[0]
    expect(header('en')).toBe('txdoctor · transaction · Ethereum (1) · not found')
    expect(header('zh-CN')).toBe('txdoctor · 交易 · Ethereum（1） · 未找到')
  })

  test('a Chinese closing mark never starts a line, an opening one never ends one; English wraps at spaces', () => {
    const lines = wrap('这是一笔授权：钱包 0x15d3…6A65 允许 0xa0Ee…9720 花费任意数量的 «TUSD»，于 2026-11-24 05:38（世界协调时间）完成。', 38)
    expect(lines.every((l) => !/^[。，、）」]/.test(l) && !/[（「]$/.test(l))).toBe(true)
    expect(lines.join(' ').replace(/\s+/g, '')).toBe('这是一笔授权：钱包 0x15d3…6A65 允许 0xa0Ee…9720 花费任意数量的 «TUSD»，于 2026-11-24 05:38（世界协调时间）完成。'.replace(/\s+/g, ''))
    for (let width = 20; width < 60; width++) {
      const wrapped = wrap('撤销一个已知的诈骗地址（0xa0Ee…9720）对 «TUSD» 的授权。它在完成。', width)
      expect(wrapped.some((l) => /^[。，）]/.test(l) || /（$/.test(l))).toBe(false)
    }
    expect(wrap('one two three four', 9)).toEqual(['one two', 'three', 'four'])
  })
})
