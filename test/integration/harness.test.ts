import { afterAll, beforeAll, expect, test } from 'vitest'
import { commonContracts } from '../../src/core/chain-spec.js'
import { startLab, type Lab } from '../harness/lab.js'

let lab: Lab
beforeAll(async () => {
  lab = await startLab()
})
afterAll(() => lab?.stop())

test('two real chains with different ids, funded wallets and Multicall3', async () => {
  expect(await lab.a.provider.send('eth_chainId', [])).toBe('0x7a69')
  expect(await lab.b.provider.send('eth_chainId', [])).toBe('0x7a6a')
  expect(await lab.a.provider.getBalance(lab.a.accounts[1]!.address)).toBeGreaterThan(0n)
  expect(await lab.b.provider.getCode(commonContracts.multicall3)).toMatch(/^0x6080/)
})

test('scenario contracts deploy and work: an OpenZeppelin ERC-20 transfer', async () => {
  const [alice, bob] = lab.a.accounts
  const token = await lab.deploy<{ mint(to: string, n: bigint): Promise<unknown>; balanceOf(a: string): Promise<bigint> }>(lab.a, 'TestToken', ['Test USD', 'TUSD', 6])
  await ((await token.mint(bob!.address, 5_000_000n)) as { wait(): Promise<unknown> }).wait()
  expect(await token.balanceOf(bob!.address)).toBe(5_000_000n)
  expect(alice!.address).toBe('0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266')
})
