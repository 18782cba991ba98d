import { bech32, bech32m, createBase58check } from '@scure/base'
import fc from 'fast-check'
import { sha256 } from 'viem'
import { afterAll, describe, expect, test } from 'vitest'
import { chainRegistry } from '../../chains/index.js'
import { InputError } from '../../src/core/errors.js'
import type { Input } from '../../src/core/types.js'
import { classify } from '../../src/input/classify.js'
import { parseExplorerUrl } from '../../src/input/explorer-url.js'
import { nonEvmAddress } from '../../src/input/non-evm.js'

/**
 * "Never a 500 from input" (DESIGN §3): whatever is pasted, `classify` returns an Input or throws InputError —
 * never a TypeError, URIError or a decoder's complaint — and answers quickly even for huge pastes.
 * Seeded, so a failure reproduces; FUZZ_SEED and FUZZ_RUNS_FACTOR explore further without editing the file.
 */
const seed = Number(process.env.FUZZ_SEED ?? 20_260_501)
const factor = Number(process.env.FUZZ_RUNS_FACTOR ?? 1)
const runs = (n: number) => Math.max(1, Math.round(n * factor))
/** Generous: a default run takes about a second; a scaled-up exploration takes longer. */
const timeout = 30_000 * Math.max(1, factor)
/** Per call, for inputs up to 60,000 characters; a quadratic regex took seconds. */
const maxMs = 50

const counts: Record<string, number> = {}
let slowest = { ms: 0, length: 0 }
afterAll(() => {
  if (process.env.FUZZ_VERBOSE) console.info(`fuzz-input seed ${seed}: runs ${JSON.stringify(counts)}; slowest classify ${slowest.ms.toFixed(2)} ms (${slowest.length} chars)`)
})

type Outcome = { input: Input } | { error: InputError }

/** classify, timed (the best of up to three tries, so a GC pause is not taken for a slow algorithm). */
function classifyTimed(text: string): Outcome {
  let best = Infinity
  let outcome: Outcome | undefined
  for (let attempt = 0; attempt < 3 && best >= maxMs; attempt++) {
    const started = performance.now()
    try {
      outcome = { input: classify(text) }
    } catch (error) {
      if (!(error instanceof InputError)) throw new Error(`classify(${JSON.stringify(text.slice(0, 200))}) threw ${String(error)}`, { cause: error })
      outcome = { error }
    }
    best = Math.min(best, performance.now() - started)
  }
  if (best > slowest.ms) slowest = { ms: best, length: text.length }
  expect(best, `classify of ${text.length} characters took ${best.toFixed(1)} ms`).toBeLessThan(maxMs)
  return outcome!
}

/** The property every input must have; the chain id of a hint, when there is one, is a safe integer. */
function total(text: string, name: string): void {
  counts[name] = (counts[name] ?? 0) + 1
  const outcome = classifyTimed(text)
  if ('input' in outcome) {
    const chain = 'chain' in outcome.input ? outcome.input.chain : undefined
    if (chain) expect(Number.isSafeInteger(chain.chainId), `chain id ${chain.chainId}`).toBe(true)
  } else {
    expect(outcome.error.shortMessage.length).toBeGreaterThan(0)
  }
}

// ---- alphabets and pieces ----
const chars = (s: string) => fc.constantFrom(...[...s])
const hexChar = chars('0123456789abcdefABCDEF')
const hex = (minLength: number, maxLength: number) => fc.string({ unit: hexChar, minLength, maxLength })
const bech32Alphabet = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'
const base58Alphabet = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
const digits = chars('0123456789')
/** What copying adds, and what attackers add: quotes, brackets, punctuation, whitespace, zero-width and bidi controls. */
const noiseChars = `"'\`<>()[]{}.,;:!?/\\#%@&=+-_*~|^$ \t\r\n\u00a0\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff\u3000\u2028\u2029`
const noiseChar = chars(noiseChars)
const lone = fc.constantFrom('\ud800', '\udbff', '\udc00', '\udfff')
const anyChar = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 3, arbitrary: noiseChar },
  { weight: 2, arbitrary: hexChar },
  { weight: 1, arbitrary: lone },
)

