/** The CLI marks where a look-alike address differs from the real one: carets without colour, underline with. */
import { describe, expect, test } from 'vitest'
import { colorPalette, plainPalette, renderText } from '../../src/cli/render-text.js'
import { differingPositions } from '../../src/core/address-diff.js'
import { finding } from '../../src/core/finding.js'
import { langs, levels, type Diagnosis } from '../../src/core/types.js'
import { explain } from '../../src/explain/explain.js'
import { findingExamples } from '../../src/explain/examples.js'

// The demo's pair: only these characters differ, the rest (start, end, and zeros by chance) match.
const genuine = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8'
const lookalike = '0x70990000000000000000000000000000000079c8'
const facts = { ...findingExamples.TX_ADDRESS_POISONING, genuine, lookalike, differsAt: differingPositions(genuine, lookalike) } as const
const diagnosis: Diagnosis = {
  input: `0x${'ab'.repeat(32)}`,
  kind: 'transaction',
  chain: { id: 1, name: 'Ethereum' },
  status: 'success',
  findings: [finding('TX_ADDRESS_POISONING', facts)],
  facts: {},
  untrusted: {},
  meta: { rpcRequests: 1, rpcCalls: 1, roundTrips: 1, durationMs: 1, partial: false, checkedChains: [1], version: '0.1.0' },
}
const views = langs.flatMap((lang) => levels.map((level) => ({ lang, level })))
// Where the carets of one address go, relative to its "0x": one per differing character.
const caretsOf = (line: string, at: number) => line.slice(at, at + 42)
const expected = [...Array(42)].map((_, i) => (facts.differsAt.includes(i - 2) ? '^' : ' ')).join('')

describe('poisoning in the terminal', () => {
  test.each(views)('$level $lang without colour: a caret under each differing character of both addresses', ({ lang, level }) => {
    const lines = renderText(explain(diagnosis, { lang, level }), plainPalette, 100).split('\n')
    for (const address of [genuine, lookalike]) {
      const row = lines.findIndex((l) => l.includes(address))
      expect(row).toBeGreaterThan(-1)
      const column = [...lines[row]!.slice(0, lines[row]!.indexOf(address))].reduce((n, ch) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0)
      expect(caretsOf(lines[row + 1]!.padEnd(column + 42), column)).toBe(expected)
    }
    expect(lines.join('\n')).not.toMatch(/\u001b\[/)
  })

  test('with colour: the differing characters are underlined, the matching ones are not, and no caret line', () => {
    const text = renderText(explain(diagnosis, { lang: 'en', level: 'novice' }), colorPalette, 100)
    expect(text).toContain('0x7099\u001b[4m000\u001b[24m0\u001b[4m0000000000\u001b[24m0')
    expect(text).toContain('0x7099\u001b[4m797\u001b[24m0\u001b[4mC51812dc3A\u001b[24m0')
    expect(text).not.toContain('^^^')
  })

  test('other findings are left as they are', () => {
    const text = renderText(explain({ ...diagnosis, findings: [finding('TX_TOKEN_TO_CONTRACT', findingExamples.TX_TOKEN_TO_CONTRACT)] }, { lang: 'en', level: 'expert' }), plainPalette)
    expect(text).not.toContain('^')
  })
})
