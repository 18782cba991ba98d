import { getAddress, isAddress, type Address, type Hash } from 'viem'
import { normalize } from 'viem/ens'
import { chainRegistry } from '../../chains/index.js'
import type { ChainSpec } from '../core/chain-spec.js'
import { InputError, inputHint } from '../core/errors.js'
import { invisibleMarks } from '../core/untrusted.js'
import type { ChainHint, Input } from '../core/types.js'
import { parseExplorerUrl, webLink } from './explorer-url.js'
import { candidatesIn, isOneWord, shortenedHex, withoutLabel } from './extract.js'
import { nonEvmAddress } from './non-evm.js'
import { nonEvmExplorerTransaction, nonEvmTransaction, tronscanAddress } from './non-evm-tx.js'

/** Longer than any link to a transaction people paste; anything bigger is not an input, it's a payload. */
export const maxInputLength = 512

/** Raw text longer than this is refused before cleaning: no amount of quotes and spaces makes it an input. */
const maxRawLength = 8 * maxInputLength

export type ClassifyOptions = { chains?: readonly ChainSpec[] }

/**
 * Understands what people paste: hashes, addresses (EIP-55 checked), ENS names, explorer links, EIP-3770
 * (`base:0x…`), CAIP-10 (`eip155:8453:0x…`), EIP-681 payment links, and other networks' addresses and
 * transactions (a Solana signature; a Bitcoin or TRON id in its explorer's link).
 * Throws `InputError` (HTTP 400, exit 2) with a hint for anything else.
 *
 * @example classify('https://basescan.org/tx/0xabc…') // { kind: 'transaction', hash, chain: { chainId: 8453, … } }
 */
export function classify(text: string, { chains = chainRegistry }: ClassifyOptions = {}): Input {
  if (typeof text !== 'string') throw new InputError('Nothing to diagnose: the input is not text.', inputHint, { reason: 'empty' })
  // Far beyond the cap even before cleaning: refuse it before spending any work on it.
  if (text.length > maxRawLength) throw tooLong(text.length)
  const visible = text.replace(invisibleMarks, '')
  const whole = clean(withoutLabel(visible))
  if (whole.length === 0) throw new InputError('Nothing to diagnose: the input is empty.', inputHint, { reason: 'empty' })
  const classifyOne = (word: string) => classifyWhole(clean(word), chains)
  try {
    // The whole paste as one thing (a hash wrapped over two lines comes back together here).
    return classifyWhole(whole, chains)
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    // One plain word was judged as a whole: its error stands ("foo:0x…" names a network we don't know).
    if (isOneWord(visible)) throw error
    // A sentence or a form with the thing inside it: exactly one candidate is the answer; more must be chosen.
    const found = candidatesIn(visible, classifyOne)
    if (found.length === 1) return found[0]!.input
    if (found.length > 1)
      throw new InputError(
        `This text holds ${found.length} things txdoctor could check: ${found.map((c) => c.word.slice(0, 80)).join(', ')}.`,
        'Paste only the one you are asking about.',
        { reason: 'several', candidates: found.map((c) => c.word.slice(0, 80)) },
      )
    const shortened = shortenedHex(visible)
    if (shortened)
      throw new InputError(
        `"${shortened}" is shortened: the middle of it is left out, so it cannot be looked up.`,
        'Copy the whole hash or address (wallets and explorers have a copy button next to it), or paste the explorer link.',
        { reason: 'shortened', text: shortened },
      )
    throw new InputError('There is no transaction hash, address or name in this text that txdoctor recognises.', inputHint, { reason: 'nothing-found' })
  }
}

/** One thing to check, as a whole: a prefixed form, an explorer link, or a bare hash, address, name. */
function classifyWhole(cleaned: string, chains: readonly ChainSpec[]): Input {
  if (cleaned.length > maxInputLength) throw tooLong(cleaned.length)
  const prefixed = fromPrefixedForm(cleaned, chains)
  if (prefixed) return prefixed

  if (/^https?:\/\//i.test(cleaned) || /^[a-z0-9-]+(\.[a-z0-9-]+)+\//i.test(cleaned)) {
    const url = webLink(cleaned)
    // Another network's explorer first: its 64-hex ids would otherwise be read as EVM hashes.
    const other = url && nonEvmExplorerTransaction(url)
    if (other) return { kind: 'non-evm-transaction', ...other }
    const tronAccount = url && tronscanAddress(url)
    if (tronAccount) return { kind: 'non-evm-address', network: 'tron', address: tronAccount }
    const link = parseExplorerUrl(cleaned, chains)
    if (!link) throw new InputError('This link does not point to a transaction or an address.', inputHint, { reason: 'link-without-target' })
    const hint = link.chainId === undefined ? undefined : ({ chainId: link.chainId, from: 'explorer' } as const)
    return classifyBare(link.target, hint)
  }
  return classifyBare(cleaned)
}