const vitalik = '0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045'
const hash = '0x9fc76417374aa880d4449a1f7f31ec597f00b1f6f3dd2d66f4c9c6c445836d8b'
/** Inputs that classify today; mutating them reaches deep into checksums and decoders. */
const valid = [
  hash, vitalik, vitalik.toLowerCase(), hash.slice(2), 'vitalik.eth', 'jesse.base.eth',
  'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t', '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa', '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy',
  'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq', 'bc1p5cyxnuxmeuwuvkwfem96lqzszd02n6xdcjrs20cac6yqjjwudpxqkedrcr',
  'tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx', 'ltc1qar0srrr7xfkvy5l643lydnw9re59gtzz24wl4s', 'LgTGBT2voqMiQNsrdCvpqoFBN7daunKfzs',
  'DSNQTVfk2b1wgaNJBew67YM232zc8Ny7t9', 'So11111111111111111111111111111111111111112', 'EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v',
  'rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh', 'cosmos1fl48vsnmsdzcv85q5d2q4z5ajdha8yu34mf0eh', 'EQCD39VS5jcptHL8vMjEXrzGaRcCVYto7HUn4bpAOg8xqB2N',
  '0:83dfd552e63729b472fcbcc8c45ebcc6691702558b68ec7527e1ba403a0f31a8',
  '5VERv8NMvzbJMEkV8xnrLkEaWRtSz9CosKDYjCJjBRnbJLgp8uirBgmQpjKhoR4tjF3ZpRzrFmBV6UjKdiSZkQUW',
  `https://etherscan.io/tx/${hash}`, `https://basescan.org/address/${vitalik}`, 'https://tronscan.org/#/address/TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t',
  `https://etherscan.io/token/0xdAC17F958D2ee523a2206206994597C13D831ec7?a=${vitalik}`,
  `base:${vitalik}`, `arb1:${hash}`, `eip155:10:${vitalik}`, `ethereum:${vitalik}@137`, `ethereum:pay-${vitalik}@1/transfer?value=1`,
]

/** Insert, delete or replace a few characters at random places. */
const mutated = fc
  .tuple(fc.constantFrom(...valid), fc.array(fc.tuple(fc.constantFrom('insert', 'delete', 'replace'), fc.nat(), fc.oneof(anyChar, chars(base58Alphabet), chars(bech32Alphabet))), { minLength: 1, maxLength: 4 }))
  .map(([text, edits]) => {
    let out = [...text]
    for (const [op, at, c] of edits) {
      const i = at % (out.length + 1)
      if (op === 'insert') out.splice(i, 0, c)
      else if (op === 'delete') out.splice(i, 1)
      else out.splice(i, 1, c)
    }
    return out.join('')
  })

const randomText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 600 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: anyChar, maxLength: 300 }),
)

const percentEscape = fc.tuple(hex(0, 2), fc.boolean()).map(([h, upper]) => `%${upper ? h.toUpperCase() : h}`)
const explorers = [...chainRegistry.flatMap((c) => c.explorers), 'https://someexplorer.example', 'http://tronscan.org/#', 'etherscan.io', 'HTTPS://ETHERSCAN.IO', 'ftp://etherscan.io', 'https://', 'https://[::1]', 'https://user:pw@basescan.org:8443']
const explorerLink = fc
  .tuple(
    fc.constantFrom(...explorers),
    fc.constantFrom('/tx/', '/address/', '/token/', '/#/address/', '/#/transaction/', '/txs/', '/block/', '/', '', '/tx/0x'),
    fc.array(fc.oneof(percentEscape, hex(0, 70), hex(38, 66).map((h) => `0x${h}`), fc.string({ unit: chars(base58Alphabet), maxLength: 50 }), fc.string({ unit: anyChar, maxLength: 8 })), { maxLength: 8 }),
    fc.option(fc.tuple(fc.constantFrom('?a=', '?', '#', '?a=0x', '#/address/'), fc.array(fc.oneof(percentEscape, hex(0, 42), fc.string({ unit: anyChar, maxLength: 5 })), { maxLength: 4 }))),
  )
  .map(([base, route, parts, tail]) => `${base}${route}${parts.join('')}${tail ? tail[0] + tail[1].join('') : ''}`)

const bech32Like = fc
  .tuple(
    fc.constantFrom('cosmos', 'osmo', 'bc', 'tb', 'ltc', 'inj', 'celestia', 'terra', 'kava', 'abc', 'x'),
    fc.constantFrom('1', '1q', '1p', '10', '1z', '19'),
    fc.string({ unit: chars(bech32Alphabet), maxLength: 110 }),
    fc.boolean(),
  )
  .map(([prefix, sep, body, upper]) => {
    const s = `${prefix}${sep}${body}`
    return upper ? s.toUpperCase() : s
  })

/**
 * Bech32 with a valid checksum around random 5-bit words: random text almost never passes the checksum, so only
 * these reach the decoding of the payload (where bad padding threw).
 */
const bech32Encoded = fc
  .tuple(
    fc.constantFrom('cosmos', 'osmo', 'bc', 'tb', 'ltc', 'inj', 'celestia', 'abc'),
    fc.array(fc.integer({ min: 0, max: 31 }), { maxLength: 70 }),
    fc.constantFrom(undefined, 0, 1, 16, 17, 31),
    fc.boolean(),
  )
  .map(([prefix, words, version, m]) => (m ? bech32m : bech32).encode(prefix, version === undefined ? words : [version, ...words], 200))

