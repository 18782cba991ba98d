import { describe, expect, test } from 'vitest'
import { toJsonSafe } from '../../src/core/json.js'
import type { Diagnosis, Lang } from '../../src/core/types.js'
import { details } from '../../src/explain/details.js'

const hash = '0x9fc76417374aa880d4449a1f7f31ec597f00b1f6f3dd2d66f4c9c6c445836d8b'
const alice = '0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045'
const router = '0x68b3465833fb72A70ecDF485E0e4C7bD8665Fc45'
const usdc = '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48'
const gwei = (n: number) => BigInt(Math.round(n * 1e9))

/** A mined transaction's facts as src/diagnose/tx/diagnose-tx.ts gives them. */
const mined: Pick<Diagnosis, 'facts' | 'chain'> = {
  chain: { id: 1, name: 'Ethereum' },
  facts: {
    hash, chainId: 1, from: alice, to: router, nonce: 7, value: 2n * 10n ** 18n, coin: { symbol: 'ETH', decimals: 18 },
    type: 'eip1559', typeHex: '0x2', gasLimit: 60_000n, maxFeePerGas: gwei(30), maxPriorityFeePerGas: gwei(1.5),
    blockNumber: 21_000_000n, gasUsed: 45_000n, effectiveGasPrice: gwei(12),
    fee: { value: 45_000n * gwei(12), symbol: 'ETH', decimals: 18 }, head: 21_000_041n,
    explorer: `https://etherscan.io/tx/${hash}`, subject: { action: { kind: 'native-transfer' } },
  },
}

const byKey = (lang: Lang, diagnosis = mined) => Object.fromEntries(details(diagnosis, lang).map((d) => [d.key, d]))

