import type { ServerResponse } from 'node:http'
import { setTimeout as sleep } from 'node:timers/promises'
import { hexToTron } from '../../src/core/tron-address.js'
import { startLoopbackServer } from './loopback.js'
import { fullNodeAccountFromV1, indexTronFixtures, tronFixture } from './tron-fixtures.js'

export { tronScenarios } from './tron-scenarios.js'

/** A fixture file name in fixtures/tron, or 'unactivated' for the documented `{}` of an account that does not exist. */
type AccountFixture = string | 'unactivated'

export type TronNodeOptions = {
  /** `/wallet/getaccount`, by base58 address. An address not listed gets HTTP 500, never an invented account. */
  accounts?: Record<string, AccountFixture>
  /** `/wallet/getaccountresource`, by base58 address; as `accounts`. */
  resources?: Record<string, AccountFixture>
  /** `/wallet/triggerconstantcontract` `balanceOf(owner)`, by `${contract}:${owner}` in base58. */
  balances?: Record<`${string}:${string}`, string>
  /** `/wallet/triggerconstantcontract` calls without arguments, by `${contract}:${function_selector}` (contract in base58). */
  constantCalls?: Record<`${string}:${string}`, string>
  /** Transaction ids in a block not yet solidified: `/walletsolidity/gettransactioninfobyid` answers `{}`. */
  unsolidified?: string[]
  /**
   * Every request gets TronGrid's recorded rate-limit body. The recording has no status: `true` serves 429, which
   * TronGrid's rate-limit guide (developers.tron.network/reference-link/rate-limits) names first ("usually 429 or
   * 403"); its older guide said 403 without an API key and 503 with one.
   */
  rateLimited?: true | 429 | 403 | 503
  /** A raw body to serve (HTTP 200) instead of the recorded one, for reply-validation tests. */
  malformed?: (path: string) => string | undefined
  delayMs?: number
  /** Accept requests and never answer. (A node that is down: `deadUrl()` from ./fake-node.ts.) */
  hang?: boolean
  /**
   * Paths this node does not serve (a 404, like java-tron's `/wallet` port for `/walletsolidity/…`, which a
   * self-hosted node serves on its solidity port).
   */
  notServed?: string[]
}

export type TronNodeRequest = { path: string; body: unknown }
type Reply = { status: number; body: unknown }

/**
 * A TRON full node (java-tron's HTTP API, as TronGrid serves it) on a free loopback port, answering only from
 * the recordings in fixtures/tron: each body is a fixture without its `_source`, the documented `{}` for an
 * unknown transaction or account, or the misbehaviour a test asked for. What no recording covers is an HTTP 500
 * naming the request, so a test cannot pass on a reply nobody recorded. Records every request.
 *
 * @example const node = await startTronNode(tronScenarios.tables) // node.url, node.requests, node.close()
 */
export async function startTronNode(options: TronNodeOptions = {}) {
  const routes = tronRoutes(options)
  const requests: TronNodeRequest[] = []
  const server = await startLoopbackServer(async (req, res, raw) => {
    const path = new URL(req.url ?? '/', 'http://node').pathname
    const body = parseBody(raw)
    requests.push({ path, body })
    if (options.hang) return
    if (options.delayMs) await sleep(options.delayMs)
    if (options.rateLimited) {
      const status = options.rateLimited === true ? 429 : options.rateLimited
      return sendJson(res, { status, body: tronFixture('error-trongrid-rate-limit.json') })
    }
    const malformed = options.malformed?.(path)
    if (malformed !== undefined) return sendText(res, 200, 'application/json', malformed)
    const route = options.notServed?.includes(path) ? undefined : routes[path]
    // java-tron answers an unknown path with its servlet container's 404 page.
    if (!route) return sendText(res, 404, 'text/plain', 'Not Found')
    // java-tron's reply to a body it cannot parse is an `Error` nobody recorded.
    sendJson(res, typeof body === 'string' ? notRecorded(`${path} with a body that is not JSON`) : route(body))
  })
  return { ...server, requests }
}

