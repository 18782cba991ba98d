import { bytesToHex, hexToBytes, sha256 } from 'viem'
import { base58Decode, base58Encode, bitcoinBase58 } from './base58.js'

/**
 * TRON addresses: 0x41 followed by a 20-byte account id, written as base58check (`T…`) by wallets and explorers,
 * and as hex (`41…`) by full nodes in transaction replies and contract data.
 */

const checksum = (payload: Uint8Array) => sha256(sha256(payload, 'bytes'), 'bytes').subarray(0, 4)

/**
 * `T…` → `41…` (42 hex digits), or undefined when it is not a TRON address (bad checksum, wrong version byte).
 *
 * @example tronToHex('TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t') // '41a614f803b6fd780986a42c78ec9c7f77e6ded13c'
 */
export function tronToHex(address: string): string | undefined {
  if (!/^T[1-9A-HJ-NP-Za-km-z]{33}$/.test(address)) return undefined
  const bytes = base58Decode(address, bitcoinBase58)
  if (bytes?.length !== 25 || bytes[0] !== 0x41) return undefined
  const payload = bytes.subarray(0, 21)
  const sum = checksum(payload)
  return sum.every((b, i) => b === bytes[21 + i]) ? bytesToHex(payload).slice(2) : undefined
}

/**
 * `41…` (or a 20-byte account id, with or without 0x, as an EVM-style ABI word holds it) → `T…`; undefined when the
 * hex is not 20 or 21 bytes with TRON's 0x41 prefix.
 */
export function hexToTron(hex: string): string | undefined {
  const body = hex.replace(/^0x/i, '').toLowerCase()
  const full = /^[0-9a-f]{40}$/.test(body) ? `41${body}` : body
  if (!/^41[0-9a-f]{40}$/.test(full)) return undefined
  const payload = hexToBytes(`0x${full}`)
  const whole = new Uint8Array(25)
  whole.set(payload)
  whole.set(checksum(payload), 21)
  return base58Encode(whole)
}