describe('the expert details', () => {
  test('English: amounts in the coin with wei beside them, fees per gas in gwei, gas as counts, the head explained', () => {
    const d = byKey('en')
    expect(d.value).toMatchObject({ label: 'Value sent', value: '2 ETH (2000000000000000000 wei)' })
    expect(d.maxFeePerGas).toMatchObject({ label: 'Max fee per gas', value: '30 gwei (30000000000 wei)' })
    expect(d.maxPriorityFeePerGas!.value).toBe('1.5 gwei (1500000000 wei)')
    expect(d.gasLimit!.value).toBe('60,000 gas')
    expect(d.gasUsed!.value).toBe('45,000 gas (75% of the limit)')
    expect(d.fee!.value).toBe('0.00054 ETH (540000000000000 wei) = 45,000 gas × 12 gwei')
    expect(d.head).toMatchObject({ label: 'Latest block', value: "21,000,041 (the node's newest when checked; 42 confirmations)" })
    expect(d.chainId!.value).toBe('Ethereum (chain ID 1)')
    expect(d.type!.value).toBe('eip1559 (0x2)')
    expect(d.nonce!.value).toBe('7')
    expect(d.hash!.value).toBe(hash)
    // The explorer address comes from txdoctor's own registry: the one detail that may be a link.
    expect(d.explorer).toEqual({ key: 'explorer', label: 'Block explorer', value: `https://etherscan.io/tx/${hash}`, link: `https://etherscan.io/tx/${hash}` })
    expect(details(mined, 'en').filter((x) => x.link)).toHaveLength(1)
    // Said in words elsewhere, or with a sibling.
    expect(d.subject).toBeUndefined()
    expect(d.coin).toBeUndefined()
    expect(d.typeHex).toBeUndefined()
  })

  test('Chinese: the same numbers under Chinese labels', () => {
    const d = byKey('zh-CN')
    expect(d.value).toMatchObject({ label: '转出金额', value: '2 ETH（2000000000000000000 wei）' })
    expect(d.maxFeePerGas!.value).toBe('30 gwei（30000000000 wei）')
    expect(d.gasUsed!.value).toBe('45,000 单位燃料（占上限的 75%）')
    expect(d.head!.value).toBe('21,000,041（检查时节点的最新区块；42 个确认）')
    expect(d.chainId!.value).toBe('Ethereum（链 ID 1）')
    // Labels are Chinese through and through; values carry only units, names and hex.
    for (const { label, value } of details(mined, 'zh-CN')) {
      expect(label).toMatch(/^[\u4e00-\u9fff（）]+$/)
      const latin = value.replace(/https?:\/\/\S+|0x[0-9a-fA-F]+|\bgwei\b|\bwei\b|\bETH\b|\bEthereum\b|\beip1559\b/g, '')
      expect(latin, value).not.toMatch(/[A-Za-z]{3,}/)
    }
  })

  test.each(['en', 'zh-CN'] as const)('%s: every amount has its unit, and no raw wei goes without "wei"', (lang) => {
    for (const { key, value } of details(mined, lang)) {
      if (['value', 'fee'].includes(key)) expect(value, key).toMatch(/ETH.*wei/)
      if (/PerGas|GasPrice|gasPrice/.test(key)) expect(value, key).toMatch(/gwei.*wei/)
      if (/^gas(Limit|Used)$/.test(key)) expect(value, key).toMatch(/gas|燃料/)
      // A long run of digits is a base-unit amount: it must say which unit.
      for (const run of value.match(/\d{10,}(?![\dx])/g) ?? []) expect(value, key).toMatch(new RegExp(`${run} (wei|base units)|${run} 最小单位`))
    }
  })

  test('a cached diagnosis (bigints read back as decimal strings) reads the same', () => {
    const cached = { ...mined, facts: toJsonSafe(mined.facts) as Record<string, unknown> }
    for (const lang of ['en', 'zh-CN'] as const) expect(details(cached, lang)).toEqual(details(mined, lang))
  })

  test('a rollup fee beyond gas used × price says the rest paid for posting it to Ethereum', () => {
    const rollup = { ...mined, facts: { ...mined.facts, fee: { value: 45_000n * gwei(12) + 1_000n, symbol: 'ETH', decimals: 18 } } }
    expect(byKey('en', rollup).fee!.value).toBe('0.00054 ETH (540000000001000 wei): 45,000 gas × 12 gwei, plus the fee for posting it to Ethereum')
  })

  test('who sent it, and what it called: a token transfer\'s `to` is the token contract, its value the coin sent along', () => {
    const call = { ...mined, facts: { ...mined.facts, value: 0n, subject: { action: { kind: 'token-transfer' } } } }
    const en = byKey('en', call)
    expect(en.from).toMatchObject({ label: 'Sent by', value: alice })
    expect(en.to).toMatchObject({ label: 'Contract called', value: router })
    expect(en.value).toMatchObject({ label: 'ETH sent with the call', value: '0 ETH (0 wei)' })
    const zh = byKey('zh-CN', call)
    expect([zh.from!.label, zh.to!.label, zh.value!.label]).toEqual(['交易发起方', '调用的合约', '附带 ETH'])
    // A plain coin transfer's `to` is its recipient, and its value the amount sent.
    expect([byKey('en').to!.label, byKey('en').value!.label, byKey('zh-CN').value!.label]).toEqual(['To', 'Value sent', '转出金额'])
  })

  test('a pending transaction: the head without confirmations; a contract creation has no recipient', () => {
    const { blockNumber: _b, gasUsed: _g, effectiveGasPrice: _e, fee: _f, ...pendingFacts } = mined.facts
    const d = byKey('en', { ...mined, facts: { ...pendingFacts, to: null } })
    expect(d.head!.value).toBe("21,000,041 (the node's newest when checked)")
    expect(d.to!.value).toBe('none (creates a contract)')
  })

  test('approvals: one line each, amounts in token units, and the call that removes it', () => {
    const approvals: Pick<Diagnosis, 'facts' | 'chain'> = {
      facts: {
        owner: alice,
        approvals: [
          { chain: { id: 1, name: 'Ethereum' }, kind: 'erc20', token: usdc, symbol: 'TUSD', spender: router, spenderLabel: 'Uniswap SwapRouter02', amount: 5_000_000n, decimals: 6, grantedIn: { blockNumber: 21_000_000n, hash }, revoke: `${usdc}.approve(${router}, 0)` },
          { chain: { id: 1, name: 'Ethereum' }, kind: 'erc20', token: usdc, symbol: 'TUSD', spender: alice, amount: 'unlimited', decimals: 6, grantedIn: { blockNumber: 7n, hash }, revoke: `${usdc}.approve(${alice}, 0)` },
          { chain: { id: 1, name: 'Ethereum' }, kind: 'for-all', token: router, symbol: 'TAPE', spender: alice, amount: 'unlimited', grantedIn: { blockNumber: 8n, hash }, revoke: `${router}.setApprovalForAll(${alice}, false)` },
        ],
        scans: [{ chain: 1, fromBlock: 0n, toBlock: 21_000_041n, logRequests: 3, rangeSplits: 0 }],
      },
    }
    const lines = details(approvals, 'en').filter((d) => d.key === 'approvals').map((d) => d.value)
    expect(lines).toEqual([
      `Ethereum · «TUSD» ${usdc} · Uniswap SwapRouter02 ${router} · 5 «TUSD» (5000000 base units) · granted in block 21,000,000 · revoke: ${usdc}.approve(${router}, 0)`,
      `Ethereum · «TUSD» ${usdc} · ${alice} · unlimited · granted in block 7 · revoke: ${usdc}.approve(${alice}, 0)`,
      `Ethereum · «TAPE» ${router} · ${alice} · every item of the collection · granted in block 8 · revoke: ${router}.setApprovalForAll(${alice}, false)`,
    ])
    expect(details(approvals, 'en').find((d) => d.key === 'scans')!.value).toBe('Ethereum: blocks 0–21,000,041, 3 log requests, 0 range splits')
    expect(details(approvals, 'zh-CN').find((d) => d.key === 'approvals')!.value).toContain('5 «TUSD»（5000000 最小单位） · 授权于区块 21,000,000 · 撤销：')
  })

  test('a token of unknown decimals is shown in base units, and says so', () => {
    const address = { facts: { address: alice, holdings: [{ chain: 1, token: usdc, symbol: 'ODD', amount: 123_456n }] } }
    expect(details(address, 'en')[1]).toMatchObject({ label: 'Holds', value: `123456 base units of «ODD» (its decimals are unknown) · ${usdc} · chain ID 1` })
  })

  test('a fact the table does not know is shown as it is, not hidden', () => {
    expect(details({ facts: { somethingNew: 5 } }, 'en')).toEqual([{ key: 'somethingNew', label: 'somethingNew', value: '5' }])
  })
})
