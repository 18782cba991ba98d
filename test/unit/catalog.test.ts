import { describe, expect, test } from 'vitest'
import { allFindingCodes, findingCodes } from '../../src/core/codes.js'
import { finding } from '../../src/core/finding.js'
import { langs, levels, type Diagnosis } from '../../src/core/types.js'
import { catalogs, describe as describeFinding, explain } from '../../src/explain/explain.js'
import { findingExamples } from '../../src/explain/examples.js'

/**
 * Words a newcomer does not know. Novice text must get by without them (DESIGN §5). Addresses may appear only
 * shortened (0x1234…abcd), so any run of 12+ hex digits is jargon too. ERC-20 / TRC-20 / BEP-20 are allowed: exchanges
 * print them in their network pickers, so newcomers meet them there.
 */
const jargon = [
  /\bnonce\b/i, /\bgwei\b/i, /\bwei\b/i, /\brevert/i, /\bcalldata\b/i, /\bmempool\b/i, /\bEIP[- ]?\d*/i, /\bERC[- ]?(721|1155|4337|7702)\b/i,
  /\bgas\b/i, /\bRPC\b/, /\bABI\b/, /\bhash\b/i, /\bEOA\b/, /\bselector\b/i, /\bmaxFee/i, /0x[0-9a-f]{12,}/i,
  /随机数/, /回滚/, /内存池/, /交易池/,
]

const allTemplates = allFindingCodes.flatMap((code) => langs.flatMap((lang) => levels.map((level) => ({ code, lang, level }))))

