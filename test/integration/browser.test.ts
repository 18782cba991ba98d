import { existsSync } from 'node:fs'
import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startServer } from '../../src/node.js'
import { freePort } from '../harness/anvil.js'
import { startLab, type Lab } from '../harness/lab.js'
import * as scenario from '../harness/scenarios.js'

/** Debian's chromium (.ci/run installs it), driven by playwright-core: no browser download. */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

let lab: Lab
let server: Awaited<ReturnType<typeof startServer>>
let browser: Browser

beforeAll(async () => {
  if (!existsSync(executablePath)) throw new Error(`No Chromium at ${executablePath}: install Debian's chromium (apt-get install chromium), as .ci/run does.`)
  lab = await startLab()
  server = await startServer({ port: await freePort(), env: { TXDOCTOR_CHAINS: '31337,31338', TXDOCTOR_RPC_31337: lab.a.url, TXDOCTOR_RPC_31338: lab.b.url }, log: () => {} })
  browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
}, 60_000)
afterAll(async () => {
  await browser?.close()
  await server?.close()
  await lab?.stop()
})

describe('the web form in a real browser', () => {
  test('paste a hash, press Check, read the answer; the URL can be shared', async () => {
    const { hash } = await scenario.failedSwap(lab, 'slippage')
    const page = await browser.newPage()
    await page.goto(server.url)
    await page.getByLabel('Transaction hash, address or link').fill(`  ${hash}\n`)
    await page.getByRole('button', { name: 'Check' }).click()
    await page.waitForSelector('.answer')
    expect(await page.locator('.headline').innerText()).toContain('The swap failed because the price moved before it went through.')
    expect(await page.locator('.headline .badge').innerText()).toMatch(/warning/i) // severity in words, not colour alone
    expect(new URL(page.url()).searchParams.get('q')?.trim()).toBe(hash)
    await page.close()
  })

  test('a token name with markup is shown as text, never run or linked', async () => {
    const { hash } = await scenario.hostileTokenTransfer(lab)
    const page = await browser.newPage()
    const dialogs: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    await page.goto(`${server.url}/?q=${hash}&level=expert`)
    expect(await page.locator('img').count()).toBe(0)
    expect(await page.locator('a[href*="evil"]').count()).toBe(0)
    expect(await page.locator('.finding[data-code="TX_SUCCESS"]').innerText()).toContain('«<img src=x onerror=alert(1)> claim at evil.xyz»')
    expect(await page.locator('.headline').innerText()).toContain('Suspicious token') // expert level: the scam signal leads
    expect(dialogs).toEqual([])
    await page.close()
  })

  test('fits a 390-px-wide phone screen, in Chinese, and the copy button copies the hand-off', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 })
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url })
    await page.goto(`${server.url}/?q=TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t&lang=zh-CN`)
    expect(await page.locator('.headline').innerText()).toContain('这是一个波场（TRON）地址')
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await page.getByRole('button', { name: '复制摘要' }).click()
    // The clipboard write is asynchronous: wait for the button to say so (a bare count raced it under load).
    await page.getByRole('button', { name: '已复制' }).waitFor({ timeout: 5_000 })
    await page.screenshot({ path: 'node_modules/.cache/txdoctor/web-form-phone.png', fullPage: true })
    await page.close()
  })

  test('a long paste that is refused stays inside a phone screen; one answer reads once, with no doubled words', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } })
    await page.goto(`${server.url}/?q=${'x'.repeat(300)}`)
    await page.waitForSelector('.error')
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    const { hash } = await scenario.tokenToItsOwnContract(lab)
    await page.goto(`${server.url}/?q=${hash}`)
    const headline = await page.locator('.headline').innerText()
    // The first card's title is the headline: not said twice; the badge says the severity once.
    expect(await page.locator('.finding h3').allInnerTexts()).not.toContain(headline)
    expect(await page.locator('body').innerText()).not.toMatch(/Danger\s*Danger|Warning\s*Warning/)
    expect(await page.locator('.answer .meta').last().innerText()).toMatch(/^Checked \d+ networks? · answered in [\d.]+ s$/)
    await page.close()
  })
})
