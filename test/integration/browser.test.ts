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
    expect(await page.locator('.headline').innerText()).toContain('The swap was stopped: it would have given you less than your minimum (3 «DAI»).')
    expect(await page.locator('.headline .about').innerText()).toContain('a swap of 1 «WETH» for at least 3 «DAI»') // which swap
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

  test('a poisoning answer shows both addresses in full and highlights the characters that differ, on a phone too', async () => {
    const { hash, genuine, lookalike } = await scenario.poisoning(lab)
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } })
    await page.goto(`${server.url}/?q=${hash}`)
    const card = page.locator('.finding[data-code="TX_ADDRESS_POISONING"]')
    const body = await card.locator('p').first().innerText()
    expect(body).toContain(genuine)
    expect(body).toContain(lookalike)
    // Exactly the differing characters of each address are marked (runs of them, in reading order), nothing else.
    const differs = (address: string) => [...address.slice(2)].filter((ch, i) => ch.toLowerCase() !== (address === genuine ? lookalike : genuine).slice(2)[i]!.toLowerCase()).join('')
    const marked = await card.locator('mark.differs').allInnerTexts()
    expect(marked.join('')).toBe(differs(genuine) + differs(lookalike))
    expect(marked).toHaveLength(14) // 7 runs in each address
    expect(await card.locator('mark.differs').first().evaluate((el) => getComputedStyle(el).backgroundColor)).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await page.close()
  })
  test('an address with risky approvals shows them, and a link opens its approvals as readable cards', async () => {
    const s = await scenario.approvalHistory(lab)
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } })
    await page.goto(`${server.url}/?q=${s.owner}`)
    const summary = page.locator('.finding[data-code="ADDRESS_RISKY_APPROVALS"]')
    expect(await page.locator('.headline .badge').innerText()).toMatch(/danger/i)
    expect(await page.locator('.headline strong').innerText()).toMatch(/^This wallet has given \d+ risky spending permissions/)
    expect(await summary.innerText()).toContain('item #42 of your «TAPE» collection')
    await summary.getByRole('link', { name: /spending permissions, one by one/ }).click()
    await page.waitForSelector('.finding[data-code^="APPROVAL_"]')
    const url = new URL(page.url())
    expect([url.searchParams.get('q'), url.searchParams.get('approvals')]).toEqual([s.owner, '1'])
    // The same cards as the CLI, as text: each names its token and spender; no raw JSON in view.
    const single = page.locator('.finding[data-code="APPROVAL_TO_EOA"]').filter({ hasText: 'item #42 of your «TAPE» collection' })
    expect(await single.count()).toBeGreaterThan(0)
    expect(await page.locator('.finding[data-code="APPROVAL_FOR_ALL"]').first().innerText()).toMatch(/every item of your «TAPE» collection/)
    // The worst card leads: its title is the headline (not repeated in the card), naming the spender.
    expect(await page.locator('.headline strong').innerText()).toMatch(/known scam address \(0x[0-9a-fA-F]{4}…[0-9a-fA-F]{4}\)/i)
    expect(await page.locator('.finding[data-code="APPROVAL_FLAGGED_SPENDER"]').first().innerText()).toContain('Test drainer')
    expect(await page.locator('pre').first().isVisible()).toBe(false)
    expect(await page.getByLabel(/spending permissions \(token approvals\)/).isChecked()).toBe(true)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    // …and back to the address's overview.
    await page.getByRole('link', { name: /overview of this address/ }).click()
    await page.waitForSelector('.finding[data-code="ADDRESS_RISKY_APPROVALS"]')
    await page.close()
  })
})
