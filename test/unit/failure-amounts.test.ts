import { encodeErrorResult, encodeFunctionData, encodePacked, parseAbi } from 'viem'
import { describe, expect, test } from 'vitest'
import { finding } from '../../src/core/finding.js'
import type { FindingFacts } from '../../src/core/facts.js'
import { knownErrorsAbi } from '../../src/diagnose/tx/known-errors.js'
import { decodeRevert } from '../../src/diagnose/tx/revert.js'
import { routerCall } from '../../src/diagnose/tx/router-calls.js'
import { describe as describeFinding } from '../../src/explain/explain.js'
import { findingExamples } from '../../src/explain/examples.js'

const spender = '0x68b3465833fb72A70ecDF485E0e4C7bD8665Fc45' as const
const weth = '0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2' as const
const usdc = '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48' as const
const fee = { value: 420_000_000_000_000n, symbol: 'ETH', decimals: 18 }

describe('a failure’s numbers, read from the error and the input', () => {
  test('the decoded error’s arguments keep their names', () => {
    const data = encodeErrorResult({ abi: knownErrorsAbi, errorName: 'ERC20InsufficientAllowance', args: [spender, 5n, 10n ** 18n] })
    expect(decodeRevert(data)).toMatchObject({ errorName: 'ERC20InsufficientAllowance', namedArgs: { spender, allowance: '5', needed: '1000000000000000000' } })
  })

  test('a V2 swap’s path and a V3 packed path name the tokens in and out (exact-output paths run backwards)', () => {
    const v2 = parseAbi(['function swapExactTokensForTokens(uint256,uint256,address[],address,uint256)'])
    expect(routerCall(encodeFunctionData({ abi: v2, args: [1n, 2n, [weth, usdc], spender, 3n] }))).toMatchObject({ minimumOut: 2n, deadline: 3n, tokenIn: weth, tokenOut: usdc })
    const path = encodePacked(['address', 'uint24', 'address'], [weth, 500, usdc])
    const v3 = parseAbi(['struct P { bytes path; address recipient; uint256 deadline; uint256 a; uint256 b; }', 'function exactInput(P params)', 'function exactOutput(P params)'])
    const params = { path, recipient: spender, deadline: 9n, a: 1n, b: 2n }
    expect(routerCall(encodeFunctionData({ abi: v3, functionName: 'exactInput', args: [params] }))).toMatchObject({ tokenIn: weth, tokenOut: usdc })
    expect(routerCall(encodeFunctionData({ abi: v3, functionName: 'exactOutput', args: [params] }))).toMatchObject({ tokenIn: usdc, tokenOut: weth })
  })
})

const words = <code extends 'TX_FAILED_ALLOWANCE' | 'TX_FAILED_BALANCE' | 'TX_FAILED_SLIPPAGE' | 'TX_FAILED_DEADLINE'>(code: code, facts: FindingFacts[code]) => ({
  novice: describeFinding(finding(code, facts as never), { level: 'novice', lang: 'en' }),
  expert: describeFinding(finding(code, facts as never), { level: 'expert', lang: 'en' }),
  noviceZh: describeFinding(finding(code, facts as never), { level: 'novice', lang: 'zh-CN' }),
  expertZh: describeFinding(finding(code, facts as never), { level: 'expert', lang: 'zh-CN' }),
})

describe('the words name the numbers', () => {
  test('allowance: the app was allowed X but needed Y; the expert gets the spender and the exact approve call', () => {
    const w = words('TX_FAILED_ALLOWANCE', findingExamples.TX_FAILED_ALLOWANCE)
    expect(w.novice.body).toContain('The app (0x68b3…Fc45) was allowed to use 0 «USDC» of yours but needed 250 «USDC».')
    expect(w.novice.actions[0]).toContain('(for 250 «USDC»)')
    expect(w.noviceZh.body).toContain('应用（0x68b3…Fc45）获得的授权额度是 0 «USDC»，但它需要 250 «USDC»。')
    expect(w.expert.body).toContain(`ERC20InsufficientAllowance: spender ${spender}, allowance 0 «USDC» (0 base units), needed 250 «USDC» (250000000 base units).`)
    expect(w.expert.body).toContain(`Token «USDC» ${usdc}`)
    expect(w.expert.actions[0]).toBe(`Send approve(${spender}, 250000000) on ${usdc} (or sign a permit) and wait for it to be mined, then retry.`)
    expect(w.expertZh.actions[0]).toContain(`approve(${spender}, 250000000)`)
  })

  test('allowance from a plain reason string: no numbers are invented, the token is still named', () => {
    const w = words('TX_FAILED_ALLOWANCE', { fee, reason: 'ERC20: insufficient allowance', errorName: 'Error', approximate: false, reasonSource: 'trace', token: usdc, symbol: 'USDC', decimals: 6 })
    expect(w.novice.body).toContain('That permission was missing or too small.')
    expect(w.expert.body).toContain('Reason «ERC20: insufficient allowance»: the error carries no numbers (allowance and amount needed unknown). Token «USDC»')
    expect(w.expert.actions[0]).toBe(`Send approve(spender, amount) on ${usdc} (or sign a permit) and wait for it to be mined, then retry.`)
  })

  test('balance: what was held against what was needed', () => {
    const w = words('TX_FAILED_BALANCE', findingExamples.TX_FAILED_BALANCE)
    expect(w.novice.body).toContain('It tried to move 250 «USDC», but the wallet (0xd8dA…6045) held only 120 «USDC».')
    expect(w.expert.body).toContain('balance 120 «USDC» (120000000 base units), needed 250 «USDC» (250000000 base units)')
    expect(w.noviceZh.body).toContain('但钱包（0xd8dA…6045）里只有 120 «USDC»')
  })

  test('slippage: the minimum accepted in the output token’s units; unknown decimals stay base units, said so', () => {
    const w = words('TX_FAILED_SLIPPAGE', findingExamples.TX_FAILED_SLIPPAGE)
    expect(w.novice.title).toContain('less than your minimum (2,000 «USDC»)')
    expect(w.expert.body).toContain('amountOutMin 2,000 «USDC» (2000000000 base units). Output token «USDC»')
    const unknown = words('TX_FAILED_SLIPPAGE', { ...findingExamples.TX_FAILED_SLIPPAGE, decimals: undefined } as never)
    expect(unknown.novice.title).toBe('The swap was stopped: it would have given you less than your minimum.') // no base units for a newcomer
    expect(unknown.expert.body).toContain('amountOutMin 2000000000 base units of «USDC» (its decimals are unknown)')
    expect(unknown.expertZh.body).toContain('2000000000 个最小单位的«USDC»（小数位数未知）')
  })

  test('deadline: the deadline from the input in UTC, and how late it was', () => {
    const facts = { fee, reason: 'UniswapV2Router: EXPIRED', errorName: 'Error', approximate: false, reasonSource: 'trace' as const, deadline: 1_718_000_000n, minedAt: 1_718_000_420n }
    const w = words('TX_FAILED_DEADLINE', facts)
    expect(w.novice.body).toContain('This one was processed 7 minutes after its limit')
    expect(w.noviceZh.body).toContain('在时限过后 7 分钟才被处理')
    expect(w.expert.body).toContain('Deadline in the input 1718000000 (2024-06-10 06:13:20 UTC); included at 1718000420 (2024-06-10 06:20:20 UTC), 7 minutes late.')
    expect(w.expertZh.body).toContain('晚了 7 分钟')
  })
})