function tronRoutes(options: TronNodeOptions): Record<string, (body: unknown) => Reply> {
  const { transactions, infos } = indexTronFixtures()
  const unsolidified = new Set(options.unsolidified?.map(transactionId))
  // An unknown id gets `{}`, java-tron's documented reply; a request without an id gets a reply nobody recorded.
  const byId = (endpoint: string, index: typeof infos, body: unknown, notSolidified = false) => {
    const value = field(body, 'value')
    if (typeof value !== 'string') return notRecorded(`${endpoint} without a "value" string`)
    return ok(notSolidified ? {} : (index.get(transactionId(value))?.body ?? {}))
  }
  return {
    '/wallet/gettransactionbyid': (body) => byId('gettransactionbyid', transactions, body),
    '/wallet/gettransactioninfobyid': (body) => byId('gettransactioninfobyid', infos, body),
    '/walletsolidity/gettransactioninfobyid': (body) =>
      byId('gettransactioninfobyid', infos, body, unsolidified.has(transactionId(field(body, 'value')))),
    '/wallet/getaccount': (body) => accountReply('getaccount', options.accounts, body, true),
    // getaccountresource's reply holds no addresses, so `visible` does not change it.
    '/wallet/getaccountresource': (body) => accountReply('getaccountresource', options.resources, body, false),
    '/wallet/getchainparameters': () => ok(tronFixture('getchainparameters.json')),
    '/wallet/triggerconstantcontract': (body) => constantCallReply(options, body),
  }
}

/**
 * The recording for an account, when the request is shaped like the recorded one: getaccount-ordinary.json was
 * requested with `visible: true`, and with `visible: false` a node writes every address in it as hex.
 */
function accountReply(endpoint: string, table: Record<string, AccountFixture> | undefined, body: unknown, needsVisible: boolean) {
  const given = String(field(body, 'address') ?? '')
  const address = field(body, 'visible') === true ? given : (hexToTron(given) ?? given)
  const fixture = table?.[address]
  if (fixture === 'unactivated') return ok(tronFixture('getaccount-unactivated.json'))
  if (fixture === undefined) return notRecorded(`${endpoint} ${address}`)
  if (needsVisible && field(body, 'visible') !== true) return notRecorded(`${endpoint} ${address} with visible=false`)
  return ok(fixture.startsWith('trongrid-v1-account') ? fullNodeAccountFromV1(tronFixture(fixture)) : tronFixture(fixture))
}

/**
 * A recorded constant call, when the request is shaped like the recording: `visible: false` (the reply echoes hex
 * addresses); for `balanceOf`, the parameter is the owner itself (the recording asked for the caller's balance).
 * A call without arguments (`decimals()`, `symbol()`) reads the same for any caller, so it is served whoever asks;
 * its echoed `transaction` names the recorded caller.
 */
function constantCallReply(options: TronNodeOptions, body: unknown) {
  const contract = hexToTron(String(field(body, 'contract_address') ?? '')) ?? '?'
  const owner = hexToTron(String(field(body, 'owner_address') ?? '')) ?? '?'
  const selector = String(field(body, 'function_selector'))
  const parameter = String(field(body, 'parameter') ?? '')
  const what = `triggerconstantcontract ${contract} ${selector}`
  if (field(body, 'visible') === true) return notRecorded(`${what} with visible=true`)
  if (selector === 'balanceOf(address)') {
    if (!/^[0-9a-f]{64}$/i.test(parameter) || hexToTron(parameter.slice(-40)) !== owner) {
      return notRecorded(`${what} with a parameter that is not the owner's address`)
    }
    const fixture = options.balances?.[`${contract}:${owner}`]
    return fixture === undefined ? notRecorded(`${what} owner ${owner}`) : ok(tronFixture(fixture))
  }
  const fixture = parameter === '' ? options.constantCalls?.[`${contract}:${selector}`] : undefined
  return fixture === undefined ? notRecorded(what) : ok(tronFixture(fixture))
}

/** As java-tron reads a transaction id (ByteArray.fromHexString): an optional 0x, hex digits in either case. */
const transactionId = (value: unknown) => (typeof value === 'string' ? value.replace(/^0x/i, '').toLowerCase() : '')

const field = (body: unknown, name: string): unknown =>
  body !== null && typeof body === 'object' ? (body as Record<string, unknown>)[name] : undefined

/** The parsed JSON body, undefined when empty, or the raw text when it is not JSON (kept for `requests`). */
function parseBody(raw: string): unknown {
  if (raw.trim() === '') return undefined
  try {
    return JSON.parse(raw) as unknown
  } catch {
    return raw
  }
}

const ok = (body: unknown): Reply => ({ status: 200, body })
const notRecorded = (what: string): Reply => ({ status: 500, body: { Error: `not recorded in fixtures: ${what}` } })

function sendJson(res: ServerResponse, { status, body }: Reply) {
  sendText(res, status, 'application/json', JSON.stringify(body))
}

function sendText(res: ServerResponse, status: number, contentType: string, text: string) {
  res.writeHead(status, { 'content-type': contentType })
  res.end(text)
}
