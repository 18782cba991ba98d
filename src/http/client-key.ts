import type { Context } from 'hono'
import type { ClientKey } from './rate-limit.js'

/**
 * Who a client is, for rate limits and fairness. A header anyone can write (X-Forwarded-For) names nobody: a
 * client that sets it gets a fresh budget per request, or spends another's. So the key is what the runtime can
 * prove — the socket's address on Node, Cloudflare's own `CF-Connecting-IP` on Workers — and forwarded headers
 * count only from proxies the operator says are there (`TXDOCTOR_TRUSTED_PROXIES`).
 */

/**
 * Node: the socket's address; behind `trustedProxies` reverse proxies, the address the outermost of them saw,
 * which is that many entries from the right of X-Forwarded-For (each proxy appends the address it was reached
 * from). A header shorter than that did not come through all the proxies: the socket is used.
 */
export function forwardedClientKey(trustedProxies: number, socketAddress: (c: Context) => string | undefined): ClientKey {
  return (c) => {
    const socket = clientOfAddress(socketAddress(c))
    if (trustedProxies === 0) return socket
    const hops = (c.req.header('x-forwarded-for') ?? '').split(',').map((hop) => hop.trim()).filter(Boolean)
    return hops.length >= trustedProxies ? clientOfAddress(hops[hops.length - trustedProxies]!.slice(0, 64)) : socket
  }
}

/** Workers: Cloudflare sets CF-Connecting-IP itself, overwriting any the client sent. */
export const cloudflareClientKey: ClientKey = (c) => clientOfAddress(c.req.header('cf-connecting-ip'))

/**
 * One client per IPv4 address, and per IPv6 /64 — the block one subscriber holds, so a fresh address from it is
 * not a fresh budget. An IPv4 address written as IPv6 (`::ffff:1.2.3.4`) is the IPv4 client.
 */
export function clientOfAddress(address: string | undefined): string {
  if (!address) return 'anonymous'
  const text = address.trim().toLowerCase().replace(/^\[|\]$/g, '').split('%')[0]!
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(text)
  if (mapped) return mapped[1]!
  if (!text.includes(':')) return text
  const [head = '', tail = ''] = text.split('::')
  const groups = head ? head.split(':') : []
  // The first four groups, with those a '::' stands for filled in as zeros.
  const filled = [...groups, ...Array<string>(Math.max(0, 8 - groups.length - (tail ? tail.split(':').length : 0))).fill('0'), ...(tail ? tail.split(':') : [])]
  return `${filled.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`
}

/** With no way to tell clients apart (an app built without a runtime adapter, as in tests), all share one budget. */
export const sharedClientKey: ClientKey = () => 'anonymous'
