import { sha256 } from 'viem'
import type { NonEvmAddress, NonEvmNetwork } from '../core/non-evm.js'
import { base58Decode, base64Decode, bech32Bytes, bech32Decode, bitcoinBase58, xrpBase58 } from './codecs.js'

export type { NonEvmAddress, NonEvmNetwork }

/**
 * Recognises a non-EVM address, validating its checksum where the format has one, so that a typo in a
 * TRON address is not mistaken for "a TRON address" and an arbitrary word is not mistaken for Solana.
 * Total: any string gives an answer or undefined, never an exception (a decoder's undefined means "not this").
 *
 * @example nonEvmAddress('TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t') // { network: 'tron', address: … }
 */
export function nonEvmAddress(text: string): NonEvmAddress | undefined {
  return fromBase58check(text) ?? fromBech32(text) ?? fromXrp(text) ?? fromTon(text) ?? fromSolana(text)
}

/** Version byte of a base58check payload → network (Bitcoin-style 21-byte payloads). */
const base58Versions: Record<number, NonEvmNetwork> = {
  0x41: 'tron', // T…
  0x00: 'bitcoin', // 1… (P2PKH)
  0x05: 'bitcoin', // 3… (P2SH; Litecoin's legacy P2SH shares it)
  0x6f: 'bitcoin-testnet', // m… / n…
  0xc4: 'bitcoin-testnet', // 2…
  0x30: 'litecoin', // L…
  0x32: 'litecoin', // M…
  0x1e: 'dogecoin', // D…
  0x16: 'dogecoin', // 9… / A…
}

function fromBase58check(text: string): NonEvmAddress | undefined {
  if (!/^[1-9A-HJ-NP-Za-km-z]{25,35}$/.test(text)) return undefined
  const payload = verifiedBase58check(base58Decode(text, bitcoinBase58))
  if (payload?.length !== 21) return undefined
  const network = base58Versions[payload[0]!]
  return network && { network, address: text }
}

/** XRP uses base58check with its own alphabet; account ids are 20 bytes behind version 0x00 (`r…`). */
function fromXrp(text: string): NonEvmAddress | undefined {
  if (!/^r[1-9A-HJ-NP-Za-km-z]{24,34}$/.test(text)) return undefined
  const payload = verifiedBase58check(base58Decode(text, xrpBase58))
  if (payload?.length !== 21 || payload[0] !== 0) return undefined
  return { network: 'xrp', address: text }
}

/** Strips and checks the 4-byte double-SHA-256 checksum; undefined when it does not match. */
function verifiedBase58check(bytes: Uint8Array | undefined): Uint8Array | undefined {
  if (!bytes || bytes.length < 5) return undefined
  const payload = bytes.subarray(0, -4)
  const expected = sha256(sha256(payload, 'bytes'), 'bytes').subarray(0, 4)
  return expected.every((b, i) => b === bytes[bytes.length - 4 + i]) ? payload : undefined
}

/** Bech32 prefixes of Cosmos SDK chains that people commonly hold assets on. */
const cosmosPrefixes = new Set([
  'cosmos', 'osmo', 'juno', 'terra', 'secret', 'kava', 'inj', 'sei', 'celestia', 'dydx', 'akash',
  'stars', 'axelar', 'noble', 'neutron', 'stride', 'kujira', 'archway', 'evmos', 'band', 'persistence',
])

function fromBech32(text: string): NonEvmAddress | undefined {
  const lower = text.toLowerCase()
  // bech32 forbids mixed case; a mixed-case string is a typo, not a valid address.
  if (text !== lower && text !== text.toUpperCase()) return undefined
  const match = /^([a-z]{2,15})1[02-9ac-hj-np-z]{6,}$/.exec(lower)
  if (!match) return undefined
  const prefix = match[1]!
  if (prefix === 'bc' || prefix === 'tb' || prefix === 'ltc') return fromSegwit(text, prefix)
  if (!cosmosPrefixes.has(prefix)) return undefined
  const decoded = bech32Decode(lower, 'bech32', 100)
  if (!decoded) return undefined
  const bytes = bech32Bytes(decoded.words)
  if (bytes?.length !== 20 && bytes?.length !== 32) return undefined
  return { network: 'cosmos', prefix, address: text }
}

/** BIP-173/350: witness v0 uses bech32 with a 20- or 32-byte program, v1+ uses bech32m. */
function fromSegwit(text: string, prefix: string): NonEvmAddress | undefined {
  const network: NonEvmNetwork = prefix === 'ltc' ? 'litecoin' : prefix === 'tb' ? 'bitcoin-testnet' : 'bitcoin'
  const str = text.toLowerCase()
  const v0 = bech32Decode(str, 'bech32', 90)
  if (v0 && v0.words[0] === 0) {
    const program = bech32Bytes(v0.words.slice(1))
    return program?.length === 20 || program?.length === 32 ? { network, address: text } : undefined
  }
  const v1 = bech32Decode(str, 'bech32m', 90)
  if (!v1 || v1.words[0] === undefined || v1.words[0] < 1 || v1.words[0] > 16) return undefined
  const program = bech32Bytes(v1.words.slice(1))
  return program && program.length >= 2 && program.length <= 40 ? { network, address: text } : undefined
}

/**
 * TON user-friendly addresses: 36 bytes in base64(url) = flags, workchain, 32-byte hash, CRC-16/XMODEM.
 * The raw form `0:<64 hex>` / `-1:<64 hex>` has no checksum and is recognised by shape.
 */
function fromTon(text: string): NonEvmAddress | undefined {
  if (/^(0|-1):[0-9a-fA-F]{64}$/.test(text)) return { network: 'ton', address: text }
  if (!/^[EUk0][Qf][A-Za-z0-9_\-+/]{46}$/.test(text)) return undefined
  const bytes = base64Decode(text)
  if (bytes?.length !== 36) return undefined
  const flags = bytes[0]! & 0x7f // the top bit marks testnet-only addresses
  if (flags !== 0x11 && flags !== 0x51) return undefined
  if (bytes[1] !== 0x00 && bytes[1] !== 0xff) return undefined
  const crc = crc16xmodem(bytes.subarray(0, 34))
  return crc === ((bytes[34]! << 8) | bytes[35]!) ? { network: 'ton', address: text } : undefined
}

function crc16xmodem(data: Uint8Array): number {
  let crc = 0
  for (const byte of data) {
    crc ^= byte << 8
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff
  }
  return crc
}

/** Solana addresses have no checksum: accept only base58 text that decodes to exactly 32 bytes. */
function fromSolana(text: string): NonEvmAddress | undefined {
  if (!/^[1-9A-HJ-NP-Za-km-z]{32,44}$/.test(text)) return undefined
  const bytes = base58Decode(text, bitcoinBase58)
  return bytes?.length === 32 ? { network: 'solana', address: text } : undefined
}

/** A Solana transaction signature: base58 of 64 bytes. Recognised so we can say what it is. */
export function isSolanaSignature(text: string): boolean {
  if (!/^[1-9A-HJ-NP-Za-km-z]{80,90}$/.test(text)) return false
  return base58Decode(text, bitcoinBase58)?.length === 64
}