function classifyBare(text: string, chain?: ChainHint): Input {
  if (/^0x[0-9a-f]{64}$/i.test(text)) return withChain({ kind: 'transaction', hash: text.toLowerCase() as Hash, bareHex: false }, chain)
  if (/^[0-9a-f]{64}$/i.test(text))
    return withChain({ kind: 'transaction', hash: `0x${text.toLowerCase()}`, bareHex: true }, chain)
  if (/^(0x)?[0-9a-f]{40}$/i.test(text)) return evmAddress(text, chain)
  if (/\.eth$/i.test(text)) return ensName(text)

  const other = nonEvmAddress(text)
  if (other) return { kind: 'non-evm-address', ...other }

  const otherTx = nonEvmTransaction(text)
  if (otherTx) return { kind: 'non-evm-transaction', ...otherTx }
  const hex = /^0x([0-9a-f]*)$/i.exec(text)
  if (hex)
    throw new InputError(
      `This is ${hex[1]!.length} hex characters after 0x; a transaction hash has 64 and an address has 40.`,
      'Check that the whole hash or address was copied, with nothing cut off or added.',
      { reason: 'hex-length', digits: hex[1]!.length },
    )
  throw new InputError(`"${text.slice(0, 80)}" is not a transaction hash, an address or a name txdoctor recognises.`, inputHint, { reason: 'unrecognised', text: text.slice(0, 80) })
}

function evmAddress(text: string, chain?: ChainHint): Input {
  const hex = text.startsWith('0x') || text.startsWith('0X') ? `0x${text.slice(2)}` : `0x${text}`
  const body = hex.slice(2)
  const mixedCase = body !== body.toLowerCase() && body !== body.toUpperCase()
  const address = getAddress(hex.toLowerCase()) as Address
  const checksum = !mixedCase ? 'none' : isAddress(hex, { strict: true }) ? 'valid' : 'invalid'
  return withChain({ kind: 'address', address, typed: text, checksum }, chain)
}

function ensName(text: string): Input {
  try {
    return { kind: 'ens', name: normalize(text) }
  } catch {
    throw new InputError(`"${text.slice(0, 80)}" is not a valid ENS name.`, 'ENS names look like vitalik.eth.', { reason: 'bad-ens', text: text.slice(0, 80) })
  }
}

/** EIP-681 (`ethereum:0x…@8453`), CAIP-10 (`eip155:8453:0x…`) and EIP-3770 (`base:0x…`) forms. */
function fromPrefixedForm(text: string, chains: readonly ChainSpec[]): Input | undefined {
  const eip681 = /^ethereum:(?:pay-)?(0x[0-9a-f]{40})(?:@(\d+))?(?:[/?].*)?$/i.exec(text)
  if (eip681) return classifyBare(eip681[1]!, eip681[2] ? { chainId: chainIdOf(eip681[2]), from: 'eip681' } : undefined)

  const caip = /^eip155:(\d+):(0x[0-9a-f]+)$/i.exec(text)
  if (caip) return classifyBare(caip[2]!, { chainId: chainIdOf(caip[1]!), from: 'caip10' })

  const shortName = /^([a-z][a-z0-9-]*):(0x[0-9a-f]+)$/i.exec(text)
  if (shortName) {
    const name = shortName[1]!.toLowerCase()
    const chain = chains.find((c) => c.shortName === name || c.key === name || c.aliases.includes(name))
    if (!chain)
      throw new InputError(
        `"${shortName[1]}" is not a network txdoctor knows.`,
        `Known network prefixes include ${chains.slice(0, 6).map((c) => c.shortName).join(', ')}.`,
        { reason: 'unknown-prefix', prefix: shortName[1]!.slice(0, 40), examples: chains.slice(0, 6).map((c) => c.shortName) },
      )
    return classifyBare(shortName[2]!, { chainId: chain.id, from: 'eip3770' })
  }
  return undefined
}

/** A chain id written in the input (EIP-681, CAIP-10): a whole number JavaScript holds exactly, or bad input. */
function chainIdOf(digits: string): number {
  const id = Number(digits)
  if (!Number.isSafeInteger(id))
    throw new InputError(
      `"${digits.slice(0, 24)}${digits.length > 24 ? '…' : ''}" is not a chain id.`,
      'Chain ids are whole numbers such as 1 (Ethereum) or 8453 (Base).',
      { reason: 'bad-chain-id', digits: `${digits.slice(0, 24)}${digits.length > 24 ? '…' : ''}` },
    )
  return id
}

function tooLong(length: number): InputError {
  return new InputError(`The input is ${length} characters long; txdoctor reads at most ${maxInputLength}.`, inputHint, { reason: 'too-long', length, max: maxInputLength })
}

const openers = new Set(['"', "'", '`', '<', '(', '['])
const closers = new Set(['"', "'", '`', '>', ')', ']', '.', ',', ';', ':', '!', '?'])

const isSpace = (c: string) => /\s/.test(c)

/**
 * Removes what copying adds around a thing: surrounding quotes and brackets (also when spaced out: `( "0x…" )`),
 * trailing punctuation, whitespace (invisible marks are gone already: `classify` strips them once). Linear in the
 * length of the text: the ends are stripped by walking indexes, not by a regex anchored at `$` (which retries from
 * every position of a long run of punctuation, quadratically).
 */
function clean(visible: string): string {
  let start = 0
  let end = visible.length
  while (start < end && (openers.has(visible[start]!) || isSpace(visible[start]!))) start++
  while (end > start && (closers.has(visible[end - 1]!) || isSpace(visible[end - 1]!))) end--
  return visible.slice(start, end).replace(/\s+/g, '')
}

function withChain<input extends Input>(input: input, chain: ChainHint | undefined): input {
  return chain ? { ...input, chain } : input
}
