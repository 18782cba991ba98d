/** The poisoning check: which way the lure points, who the victim is, what differs, and how many lures. */
import type { Address } from 'viem'
import { describe, expect, test } from 'vitest'
import { checkPoisoning } from '../../src/diagnose/tx/checks/poisoning.js'
import type { TokenEvent } from '../../src/diagnose/token-events.js'
import { alice, bob, evidence, receipt, transaction } from '../helpers/evidence.js'

const token: Address = '0x9A676e781A523b5d0C0e43731313A708CB607508'
const fake: Address = '0x70990000000000000000000000000000000079c8'
const attacker: Address = '0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc'
const transfer = (from: Address, to: Address, amount = 0n): TokenEvent => ({ kind: 'erc20-transfer', token, from, to, amount })
const tokens = new Map([[token.toLowerCase(), { symbol: 'TUSD', decimals: 6 }]])
// Alice really paid Bob before: Bob is her genuine counterparty.
const counterparties = new Map([[alice.toLowerCase(), new Set([bob.toLowerCase()])]])

describe('checkPoisoning', () => {
  test('someone else moves 0 "from" the victim to the look-alike: victim-to-lookalike, sender named', () => {
    const [f, ...rest] = checkPoisoning(
      evidence({ tx: transaction({ from: attacker, to: token, value: 0n, input: '0x23b872dd' }), receipt: receipt(), events: [transfer(alice, fake)], tokens, counterparties, minedAt: 1_700_000_000n }),
    )
    expect(rest).toEqual([])
    expect(f).toEqual({
      code: 'TX_ADDRESS_POISONING',
      severity: 'danger',
      facts: {
        victim: alice, direction: 'victim-to-lookalike', lookalike: fake, genuine: bob,
        differsAt: [4, 5, 6, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 19, 21, 22, 23, 25, 26, 27, 29, 31, 32, 33, 34, 35],
        sentBy: attacker, token, amount: 0n, decimals: 6, symbol: 'TUSD', lures: 1, minedAt: 1_700_000_000n,
      },
    })
  })

  test('the look-alike sends dust to the victim: lookalike-to-victim', () => {
    const [f] = checkPoisoning(evidence({ tx: transaction({ from: fake, to: token, value: 0n, input: '0xa9059cbb' }), receipt: receipt(), events: [transfer(fake, alice, 100n)], tokens, counterparties }))
    expect(f!.facts).toMatchObject({ victim: alice, direction: 'lookalike-to-victim', lookalike: fake, genuine: bob, sentBy: fake, amount: 100n, lures: 1 })
    expect(f!.facts).not.toHaveProperty('minedAt') // no block time read: none claimed
  })

  test('a native dust payment from the look-alike is the same lure in the coin', () => {
    const [f] = checkPoisoning(evidence({ tx: transaction({ from: fake, to: alice, value: 1n }), receipt: receipt(), counterparties }))
    expect(f!.facts).toMatchObject({ direction: 'lookalike-to-victim', victim: alice, amount: 1n, symbol: 'ETH', decimals: 18 })
    expect(f!.facts).not.toHaveProperty('token')
  })

  test('one batch poisoning several histories: one finding, every lure counted', () => {
    const carol: Address = '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC'
    const fakeCarol: Address = `0x3C44${'0'.repeat(32)}93BC`
    const both = new Map([...counterparties, [carol.toLowerCase(), new Set([alice.toLowerCase()])]])
    const fakeAlice: Address = '0xf39F000000000000000000000000000000002266'
    const findings = checkPoisoning(
      evidence({ tx: transaction({ from: attacker, to: token, value: 0n }), receipt: receipt(), events: [transfer(alice, fake), transfer(carol, fakeAlice), transfer(carol, fakeCarol)], tokens, counterparties: both }),
    )
    expect(findings).toHaveLength(1)
    expect(findings[0]!.facts).toMatchObject({ victim: alice, lookalike: fake, lures: 2 }) // carol → fakeCarol imitates nobody she dealt with
  })

  test('no finding when the amount is not dust, the other side imitates nobody, or the transaction failed', () => {
    const tx = transaction({ from: attacker, to: token, value: 0n })
    expect(checkPoisoning(evidence({ tx, receipt: receipt(), events: [transfer(alice, fake, 10n ** 6n)], tokens, counterparties }))).toEqual([])
    expect(checkPoisoning(evidence({ tx, receipt: receipt(), events: [transfer(alice, `0x7098${'0'.repeat(32)}79c8`)], tokens, counterparties }))).toEqual([])
    expect(checkPoisoning(evidence({ tx, receipt: receipt({ status: 'reverted' }), events: [transfer(alice, fake)], tokens, counterparties }))).toEqual([])
  })
})