describe('the catalog', () => {
  test('has novice and expert text in every language for every code', () => {
    for (const lang of langs) expect(Object.keys(catalogs[lang]).sort()).toEqual([...allFindingCodes].sort())
    expect(allTemplates).toHaveLength(allFindingCodes.length * 4)
  })

  test.each(allTemplates)('$code $level $lang renders a title, a body and next steps', ({ code, lang, level }) => {
    const text = describeFinding(finding(code, findingExamples[code] as never), { lang, level })
    const minimum = lang === 'zh-CN' ? 3 : 8 // Chinese says as much in fewer characters
    expect(text.title.length).toBeGreaterThan(minimum)
    expect(text.body.length).toBeGreaterThan(minimum)
    expect(text.actions.length).toBeGreaterThan(0)
    for (const line of [text.title, text.body, ...text.actions]) expect(line).not.toMatch(/undefined|NaN|\[object/)
    if (lang === 'zh-CN') expect(text.title + text.body).toMatch(/[\u4e00-\u9fff]/)
  })

  test.each(allTemplates.filter((t) => t.level === 'novice'))('$code novice $lang has no jargon', ({ code, lang }) => {
    const text = describeFinding(finding(code, findingExamples[code] as never), { lang, level: 'novice' })
    for (const line of [text.title, text.body, ...text.actions]) for (const word of jargon) expect(line).not.toMatch(word)
  })

  // The same node problems met among txdoctor's own nodes during a diagnosis read differently: nothing for the
  // user to change in their wallet.
  const ownNodeProblems = (['RPC_UNREACHABLE', 'RPC_WRONG_CHAIN', 'RPC_LAGGING', 'RPC_RATE_LIMITED'] as const).flatMap((code) => langs.map((lang) => ({ code, lang })))
  test.each(ownNodeProblems)('$code novice $lang, met while diagnosing: about txdoctor’s server, no jargon, nothing to change', ({ code, lang }) => {
    const text = describeFinding(finding(code, { ...findingExamples[code], inDiagnosis: true } as never), { lang, level: 'novice' })
    expect(text.title).toContain('txdoctor')
    expect(text.actions.join(' ')).not.toMatch(/wallet|钱包/)
    for (const line of [text.title, text.body, ...text.actions]) for (const word of jargon) expect(line).not.toMatch(word)
  })

  test('the jargon check itself catches jargon', () => {
    const caught = (line: string) => jargon.some((word) => word.test(line))
    expect(caught('Your nonce is too low')).toBe(true)
    expect(caught('fee of 3 gwei')).toBe(true)
    expect(caught('per EIP-1559')).toBe(true)
    expect(caught(`sent to 0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045`)).toBe(true)
    expect(caught('sent to 0xd8dA…6045')).toBe(false)
  })
})

const diagnosis: Diagnosis = {
  input: 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t',
  kind: 'address',
  status: 'non_evm',
  findings: [finding('ADDRESS_NON_EVM', { network: 'tron', address: 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t' })],
  facts: { network: 'tron', big: 10n ** 30n },
  untrusted: {},
  meta: { rpcRequests: 0, rpcCalls: 0, roundTrips: 0, durationMs: 1, partial: false, checkedChains: [], version: '0.1.0' },
}

describe('explain', () => {
  test('builds the answer object with headline, handoff and JSON-safe facts', () => {
    const answer = explain(diagnosis, { level: 'novice', lang: 'en' })
    expect(answer).toMatchObject({
      kind: 'address', status: 'non_evm', severity: 'danger', level: 'novice', lang: 'en', chain: null,
      headline: 'This is a TRON address, not one for Ethereum-style networks.',
      facts: { network: 'tron', big: '1000000000000000000000000000000' },
    })
    expect(answer.handoff).toContain('ADDRESS_NON_EVM [danger]')
    expect(answer.handoff).toContain('TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t')
    expect(JSON.parse(JSON.stringify(answer))).toEqual(answer)
  })

  test('orders findings most severe first and takes the headline from the first', () => {
    const answer = explain(
      { ...diagnosis, findings: [finding('TX_NOT_FINAL', findingExamples.TX_NOT_FINAL), finding('TX_TOKEN_TO_CONTRACT', findingExamples.TX_TOKEN_TO_CONTRACT)] },
      { level: 'expert', lang: 'en' },
    )
    expect(answer.findings.map((f) => f.code)).toEqual(['TX_TOKEN_TO_CONTRACT', 'TX_NOT_FINAL'])
    expect(answer.headline).toBe(answer.findings[0]!.title)
    expect(answer.severity).toBe(findingCodes.TX_TOKEN_TO_CONTRACT)
  })

  test('findings about the service come last and do not set the answer’s severity', () => {
    const answer = explain(
      { ...diagnosis, findings: [finding('DIAGNOSIS_PARTIAL', findingExamples.DIAGNOSIS_PARTIAL), finding('TX_SUCCESS', findingExamples.TX_SUCCESS)] },
      { level: 'novice', lang: 'en' },
    )
    expect(answer.findings.map((f) => f.code)).toEqual(['TX_SUCCESS', 'DIAGNOSIS_PARTIAL'])
    expect(answer.severity).toBe('ok')
    expect(answer.headline).toBe('The transfer went through.')
  })

  test('quotes and sanitises on-chain strings', () => {
    const facts = { ...findingExamples.TX_FAILED_REVERTED, reason: 'Claim at evil\u202Emoc.xyz\u0000' + 'x'.repeat(200) }
    const text = describeFinding(finding('TX_FAILED_REVERTED', facts), { level: 'novice', lang: 'en' })
    expect(text.body).toContain('«Claim at evilmoc.xyz')
    expect(text.body).not.toMatch(/[\u202E\u0000]/)
    expect(text.body).toMatch(/x…»/)
  })

  test('formats amounts for people', () => {
    const text = describeFinding(finding('TX_PENDING_INSUFFICIENT_FUNDS', findingExamples.TX_PENDING_INSUFFICIENT_FUNDS), { level: 'novice', lang: 'en' })
    expect(text.body).toContain('0.03 ETH')
    expect(text.body).toContain('0.01 ETH')
  })
})

describe('scam-token signals', async () => {
  const { containsLink, mixesScripts } = await import('../../src/core/untrusted.js')
  test.each([
    ['Visit evil.xyz', true], ['https://claim.example', true], ['www.usdt-airdrop.io', true], ['USDC', false], ['Wrapped Ether', false], ['USD Coin (PoS)', false],
  ])('containsLink(%j) → %s', (text, expected) => expect(containsLink(text)).toBe(expected))
  test.each([
    ['UЅDT', true], ['USDТ', true], ['ΕTH', true], ['USDT', false], ['USD₮0', false], ['币安币', false], ['stETH', false],
  ])('mixesScripts(%j) → %s', (text, expected) => expect(mixesScripts(text)).toBe(expected))
})
