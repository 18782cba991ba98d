/** Where two addresses differ: the positions poisoning answers mark, and the pieces renderers draw. */
import { describe, expect, test } from 'vitest'
import { addressPairOf, differingPositions, markPair, positionRuns, runLabels } from '../../src/core/address-diff.js'

// The demo's pair: Bob's address and the look-alike the poisoning scenario makes of it.
const bob = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8'
const fake = '0x70990000000000000000000000000000000079c8'
// Bob's hex has a 0 at 7, 18, 20, 24, 28 and 30: there the fake's zeros match by chance.
const demoPositions = [4, 5, 6, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 19, 21, 22, 23, 25, 26, 27, 29, 31, 32, 33, 34, 35]

describe('differingPositions', () => {
  test('the same address in another letter case differs nowhere', () => {
    expect(differingPositions(bob, bob.toLowerCase())).toEqual([])
    expect(differingPositions(bob.toUpperCase().replace('0X', '0x'), bob)).toEqual([])
  })

  test('positions are 0-based over the 40 hex characters after 0x', () => {
    const base = `0x${'a'.repeat(40)}`
    expect(differingPositions(base, `0xb${'a'.repeat(39)}`)).toEqual([0])
    expect(differingPositions(base, `0x${'a'.repeat(39)}b`)).toEqual([39])
    expect(differingPositions(base, `0x${'a'.repeat(5)}bb${'a'.repeat(10)}C${'a'.repeat(22)}`)).toEqual([5, 6, 17])
  })

  test('the demo pair differs in the middle only, where the fake is not 0 by chance', () => {
    expect(differingPositions(bob, fake)).toEqual(demoPositions)
    expect(runLabels(demoPositions)).toEqual(['4–6', '8–17', '19', '21–23', '25–27', '29', '31–35'])
  })
})

test('runs group neighbouring positions, in order', () => {
  expect(positionRuns([9, 4, 5, 6])).toEqual([[4, 6], [9, 9]])
  expect(positionRuns([])).toEqual([])
})

describe('markPair', () => {
  const pair = { addresses: [bob, fake], differsAt: [4, 5, 39] }

  test('cuts out the differing characters wherever either address is written in full, any letter case', () => {
    const segments = markPair(`Real: ${bob}. Fake: ${fake.toUpperCase().replace('0X', '0x')}.`, pair)
    expect(segments.filter((s) => s.differs).map((s) => s.text)).toEqual(['79', '8', '00', '8'])
    expect(segments.map((s) => s.text).join('')).toBe(`Real: ${bob}. Fake: ${fake.toUpperCase().replace('0X', '0x')}.`)
  })

  test('leaves text without the full addresses as one plain piece', () => {
    expect(markPair('sent to 0x7099…79C8', pair)).toEqual([{ text: 'sent to 0x7099…79C8', differs: false }])
  })

  test('reads the pair from a finding’s facts, and nothing from other facts', () => {
    expect(addressPairOf({ genuine: bob, lookalike: fake, differsAt: [4] })).toEqual({ addresses: [bob, fake], differsAt: [4] })
    expect(addressPairOf({ lookalike: fake, genuine: bob })).toBeUndefined()
    expect(addressPairOf({ token: bob, amount: '0' })).toBeUndefined()
  })
})
