/**
 * The few decoders non-EVM address recognition needs (./non-evm.ts): base58 in Bitcoin's and XRP's alphabets,
 * TON's base64, and bech32/bech32m (BIP-173, BIP-350). Written out here rather than taken from a codec library
 * because the Worker bundle must stay small; test/unit/codecs.test.ts holds them to @scure/base's answers.
 * Each returns undefined where the format says "not this": a character outside the alphabet, a bad checksum,
 * bad padding.
 */

export { base58Decode, bitcoinBase58 } from '../core/base58.js'
export const xrpBase58 = 'rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz'

/**
 * Base64 (standard or URL-safe alphabet, not both at once) of whole 3-byte groups, so with no padding and no
 * unused bits: the shape of TON's 48-character addresses.
 */
export function base64Decode(text: string): Uint8Array | undefined {
  if (text.length % 4 !== 0 || !/^(?:[A-Za-z0-9+/]*|[A-Za-z0-9_-]*)$/.test(text)) return undefined
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'))
  return Uint8Array.from(binary, (char) => char.charCodeAt(0))
}

const bech32Charset = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'
const bech32Generator = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
/** What the checksum polynomial leaves for a valid string: 1 for bech32, BIP-350's constant for bech32m. */
const bech32Constants = { bech32: 1, bech32m: 0x2bc830a3 }

function bech32Polymod(values: readonly number[]): number {
  let checksum = 1
  for (const value of values) {
    const top = checksum >>> 25
    checksum = ((checksum & 0x1ffffff) << 5) ^ value
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) checksum ^= bech32Generator[i]!
  }
  return checksum
}

/**
 * A bech32 or bech32m string's human-readable prefix and its data words (5 bits each, checksum removed), when
 * the checksum holds. Mixed case is refused, as BIP-173 requires; `limit` caps the length (90 for SegWit).
 *
 * @example bech32Decode('bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq', 'bech32', 90)?.prefix // 'bc'
 */
export function bech32Decode(text: string, encoding: 'bech32' | 'bech32m', limit: number): { prefix: string; words: number[] } | undefined {
  if (text.length < 8 || text.length > limit) return undefined
  const lower = text.toLowerCase()
  if (text !== lower && text !== text.toUpperCase()) return undefined
  const separator = lower.lastIndexOf('1')
  if (separator < 1 || lower.length - separator - 1 < 6) return undefined
  const prefix = lower.slice(0, separator)
  if ([...prefix].some((char) => char.charCodeAt(0) < 33 || char.charCodeAt(0) > 126)) return undefined
  const data = [...lower.slice(separator + 1)].map((char) => bech32Charset.indexOf(char))
  if (data.some((word) => word < 0)) return undefined
  const codes = [...prefix].map((char) => char.charCodeAt(0))
  const expanded = [...codes.map((code) => code >> 5), 0, ...codes.map((code) => code & 31)]
  if (bech32Polymod([...expanded, ...data]) !== bech32Constants[encoding]) return undefined
  return { prefix, words: data.slice(0, -6) }
}

/**
 * Bech32 data words (5 bits) back to bytes. Strict, like BIP-173's decoders: at most 4 padding bits, all zero.
 *
 * @example bech32Bytes([0, 0]) // Uint8Array [0]
 */
export function bech32Bytes(words: readonly number[]): Uint8Array | undefined {
  const bytes: number[] = []
  let carry = 0
  let bits = 0
  for (const word of words) {
    if (word < 0 || word > 31) return undefined
    carry = ((carry << 5) | word) & 0xffff
    bits += 5
    if (bits >= 8) {
      bits -= 8
      bytes.push((carry >> bits) & 0xff)
    }
  }
  if (bits >= 5 || (carry & ((1 << bits) - 1)) !== 0) return undefined
  return Uint8Array.from(bytes)
}
