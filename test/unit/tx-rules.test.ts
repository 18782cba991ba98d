import { encodeErrorResult, parseAbi, type Transaction } from 'viem'
import { describe, expect, test } from 'vitest'
import { bumped, replacementFor } from '../../src/diagnose/tx/checks/replacement.js'
import { isDust, looksAlike } from '../../src/diagnose/tx/interests.js'
import { categorize, decodeRevert } from '../../src/diagnose/tx/revert.js'

const gwei = (n: number) => BigInt(Math.round(n * 1e9))
const tx = (fields: Partial<Transaction>) => ({ nonce: 7, ...fields }) as Transaction

// anvil accepts any higher-priced replacement, so geth's 10 % rule is checked here, on the arithmetic itself.
describe("geth's replacement rule", () => {
  test('both fee cap and tip rise by at least 10 %, rounded up to the wei', () => {
    expect(bumped(100n)).toBe(110n)
    expect(bumped(101n)).toBe(112n) // 111.1 → 112: 111 would be refused
    expect(bumped(gwei(1.5))).toBe(gwei(1.65))
    expect(bumped(0n)).toBe(0n)
  })

  test('a replacement for an underpriced EIP-1559 transaction', () => {
    const r = replacementFor(tx({ maxFeePerGas: gwei(8), maxPriorityFeePerGas: gwei(1) }), { nextBaseFeePerGas: gwei(20), typicalPriorityFeePerGas: gwei(0.5) })
    expect(r).toEqual({ nonce: 7, maxPriorityFeePerGas: gwei(1.1), maxFeePerGas: gwei(41.1) }) // 2 × 20 + 1.1
  })

  test('the tip rises to the typical tip when 10 % is not enough; the cap keeps its own 10 %', () => {
    const r = replacementFor(tx({ maxFeePerGas: gwei(500), maxPriorityFeePerGas: gwei(0.1) }), { nextBaseFeePerGas: gwei(10), typicalPriorityFeePerGas: gwei(2) })
    expect(r).toEqual({ nonce: 7, maxPriorityFeePerGas: gwei(2), maxFeePerGas: gwei(550) })
  })

  test('a legacy transaction bumps its gas price for both', () => {
    const r = replacementFor(tx({ gasPrice: gwei(5) }), { nextBaseFeePerGas: gwei(1), typicalPriorityFeePerGas: 0n })
    expect(r).toEqual({ nonce: 7, maxPriorityFeePerGas: gwei(5.5), maxFeePerGas: gwei(7.5) })
  })
})

describe('revert decoding', () => {
  const abi = parseAbi(['error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)', 'error Mystery(uint256)'])
  test.each([
    ['0x08c379a0' + '0'.repeat(62) + '20' + '0'.repeat(62) + '18' + Buffer.from('UniswapV2Router: EXPIRED').toString('hex').padEnd(64, '0'), { errorName: 'Error', reason: 'UniswapV2Router: EXPIRED' }, 'TX_FAILED_DEADLINE'],
    [encodeErrorResult({ abi, errorName: 'ERC20InsufficientAllowance', args: ['0x000000000022D473030F116dDEE9F6B43aC78BA3', 0n, 5n] }), { errorName: 'ERC20InsufficientAllowance' }, 'TX_FAILED_ALLOWANCE'],
    ['0x4e487b71' + '11'.padStart(64, '0'), { errorName: 'Panic', panicCode: 0x11 }, 'TX_FAILED_REVERTED'],
    [encodeErrorResult({ abi, errorName: 'Mystery', args: [1n] }), { selector: expect.stringMatching(/^0x[0-9a-f]{8}$/) }, 'TX_FAILED_REVERTED'],
    ['0x', {}, 'TX_FAILED_REVERTED'],
  ] as const)('%s', (data, decoded, category) => {
    const result = decodeRevert(data as `0x${string}`)
    expect(result).toMatchObject(decoded)
    expect(categorize(result)).toBe(category)
  })

  test.each([
    ['Too little received', 'TX_FAILED_SLIPPAGE'], ['INSUFFICIENT_OUTPUT_AMOUNT', 'TX_FAILED_SLIPPAGE'], ['Transaction too old', 'TX_FAILED_DEADLINE'],
    ['STF', 'TX_FAILED_ALLOWANCE'], ['ERC20: insufficient allowance', 'TX_FAILED_ALLOWANCE'], ['ERC20: transfer amount exceeds balance', 'TX_FAILED_BALANCE'],
    ['Dai/insufficient-balance', 'TX_FAILED_BALANCE'], ['Ownable: caller is not the owner', 'TX_FAILED_REVERTED'],
  ])('reason %j → %s', (reason, category) => {
    expect(categorize({ errorName: 'Error', reason })).toBe(category)
  })
})

describe('poisoning rules', () => {
  const bob = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8'
  test('lookalikes share the first and last four hex characters and nothing else matters', () => {
    expect(looksAlike(bob, `0x7099${'0'.repeat(32)}79C8`)).toBe(true)
    expect(looksAlike(bob, `0x7098${'0'.repeat(32)}79C8`)).toBe(false)
    expect(looksAlike(bob, `0x7099${'0'.repeat(32)}79C9`)).toBe(false)
    expect(looksAlike(bob, bob.toLowerCase())).toBe(false) // the same address is not a lookalike
  })

  test('dust is zero or at most 1/10 000 of a token', () => {
    expect(isDust(0n, undefined)).toBe(true)
    expect(isDust(100n, 6)).toBe(true)
    expect(isDust(101n, 6)).toBe(false)
    expect(isDust(10n ** 14n, 18)).toBe(true)
  })
})

describe('scam tokens', async () => {
  const { checkScamTokens } = await import('../../src/diagnose/tx/checks/risks.js')
  const { default: ethereum } = await import('../../chains/ethereum.js')
  const fake = '0x1234567890123456789012345678901234567890' as const
  const evidence = (symbol: string, name: string) =>
    ({
      chain: ethereum,
      events: [{ kind: 'erc20-transfer', token: fake, from: fake, to: fake, amount: 1n }],
      permissions: [],
      tokens: new Map([[fake, { symbol, name }]]),
    }) as never

  test('a token copying a well-known symbol on another contract imitates it', () => {
    expect(checkScamTokens(evidence('USDT', 'Tether USD'))).toEqual([
      { code: 'TX_SCAM_TOKEN', severity: 'danger', facts: { token: fake, reasons: ['imitates-known'], symbol: 'USDT', name: 'Tether USD', imitates: '0xdAC17F958D2ee523a2206206994597C13D831ec7' } },
    ])
  })
  test('mixed alphabets and links are signals; an ordinary token is not', () => {
    expect(checkScamTokens(evidence('UЅDC', 'USD Coin'))[0]!.facts).toMatchObject({ reasons: ['mixed-scripts'] })
    expect(checkScamTokens(evidence('GIFT', 'Claim at gift-usdt.com'))[0]!.facts).toMatchObject({ reasons: ['link'] })
    expect(checkScamTokens(evidence('PEPE', 'Pepe'))).toEqual([])
  })
})