const base58check = createBase58check((data: Uint8Array) => sha256(data, 'bytes'))
/** Base58check with a valid checksum around random version bytes and payload lengths. */
const base58checkEncoded = fc
  .tuple(fc.constantFrom(0x41, 0x00, 0x05, 0x6f, 0xc4, 0x30, 0x32, 0x1e, 0x16, 0x07, 0xff), fc.uint8Array({ minLength: 0, maxLength: 40 }), fc.boolean())
  .map(([version, payload, xrp]) => {
    const text = base58check.encode(Uint8Array.of(version, ...payload))
    return xrp ? `r${text}` : text
  })

const base58Like = fc
  .tuple(fc.constantFrom('', 'T', '1', '3', 'r', 'L', 'M', 'D', 'm', 'n', '2', '9', 'A', 'So1'), fc.string({ unit: chars(base58Alphabet), minLength: 20, maxLength: 95 }))
  .map(([a, b]) => a + b)

const tonLike = fc
  .tuple(fc.constantFrom('EQ', 'UQ', 'kQ', '0Q', 'Ef', '0:', '-1:'), fc.string({ unit: chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_+/='), minLength: 40, maxLength: 70 }))
  .map(([a, b]) => a + b)

const hexLike = fc.tuple(fc.constantFrom('0x', '0X', '', '0x0x'), hex(0, 140)).map(([a, b]) => a + b)

/** Chain ids as people and attackers write them: small, unsafe, astronomically long. */
const chainDigits = fc.oneof(
  fc.nat().map(String),
  fc.bigInt({ min: 0n, max: 10n ** 40n }).map(String),
  fc.string({ unit: digits, minLength: 1, maxLength: 400 }),
  fc.constantFrom('0', '00001', '9007199254740991', '9007199254740992', '18446744073709551616', '1e3'),
)
const prefixed = fc.oneof(
  fc.tuple(fc.constantFrom('ethereum:', 'ethereum:pay-', 'ETHEREUM:'), hex(38, 42), fc.option(chainDigits), fc.constantFrom('', '/transfer?address=0x1&uint256=1', '?value=2.014e18', '/')).map(([s, h, id, tail]) => `${s}0x${h}${id === null ? '' : `@${id}`}${tail}`),
  fc.tuple(fc.constantFrom('eip155:', 'EIP155:', 'eip155::'), chainDigits, hex(0, 70)).map(([s, id, h]) => `${s}${id}:0x${h}`),
  fc.tuple(fc.constantFrom(...chainRegistry.map((c) => c.shortName), 'nochain', 'a', 'x-y', 'eip155'), hex(0, 70)).map(([s, h]) => `${s}:0x${h}`),
)

const ensLike = fc
  .tuple(
    fc.array(fc.oneof(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }), fc.string({ unit: anyChar, maxLength: 6 }), fc.constantFrom('vitalik', 'ß', 'ﬀ', '👨‍👩‍👧', 'xn--', 'a\u0301', '\u202eeth', '٣', 'Ⅻ', '_', '')), { minLength: 1, maxLength: 4 }),
    fc.constantFrom('.eth', '.ETH', '.base.eth', '..eth', '.eth.', '.eth?', '\u200b.eth'),
  )
  .map(([labels, tld]) => labels.join('.') + tld)

const cores = fc.oneof(mutated, explorerLink, bech32Like, bech32Encoded, base58Like, base58checkEncoded, tonLike, hexLike, prefixed, ensLike, fc.constantFrom(...valid))

/** A core wrapped in what copying adds, and a lot of it. */
const wrapped = fc
  .tuple(fc.string({ unit: noiseChar, maxLength: 20 }), cores, fc.string({ unit: noiseChar, maxLength: 20 }))
  .map(([a, core, b]) => a + core + b)

/** Up to 60,000 characters: a short piece repeated (punctuation runs were quadratic), around a core or alone. */
const long = fc
  .tuple(
    fc.oneof(fc.string({ unit: noiseChar, minLength: 1, maxLength: 6 }), fc.string({ unit: anyChar, minLength: 1, maxLength: 6 }), fc.constantFrom('.', ')', '"', ' ', '\u200b', 'a', '0')),
    fc.oneof(fc.integer({ min: 1, max: 60_000 }), fc.integer({ min: 400, max: 4_200 })),
    fc.option(cores),
    fc.constantFrom('before', 'after', 'around'),
  )
  .map(([piece, length, core, where]) => {
    const run = piece.repeat(Math.ceil(length / piece.length)).slice(0, length)
    if (core === null) return run
    return where === 'before' ? core + run : where === 'after' ? run + core : run + core + run
  })

describe('classify never throws anything but InputError', () => {
  test('known crashers are bad input now', () => {
    for (const text of [
      'https://etherscan.io/tx/%E0%A4%A', // URIError from decodeURIComponent
      'https://etherscan.io/address/%', //
      'cosmos1pnjntc6', // bech32.fromWords: excess padding
      'tb19qqqqqcqqqqqqqqqqqcqcvfyr8k', // bech32m.fromWords: non-zero padding
      `ethereum:${vitalik}@99999999999999999999999`, // a chain id no number holds exactly
      `eip155:${'9'.repeat(400)}:${vitalik}`,
    ])
      expect(() => classify(text), text).toThrow(InputError)
    // Not text at all (a channel that forgot to validate): still bad input, not a TypeError.
    expect(() => classify(undefined as unknown as string)).toThrow(InputError)
  })

  test('a long run of trailing punctuation is cleaned in linear time', () => {
    // Far over the cap: refused before any cleaning.
    for (const text of [`a${'.'.repeat(50_000)}b`, `${hash}${')'.repeat(5_000)}`, ' '.repeat(60_000)]) {
      const outcome = classifyTimed(text)
      expect('error' in outcome && outcome.error.message).toMatch(/at most 512/)
    }
    // Under the raw cap: cleaned, quickly, and what copying added is gone.
    expect(classifyTimed(`a${'.'.repeat(4_000)}b`)).toHaveProperty('error')
    expect(classifyTimed(`${'('.repeat(2_000)}${hash}${').'.repeat(1_000)}`)).toMatchObject({ input: { kind: 'transaction', hash } })
    expect(classifyTimed(`${hash}${'.'.repeat(4_000)}`)).toMatchObject({ input: { kind: 'transaction', hash } })
    expect(classify(`( "${hash}" ).`)).toMatchObject({ kind: 'transaction', hash })
  })

  test('chain ids from the input are safe integers', () => {
    expect(classify(`eip155:9007199254740991:${vitalik}`)).toMatchObject({ chain: { chainId: 9007199254740991 } })
    expect(() => classify(`eip155:9007199254740992:${vitalik}`)).toThrow(/not a chain id/)
    expect(() => classify(`ethereum:${vitalik}@18446744073709551616`)).toThrow(/not a chain id/)
  })

  test('shaped inputs: links, bech32, base58, hex, prefixed forms, ENS names, mutations', () => {
    fc.assert(fc.property(fc.oneof(cores, wrapped), (text) => total(text, 'classify shaped')), { seed, numRuns: runs(4_000) })
  }, timeout)

  test('random text, including lone surrogates and control characters', () => {
    fc.assert(fc.property(fc.oneof(randomText, fc.string({ unit: anyChar, maxLength: 600 })), (text) => total(text, 'classify random')), { seed, numRuns: runs(1_500) })
  }, timeout)

  test('very long inputs (up to 60,000 characters) are refused quickly', () => {
    fc.assert(fc.property(long, (text) => total(text, 'classify long')), { seed, numRuns: runs(400) })
  }, timeout)

  test('what copying adds around a valid input does not change what it is', () => {
    const openers = `"'\`<([ \t\n\u200b\u202e\ufeff`
    const closers = `"'\`>)].,;:!? \t\n\u200b\u2069\ufeff`
    const sample = fc.constantFrom(hash, vitalik, 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t', 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq', `https://etherscan.io/tx/${hash}`)
    fc.assert(
      fc.property(fc.string({ unit: chars(openers), maxLength: 30 }), sample, fc.string({ unit: chars(closers), maxLength: 30 }), (before, text, after) => {
        counts['classify wrapped valid'] = (counts['classify wrapped valid'] ?? 0) + 1
        expect(classify(before + text + after)).toEqual(classify(text))
      }),
      { seed, numRuns: runs(1_000) },
    )
  }, timeout)

  test('the decoders are total on their own', () => {
    fc.assert(
      fc.property(fc.oneof(bech32Like, bech32Encoded, base58Like, base58checkEncoded, tonLike, mutated, randomText), (text) => {
        counts['nonEvmAddress'] = (counts['nonEvmAddress'] ?? 0) + 1
        const found = nonEvmAddress(text)
        if (found) expect(found.address).toBe(text)
      }),
      { seed, numRuns: runs(2_000) },
    )
    fc.assert(
      fc.property(fc.oneof(explorerLink, randomText.map((s) => `https://etherscan.io/${s}`)), (text) => {
        counts['parseExplorerUrl'] = (counts['parseExplorerUrl'] ?? 0) + 1
        const link = parseExplorerUrl(text, chainRegistry)
        if (link) expect(typeof link.target).toBe('string')
      }),
      { seed, numRuns: runs(2_000) },
    )
  }, timeout)
})
