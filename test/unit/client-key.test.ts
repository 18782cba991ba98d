import { describe, expect, test } from 'vitest'
import { clientOfAddress } from '../../src/http/client-key.js'
import { BusyError, ClientGate } from '../../src/client-gate.js'

describe('who counts as one client', () => {
  test.each([
    ['1.2.3.4', '1.2.3.4'],
    ['::ffff:1.2.3.4', '1.2.3.4'],
    // One subscriber holds a /64: every address in it is the same client.
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:db8:1:2::9', '2001:db8:1:2::/64'],
    ['[2001:0db8:0001:0002:ffff::1]', '2001:db8:1:2::/64'],
    ['2606:4700::1111', '2606:4700:0:0::/64'],
    [undefined, 'anonymous'],
  ])('%s → %s', (address, key) => expect(clientOfAddress(address)).toBe(key))
})

describe('the per-client gate', () => {
  test('a wait is bounded: a slot that is never given back refuses the next client after a while', async () => {
    const gate = new ClientGate({ perClient: 1, queuedPerClient: 4, maxWaitMs: 50 })
    void gate.run('a', () => new Promise(() => {})) // never finishes
    await expect(gate.run('a', async () => 'x')).rejects.toBeInstanceOf(BusyError)
    expect(await gate.run('b', async () => 'other clients still run')).toBe('other clients still run')
  })
})
