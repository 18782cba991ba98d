import { HttpRequestError, isHex, type Address, type Hex } from 'viem'
import { hostProblem } from './public-address.js'

/**
 * EIP-3668 (CCIP-Read) under a policy. An ENS name's resolver may answer "ask this web server" (`OffchainLookup`)
 * with URLs of its own choosing; viem would fetch any of them, up to 256 per lookup, with no deadline of ours.
 * Here each URL must be https to a public host on the default port, a diagnosis makes at most a few such
 * requests, reads at most a few KiB from each, and every request ends with the diagnosis (its deadline, or the
 * answer being sent).
 */
export const offchainLimits = {
  /** Gateway URLs tried per diagnosis: a real ENS name needs one or two; a resolver naming hundreds is an attack. */
  maxRequests: 4,
  /** Bytes read from one gateway reply: ENS replies are a few hundred bytes of signed ABI data. */
  maxResponseBytes: 32 * 1024,
} as const

export type OffchainRequest = (parameters: { data: Hex; sender: Address; urls: readonly string[]; timeout?: number | undefined }) => Promise<Hex>

export type OffchainGuard = {
  /** viem's `ccipRead.request`: fetches one gateway answer under the policy. */
  request: OffchainRequest
  /** URLs the policy refused in this diagnosis, and why: an answer can then say why a name did not resolve. */
  refused: { url: string; why: string }[]
  /** Gateway requests made that gave no answer: a name that then "resolves to nothing" is not known to be empty. */
  failed: { url: string; why: string }[]
}

export type OffchainGuardOptions = {
  /** The fetch that reaches gateways; on Node one that also refuses private addresses after DNS resolution. */
  fetchFn?: typeof fetch | undefined
  /** Ends every gateway request: the diagnosis's deadline, or its end. */
  signal: AbortSignal
  /** One gateway request's own time limit. */
  timeoutMs: number
}

/** Why a gateway URL is refused (scheme, credentials, port, host), or undefined when it may be fetched. */
export function gatewayUrlProblem(text: string): string | undefined {
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return 'not a URL'
  }
  if (url.protocol !== 'https:') return 'not https'
  if (url.username || url.password) return 'carries credentials'
  // Public gateways serve on 443; another port on a public host is another service, not a gateway.
  if (url.port !== '') return `port ${url.port}`
  return hostProblem(url.hostname)
}

export function offchainGuard({ fetchFn = fetch, signal, timeoutMs }: OffchainGuardOptions): OffchainGuard {
  const refused: OffchainGuard['refused'] = []
  const failed: OffchainGuard['failed'] = []
  let remaining: number = offchainLimits.maxRequests

  const request: OffchainRequest = async ({ data, sender, urls }) => {
    let failure = 'the resolver named no gateway'
    for (const template of urls) {
      if (signal.aborted) throw signal.reason
      // Placeholders are filled before the check, so a resolver cannot smuggle a host in through {data}.
      const url = template.replace('{sender}', sender.toLowerCase()).replace('{data}', data)
      const problem = remaining <= 0 ? `more than ${offchainLimits.maxRequests} gateway requests` : gatewayUrlProblem(url)
      if (problem) {
        refused.push({ url: url.slice(0, 200), why: problem })
        failure = `gateway refused: ${problem}`
        continue
      }
      remaining -= 1
      try {
        return await fetchGateway(fetchFn, url, template.includes('{data}') ? undefined : { data, sender }, AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]))
      } catch (error) {
        if (signal.aborted) throw signal.reason
        failure = error instanceof Error ? error.message : String(error)
        failed.push({ url: url.slice(0, 200), why: failure.slice(0, 200) })
      }
    }
    throw new HttpRequestError({ url: urls[0] ?? '', details: failure })
  }
  return { request, refused, failed }
}

/** One gateway request (EIP-3668: GET when the URL carries {data}, else POST), read up to the byte limit. */
async function fetchGateway(fetchFn: typeof fetch, url: string, body: { data: Hex; sender: Address } | undefined, signal: AbortSignal): Promise<Hex> {
  const response = await fetchFn(url, {
    method: body ? 'POST' : 'GET',
    ...(body ? { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } } : {}),
    // A redirect could lead anywhere; gateways have no reason to send one. ('manual': Workers' fetch has no 'error'.)
    redirect: 'manual',
    signal,
  })
  if ((response.status >= 300 && response.status < 400) || response.type === 'opaqueredirect') throw new Error('gateway answered with a redirect')
  const text = await readLimited(response, offchainLimits.maxResponseBytes)
  if (!response.ok) throw new Error(`gateway answered HTTP ${response.status}`)
  let result: unknown = text
  if (response.headers.get('content-type')?.startsWith('application/json')) {
    try {
      result = (JSON.parse(text) as { data?: unknown }).data
    } catch {
      throw new Error('gateway answered malformed JSON')
    }
  }
  if (typeof result !== 'string' || !isHex(result)) throw new Error('gateway answered no hex data')
  return result
}

/** The body as text, refusing to read past `maxBytes` (a hostile gateway could stream forever). */
async function readLimited(response: Response, maxBytes: number): Promise<string> {
  if (!response.body) return ''
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel().catch(() => {})
      throw new Error(`gateway answer over ${maxBytes} bytes`)
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) bytes.set(chunk, (offset += chunk.byteLength) - chunk.byteLength)
  return new TextDecoder().decode(bytes)
}
