import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { answerSchema } from '../../src/core/answer-schema.js'
import { version } from '../../src/version.js'
import { deadUrl } from '../helpers/fake-node.js'
import { startLab, type Lab } from '../harness/lab.js'
import * as scenario from '../harness/scenarios.js'
import packageJson from '../../package.json' with { type: 'json' }

const tron = 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t'
const store = join(mkdtempSync(join(tmpdir(), 'txdoctor-')), 'pending.json')

/** Runs the built CLI exactly as a user would: `node dist/cli.js …`, no TTY. */
function txdoctor(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['dist/cli.js', ...args], {
    encoding: 'utf8',
    // TRON off unless a test turns it on: these show the answers given without any node (tron-channels.test.ts has TRON's).
    env: { PATH: process.env.PATH ?? '', TXDOCTOR_STORE: store, TXDOCTOR_CHAINS: 'ethereum', ...env },
    timeout: 30_000,
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

let lab: Lab
beforeAll(async () => {
  execFileSync(process.execPath, ['scripts/build.mjs'])
  lab = await startLab()
})
afterAll(() => lab?.stop())

describe('txdoctor CLI', () => {
  test('a TRON address: plain words, what it means, what to do', () => {
    const { code, stdout } = txdoctor([tron])
    expect(code).toBe(0)
    expect(stdout).toContain('This is a TRON address, not one for Ethereum-style networks.')
    // txdoctor does not look at TRON: it does not presume the address is someone to pay (it may be a token contract).
    expect(stdout).toMatch(/What to do:\n\s+1\. We can't check TRON: before paying, confirm with the recipient/)
    expect(stdout).not.toMatch(/\u001b\[/) // not a terminal: no colour
  })

  test('--lang zh-CN answers in Chinese; LANG=zh_CN does too', () => {
    expect(txdoctor([tron, '--lang', 'zh-CN']).stdout).toContain('这是一个波场（TRON）地址，不是以太坊类网络的地址。')
    expect(txdoctor([tron], { LANG: 'zh_CN.UTF-8' }).stdout).toContain('下一步')
  })

  test('--level expert adds the technical detail', () => {
    const { stdout } = txdoctor([tron, '--level', 'expert'])
    expect(stdout).toContain('Valid TRON address (checksum verified)')
    // A TRON address does encode 0x41 + 20 bytes; on an EVM chain those bytes are another account.
    expect(stdout).toMatch(/hex\s+form\s+41a614f803b6fd780986a42c78ec9c7f77e6ded13c/)
    expect(stdout.replace(/\s+/g, ' ')).toContain('are a separate account on that chain')
    expect(stdout).not.toMatch(/no 20-byte/)
  })

  test('--json prints exactly the answer object of DESIGN §5', () => {
    const { code, stdout } = txdoctor([tron, '--json'])
    expect(code).toBe(0)
    const answer = answerSchema.parse(JSON.parse(stdout))
    expect(answer).toMatchObject({ kind: 'address', status: 'non_evm', severity: 'warning', level: 'novice', lang: 'en', chain: null })
    expect(answer.findings.map((f) => f.code)).toEqual(['ADDRESS_NON_EVM'])
    expect(answer.meta.version).toBe(version)
  })

  test('a mistyped checksum is a finding, not a crash', () => {
    const { code, stdout } = txdoctor(['0xd8da6BF26964aF9D7eEd9e03E53415D37aA96045'])
    expect(code).toBe(0)
    expect(stdout).toContain('This address probably has a typo')
  })

  test('bad input exits 2 and says what was expected', () => {
    const { code, stderr, stdout } = txdoctor(['hello'])
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toContain('"hello" is not a transaction hash, an address or a name txdoctor recognises.')
    expect(stderr).toContain('Paste a transaction hash (0x followed by 64 hex characters)')
  })

  test.each([
    [['--level', 'guru', tron], /--level takes novice or expert/],
    [['--bogus', tron], /Unknown option '--bogus'/],
    [[tron, 'extra'], /Expected one thing to diagnose/],
    [['--chains', 'atlantis', tron], /"atlantis" is not a chain txdoctor knows/],
    [['--rpc', 'base=http://x', tron], /expected <chainId>=<url>/],
  ])('bad option %j exits 2', (args, message) => {
    const { code, stderr } = txdoctor(args)
    expect(code).toBe(2)
    expect(stderr).toMatch(message)
  })

  test('a wrong configuration value exits 2 naming the setting', () => {
    const { code, stderr } = txdoctor([tron], { TXDOCTOR_TIMEOUT_MS: 'soon' })
    expect(code).toBe(2)
    expect(stderr).toContain('TXDOCTOR_TIMEOUT_MS must be a whole number from 1000 to 60000, got "soon".')
  })

  test('no node reachable exits 3', async () => {
    const { code, stderr } = txdoctor(['0x' + 'ab'.repeat(32), '--chains', '31337', '--rpc', `31337=${await deadUrl()}`])
    expect(code).toBe(3)
    expect(stderr).toContain('No node answered for Local devnet (HTTP request failed).')
  })

  test('a real transaction on a local node, with --rpc', async () => {
    const { hash } = await scenario.tokenTransfer(lab)
    const { code, stdout } = txdoctor([hash, '--chains', '31337', '--rpc', `31337=${lab.a.url}`])
    expect(code).toBe(0)
    expect(stdout).toContain('The transfer went through.')
    expect(stdout).toContain('250 «TUSD»')
  })

  test('--level expert: the details in units (gwei, ETH, gas), in English and in Chinese', async () => {
    const { hash } = await scenario.nativeTransfer(lab)
    const run = (lang: string) => txdoctor([hash, '--chains', '31337', '--rpc', `31337=${lab.a.url}`, '--level', 'expert', '--lang', lang]).stdout
    const en = run('en')
    expect(en).toMatch(/^ {2}Details:$/m)
    expect(en).toMatch(/^ {4}Value sent: 1\.5 ETH \(1500000000000000000 wei\)$/m)
    expect(en).toMatch(/^ {4}Max fee per gas: [\d.]+ gwei \(\d+ wei\)$/m)
    expect(en).toMatch(/^ {4}Gas used: 21,000 gas \(100% of the limit\)$/m)
    expect(en).toMatch(/^ {4}Fee paid: [\d.]+ ETH \(\d+ wei\) = 21,000 gas × [\d.]+ gwei$/m)
    expect(en).toMatch(/^ {4}Latest block: [\d,]+ \(the node's newest when checked; [\d,]+ confirmations?\)$/m)
    expect(en).not.toMatch(/^ {4}(maxFeePerGas|head|value): /m) // no raw fact names, no unitless wei
    const zh = run('zh-CN')
    expect(zh).toMatch(/^ {4}转出金额：1\.5 ETH（1500000000000000000 wei）$/m)
    expect(zh).toMatch(/^ {4}每单位燃料的最高费用：[\d.]+ gwei（\d+ wei）$/m)
  })

  test('txdoctor approvals: risky approvals on stdout, scan progress on stderr', async () => {
    const s = await scenario.approvalHistory(lab)
    const { code, stdout, stderr } = txdoctor(['approvals', s.owner, '--chains', '31337', '--rpc', `31337=${lab.a.url}`, '--level', 'expert'])
    expect(code).toBe(0)
    expect(stdout).toContain(`Approval to an EOA: «TUSD» ${s.token} → ${s.eoa}`)
    expect(stdout.replace(/\s+/g, ' ')).toContain(`Revoke: ${s.token}.approve(${s.eoa}, 0).`)
    // One line per permission, amounts in the token's units, and the call that removes it.
    expect(stdout).toMatch(/^ {4}Permission: Local devnet · «TUSD» 0x[0-9a-fA-F]{40} · .*unlimited · granted in block \d+ · revoke: 0x/m)
    expect(stdout).toMatch(/^ {4}Permission: Local devnet · «TUSD» .* · 5 «TUSD» \(5000000 base units\) · granted in block \d+/m)
    expect(stderr).toMatch(/scanning approvals: Local devnet 100%/)
    // The progress line is in the reader's language too.
    const zh = txdoctor(['approvals', s.owner, '--chains', '31337', '--rpc', `31337=${lab.a.url}`, '--lang', 'zh-CN'])
    expect(zh.stderr).toMatch(/正在扫描授权：Local devnet 100%/)
    expect(zh.stderr).not.toMatch(/scanning/)
    expect(txdoctor(['approvals']).code).toBe(2)
  })

  test('colour only when asked on a non-terminal, never with --no-color', () => {
    expect(txdoctor([tron, '--color']).stdout).toMatch(/\u001b\[3\dm/) // a warning colour
    expect(txdoctor([tron, '--color', '--no-color']).stdout).not.toMatch(/\u001b\[/)
  })

  test('--help, --version and --handoff', () => {
    expect(txdoctor(['--help']).stdout).toContain('Exit codes: 0 answered · 2 bad input or option · 3 no node reachable')
    expect(txdoctor(['--version']).stdout.trim()).toBe(packageJson.version)
    expect(txdoctor([tron, '--handoff']).stdout).toMatch(/^This is a TRON address, not one for Ethereum-style networks\. Suggested next step: .*\n\nAddress: TR7N.*\n[^]*^txdoctor version: /m)
  })

  test('chains lists the enabled chains', () => {
    const { stdout } = txdoctor(['chains'])
    expect(stdout).toMatch(/^\s+1  ethereum\s+Ethereum/m)
    expect(stdout).not.toContain('sepolia')
  })
})
