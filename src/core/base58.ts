/**
 * Base58 in Bitcoin's alphabet (also TRON's). Here in core because TRON addresses are base58check and every layer
 * reads or writes them (input recognises them, the TRON client converts node replies, checks compare them).
 */
export const bitcoinBase58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'

/**
 * Base58 text to bytes: the text is one big number in base 58, and each leading zero digit stands for a zero
 * byte (the number alone would lose them).
 *
 * @example base58Decode('1112', bitcoinBase58) // Uint8Array [0, 0, 0, 1]
 */
export function base58Decode(text: string, alphabet: string): Uint8Array | undefined {
  let value = 0n
  for (const char of text) {
    const digit = alphabet.indexOf(char)
    if (digit < 0) return undefined
    value = value * 58n + BigInt(digit)
  }
  let zeros = 0
  while (text[zeros] === alphabet[0]) zeros++
  const hex = value === 0n ? '' : value.toString(16)
  const body = hex.length % 2 ? `0${hex}` : hex
  const bytes = new Uint8Array(zeros + body.length / 2)
  for (let i = 0; i < body.length / 2; i++) bytes[zeros + i] = parseInt(body.slice(2 * i, 2 * i + 2), 16)
  return bytes
}

/** Bytes to base58 text (the inverse of `base58Decode`): leading zero bytes become leading '1's. */
export function base58Encode(bytes: Uint8Array, alphabet: string = bitcoinBase58): string {
  let value = 0n
  for (const byte of bytes) value = value * 256n + BigInt(byte)
  let text = ''
  while (value > 0n) {
    text = alphabet[Number(value % 58n)]! + text
    value /= 58n
  }
  for (const byte of bytes) {
    if (byte !== 0) break
    text = alphabet[0] + text
  }
  return text
}
