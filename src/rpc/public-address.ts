/**
 * Which hosts a URL named by chain data (an ENS resolver's offchain gateway) may point at: public addresses
 * only. A resolver is written by anyone, so its URLs are hostile input: without this check, asking txdoctor
 * about a name would make the server fetch its own loopback, the private network or a cloud metadata service.
 *
 * The name check here runs everywhere; where the runtime can (Node), the addresses a name resolves to are
 * checked again at connect time with `isPublicIp` (src/public-fetch.ts), so DNS cannot point a public-looking
 * name at a private address.
 */

/** Why a host is refused, or undefined for a public one. `hostname` as `URL.hostname` gives it. */
export function hostProblem(hostname: string): string | undefined {
  const host = hostname.toLowerCase().replace(/\.$/, '')
  if (host.startsWith('[')) return isPublicIp(host.slice(1, -1)) ? undefined : 'a non-public IPv6 address'
  if (/^\d+\.\d+\.\d+\.\d+$/.test(host)) return isPublicIp(host) ? undefined : 'a non-public IPv4 address'
  if (privateSuffixes.some((suffix) => host === suffix || host.endsWith(`.${suffix}`))) return 'a local or internal name'
  if (!host.includes('.')) return 'a name without a domain'
  return undefined
}

/** Names that only ever mean something inside one machine or network (RFC 6761, 6762, 8375, common practice). */
const privateSuffixes = ['localhost', 'local', 'internal', 'intranet', 'lan', 'home.arpa', 'localdomain', 'corp']

/** True for an address on the public internet (IPv4 dotted quad or IPv6 text, without brackets). */
export function isPublicIp(address: string): boolean {
  const v4 = parseIPv4(address)
  if (v4) return isPublicIPv4(v4)
  const v6 = parseIPv6(address)
  return v6 ? isPublicIPv6(v6) : false
}

type Cidr4 = [number, number, number, number, number]
/** RFC 6890 special-purpose IPv4 blocks, and multicast and reserved space: none is a public server. */
const specialIPv4: Cidr4[] = [
  [0, 0, 0, 0, 8], [10, 0, 0, 0, 8], [100, 64, 0, 0, 10], [127, 0, 0, 0, 8], [169, 254, 0, 0, 16], [172, 16, 0, 0, 12],
  [192, 0, 0, 0, 24], [192, 0, 2, 0, 24], [192, 88, 99, 0, 24], [192, 168, 0, 0, 16], [198, 18, 0, 0, 15],
  [198, 51, 100, 0, 24], [203, 0, 113, 0, 24], [224, 0, 0, 0, 3],
]

function isPublicIPv4(octets: number[]): boolean {
  const value = ((octets[0]! << 24) | (octets[1]! << 16) | (octets[2]! << 8) | octets[3]!) >>> 0
  return !specialIPv4.some(([a, b, c, d, bits]) => {
    const base = ((a << 24) | (b << 16) | (c << 8) | d) >>> 0
    const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0
    return (value & mask) >>> 0 === base
  })
}

function parseIPv4(text: string): number[] | undefined {
  const parts = text.split('.')
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p))) return undefined
  const octets = parts.map(Number)
  return octets.every((o) => o <= 255) ? octets : undefined
}

/**
 * Only global unicast (2000::/3) is public, less documentation space, Teredo (2001::/32) and 6to4 (2002::/16,
 * judged by the IPv4 address it carries). Mapped and NAT64 forms are judged by their IPv4 address.
 */
function isPublicIPv6(groups: number[]): boolean {
  const embedded = [groups[6]! >> 8, groups[6]! & 0xff, groups[7]! >> 8, groups[7]! & 0xff]
  const zeros = (n: number) => groups.slice(0, n).every((g) => g === 0)
  if (zeros(5) && groups[5] === 0xffff) return isPublicIPv4(embedded) // ::ffff:a.b.c.d
  if (groups[0] === 0x64 && groups[1] === 0xff9b && groups.slice(2, 6).every((g) => g === 0)) return isPublicIPv4(embedded)
  if (groups[0] === 0x2002) return isPublicIPv4([groups[1]! >> 8, groups[1]! & 0xff, groups[2]! >> 8, groups[2]! & 0xff])
  if ((groups[0]! & 0xe000) !== 0x2000) return false
  if (groups[0] === 0x2001 && (groups[1] === 0 || groups[1] === 0x0db8)) return false
  return true
}

function parseIPv6(text: string): number[] | undefined {
  let body = text.toLowerCase().split('%')[0]!
  // A trailing dotted quad (::ffff:127.0.0.1) is two groups.
  const quad = /(\d+\.\d+\.\d+\.\d+)$/.exec(body)
  if (quad) {
    const v4 = parseIPv4(quad[1]!)
    if (!v4) return undefined
    body = `${body.slice(0, -quad[1]!.length)}${((v4[0]! << 8) | v4[1]!).toString(16)}:${((v4[2]! << 8) | v4[3]!).toString(16)}`
  }
  const halves = body.split('::')
  if (halves.length > 2) return undefined
  const split = (part: string) => (part ? part.split(':') : [])
  const head = split(halves[0]!)
  const tail = halves.length === 2 ? split(halves[1]!) : []
  const missing = 8 - head.length - tail.length
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail]
  if (!groups.every((g) => /^[0-9a-f]{1,4}$/.test(g))) return undefined
  return groups.map((g) => parseInt(g, 16))
}
