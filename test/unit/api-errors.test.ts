import { expect, test } from 'vitest'
import { loadConfig } from '../../src/config/config.js'
import { createEngine } from '../../src/engine.js'
import { createApp } from '../../src/http/app.js'

/** The API tells a bad input in the requested language; programs keep the stable code and status. */
const app = createApp(createEngine({ config: loadConfig({ TXDOCTOR_CHAINS: '1' }) }))
const problem = async (path: string, headers: Record<string, string> = {}) => {
  const res = await app.request(path, { headers })
  return { status: res.status, type: res.headers.get('content-type'), body: (await res.json()) as { code: string; detail: string; hint?: string } }
}

test.each([
  ['/v1/diagnose?q=0x1234&lang=zh-CN', {}, '0x 后面有 4 个十六进制字符'],
  ['/v1/diagnose?q=0x1234', { 'accept-language': 'zh-CN,zh;q=0.9' }, '0x 后面有 4 个十六进制字符'],
  ['/v1/diagnose?q=&lang=zh-CN', {}, '没有可检查的内容'],
  ['/v1/diagnose?q=0x1234', {}, 'This is 4 hex characters after 0x'],
  ['/v1/diagnose?q=', {}, 'Nothing to check: q is empty.'],
] as const)('%s %j', async (path, headers, words) => {
  const { status, type, body } = await problem(path, { ...headers })
  expect(status).toBe(400)
  expect(type).toMatch(/^application\/problem\+json/)
  expect(body.code).toBe('BAD_INPUT')
  expect(body.detail).toContain(words)
})
