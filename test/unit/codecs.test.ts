import { base58, base58xrp, base64, base64url, bech32, bech32m } from '@scure/base'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { base58Decode, base64Decode, bech32Bytes, bech32Decode, bitcoinBase58, xrpBase58 } from '../../src/input/codecs.js'

/**
 * The Worker's own decoders (src/input/codecs.ts) answer exactly as @scure/base, the audited library they replace
 * in the bundle: the same bytes for what it accepts, undefined for what it refuses. Seeded, so a failure reproduces.
 */
const seed = Number(process.env.FUZZ_SEED ?? 20_260_501)
const runs = { seed, numRuns: 500 }
const scure = <T>(decode: () => T): T | undefined => {
  try {
    return decode()
  } catch {
    return undefined
  }
}

describe('base58', () => {
  const alphabets = [
    ['Bitcoin', bitcoinBase58, base58],
    ['XRP', xrpBase58, base58xrp],
  ] as const

  test.each(alphabets)('%s: bytes, leading zeros included, come back as they were encoded', (_name, alphabet, reference) => {
    const bytes = fc.tuple(fc.nat(4), fc.uint8Array({ maxLength: 70 })).map(([zeros, rest]) => Uint8Array.from([...new Uint8Array(zeros), ...rest]))
    fc.assert(fc.property(bytes, (data) => {
      expect(base58Decode(reference.encode(data), alphabet)).toStrictEqual(data)
    }), runs)
  })

  test.each(alphabets)('%s: any text decodes as @scure/base decodes it, or is refused as it refuses it', (_name, alphabet, reference) => {
    const text = fc.string({ unit: fc.constantFrom(...alphabet, '0', 'O', 'I', 'l', ' ', 'é'), maxLength: 90 })
    fc.assert(fc.property(text, (t) => {
      expect(base58Decode(t, alphabet)).toStrictEqual(scure(() => reference.decode(t)))
    }), runs)
  })

  test('real addresses: a TRON address is a version byte, 20 bytes and a checksum; a Solana one 32 bytes', () => {
    expect(base58Decode('TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t', bitcoinBase58)).toHaveLength(25)
    expect(base58Decode('TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t', bitcoinBase58)![0]).toBe(0x41)
    expect(base58Decode('So11111111111111111111111111111111111111112', bitcoinBase58)).toHaveLength(32)
    expect(base58Decode('1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa', bitcoinBase58)![0]).toBe(0x00)
  })
})

describe('base64 (TON addresses)', () => {
  test('36 bytes in either alphabet decode as @scure/base decodes them', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 36, maxLength: 36 }), (data) => {
        expect(base64Decode(base64.encode(data))).toStrictEqual(data)
        expect(base64Decode(base64url.encode(data))).toStrictEqual(data)
      }),
      runs,
    )
  })

  test('unpadded text of whole groups is refused where @scure/base refuses it (mixed alphabets, other characters)', () => {
    const text = fc.string({ unit: fc.constantFrom(...'ABab09+/-_=. '), minLength: 1, maxLength: 12 }).map((t) => t.padEnd(Math.ceil(t.length / 4) * 4, 'A'))
    fc.assert(
      fc.property(text, (t) => {
        const reference = t.includes('=') ? undefined : scure(() => (/[+/]/.test(t) ? base64 : base64url).decode(t))
        expect(base64Decode(t)).toStrictEqual(reference)
      }),
      runs,
    )
  })
})

describe('bech32 and bech32m', () => {
  const encodings = [
    ['bech32', bech32],
    ['bech32m', bech32m],
  ] as const
  const prefix = fc.constantFrom('bc', 'tb', 'ltc', 'cosmos', 'osmo', 'a')
  const words = fc.array(fc.integer({ min: 0, max: 31 }), { maxLength: 70 })

  test.each(encodings)('%s: valid strings give their prefix and words, in either case', (encoding, reference) => {
    fc.assert(
      fc.property(prefix, words, (p, w) => {
        const text = reference.encode(p, w, 100)
        expect(bech32Decode(text, encoding, 100)).toStrictEqual({ prefix: p, words: w })
        expect(bech32Decode(text.toUpperCase(), encoding, 100)).toStrictEqual({ prefix: p, words: w })
      }),
      runs,
    )
  })

  test.each(encodings)('%s: a changed character, the other encoding or a length over the limit is refused as @scure/base refuses it', (encoding, reference) => {
    fc.assert(
      fc.property(prefix, words, fc.nat(), fc.constantFrom(...'qpzry9x8gf2tvdw0s3jn54khce6mua7l1bBiO'), fc.constantFrom(90, 100), (p, w, at, char, limit) => {
        const valid = (encoding === 'bech32' ? bech32m : bech32).encode(p, w, 100)
        for (const text of [valid, (() => { const i = at % valid.length; return valid.slice(0, i) + char + valid.slice(i + 1) })()]) {
          const expected = scure(() => reference.decode(text as `${string}1${string}`, limit))
          expect(bech32Decode(text, encoding, limit)).toStrictEqual(expected && { prefix: expected.prefix, words: expected.words })
        }
      }),
      runs,
    )
  })

  test('words to bytes: the same bytes as @scure/base, and the same refusals (excess or non-zero padding)', () => {
    fc.assert(fc.property(words, (w) => {
      expect(bech32Bytes(w)).toStrictEqual(scure(() => bech32.fromWords(w)))
    }), runs)
  })

  test('real addresses: BIP-173 and BIP-350 vectors', () => {
    const v0 = bech32Decode('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4', 'bech32', 90)!
    expect(v0.prefix).toBe('bc')
    expect(bech32Bytes(v0.words.slice(1))).toStrictEqual(Uint8Array.from(Buffer.from('751e76e8199196d454941c45d1b3a323f1433bd6', 'hex')))
    expect(bech32Decode('bc1p5cyxnuxmeuwuvkwfem96lqzszd02n6xdcjrs20cac6yqjjwudpxqkedrcr', 'bech32m', 90)?.words[0]).toBe(1)
    expect(bech32Decode('bc1p5cyxnuxmeuwuvkwfem96lqzszd02n6xdcjrs20cac6yqjjwudpxqkedrcr', 'bech32', 90)).toBeUndefined()
    expect(bech32Decode('cosmos1fl48vsnmsdzcv85q5d2q4z5ajdha8yu34mf0eh', 'bech32', 100)?.prefix).toBe('cosmos')
    expect(bech32Decode('cosmos1fl48vsnmsdzcv85q5d2q4z5ajdha8yu34mf0ej', 'bech32', 100)).toBeUndefined()
    expect(bech32Decode('bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdQ', 'bech32', 90)).toBeUndefined()
  })
})
