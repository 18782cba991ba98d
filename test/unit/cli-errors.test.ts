import { expect, test } from 'vitest'
import { runCli } from '../../src/cli/main.js'

/** The CLI tells a bad input in the reader's language: the one asked for, or the environment's. */
const run = async (argv: string[], env: Record<string, string> = {}) => {
  let stderr = ''
  const code = await runCli(argv, { stdout: () => {}, stderr: (t) => (stderr += t), env: { TXDOCTOR_CHAINS: '1', ...env }, isTTY: false })
  return { code, stderr }
}

test.each([
  [['0x1234', '--lang', 'zh-CN'], {}, '0x 后面有 4 个十六进制字符'],
  [['0x70ce…95cf'], { LANG: 'zh_CN.UTF-8' }, '是缩短过的'],
  [['0x1234'], {}, 'This is 4 hex characters after 0x'],
] as const)('%j %j', async (argv, env, words) => {
  const { code, stderr } = await run([...argv], env)
  expect(code).toBe(2)
  expect(stderr).toContain(words)
  if (words.startsWith('This')) expect(stderr).not.toMatch(/[\u4e00-\u9fff]/)
  else expect(stderr.replaceAll('txdoctor', '')).not.toMatch(/[A-Za-z]{4,}/) // no English sentence left
})

test('an option’s error keeps its own words (options are spelled in English)', async () => {
  const { code, stderr } = await run(['0x1234', '--level', 'wizard'], { LANG: 'zh_CN.UTF-8' })
  expect(code).toBe(2)
  expect(stderr).toMatch(/level/)
})
