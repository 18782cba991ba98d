import { expect } from 'vitest'

const quoted = /«[^«»]*»/g

/**
 * Reads an MCP text answer's structure: everything outside the one untrusted-data fence, and the fence's entries
 * (#N → the string). Fails the test if the fence is missing, doubled or malformed, if anything follows it, or if a
 * quote outside it is anything but a numbered reference to an entry.
 */
export function readFence(text: string, lang: 'en' | 'zh-CN' = 'en'): { outside: string; entries: Map<string, string> } {
  const opening = text.match(/<untrusted-onchain-data note="[^"<>]*">\n/g) ?? []
  expect(opening).toHaveLength(1)
  expect(text.match(/<\/untrusted-onchain-data>/g) ?? []).toHaveLength(1)
  const [before, rest] = text.split(opening[0]!) as [string, string]
  const [inside, after] = rest.split('</untrusted-onchain-data>') as [string, string]
  expect(after.trim()).toBe('')
  const entries = new Map<string, string>()
  for (const line of inside.trimEnd().split('\n')) {
    const entry = /^#(\d+) (".*")$/.exec(line)
    expect(entry, line).not.toBeNull()
    // Nothing inside can end the fence or a line early for any reader.
    expect(line).not.toMatch(/[<>\u2028\u2029]/)
    entries.set(entry![1]!, JSON.parse(entry![2]!) as string)
  }
  for (const quote of before.match(quoted) ?? []) {
    const ref = (lang === 'en' ? /^«on-chain text #(\d+)»$/ : /^«链上文字 #(\d+)»$/).exec(quote)
    expect(ref, quote).not.toBeNull()
    expect(entries.has(ref![1]!)).toBe(true)
  }
  return { outside: before, entries }
}
