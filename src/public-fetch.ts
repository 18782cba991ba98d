import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns'
import { Agent, fetch as undiciFetch } from 'undici'
import { isPublicIp } from './rpc/public-address.js'

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void
export type Lookup = (hostname: string, options: LookupOptions, callback: LookupCallback) => void

/**
 * Node only: a fetch for URLs named by chain data (ENS offchain gateways) that connects only to public addresses.
 * The URL's host was checked by name before the request (src/rpc/offchain.ts); this checks what the name
 * resolves to, at connect time, so a public-looking name that DNS points at 127.0.0.1 or 169.254.169.254 is
 * refused too, with no window between the check and the connection. Workers need none of this: their fetch does
 * not reach private networks.
 */
export function publicOnlyFetch(lookup: Lookup = dnsLookup as Lookup): typeof fetch {
  const agent = new Agent({ connect: { lookup: publicOnlyLookup(lookup) }, connections: 4, keepAliveTimeout: 5_000 })
  return ((input: Parameters<typeof fetch>[0], init?: RequestInit) => undiciFetch(input as never, { ...(init as object), dispatcher: agent } as never)) as unknown as typeof fetch
}

/** Wraps a DNS lookup so that any non-public address in its answer fails the connection. */
export function publicOnlyLookup(lookup: Lookup): Lookup {
  return (hostname, options, callback) => {
    lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, [])
      const list = addresses as LookupAddress[]
      const refused = list.find((a) => !isPublicIp(a.address))
      if (refused || list.length === 0)
        return callback(Object.assign(new Error(`${hostname} resolves to ${refused ? 'a non-public address' : 'no address'}`), { code: 'ENOTPUBLIC' }), [])
      if (options.all) return callback(null, list)
      callback(null, list[0]!.address, list[0]!.family)
    })
  }
}
