import { InputError } from '../core/errors.js'
import type { Input } from '../core/types.js'

/**
 * What people actually paste around the thing to check: a label ("Hash:", "TxHash", "交易哈希："), a sentence
 * ("my tx 0x… is stuck pls help"), quotes and brackets. These find the thing, or say why not.
 */

/** Labels wallets, explorers and support forms print before a hash or an address, in English and Chinese. */
const label = /^\s*(?:tx\s*hash|transaction\s*hash|transaction\s*id|tx\s*id|txid|txn\s*hash|hash|tx|txn|address|addr|wallet|交易哈希|交易\s*ID|交易号|哈希值?|钱包地址|地址)\s*[:：=]\s*/i

/** The text without a leading label, if it has one. */
export const withoutLabel = (text: string): string => text.replace(label, '')

/** Where words end in pasted text: whitespace, and Latin or CJK punctuation and brackets. */
const separators = /[\s,，。、；;！!？?（）()【】[\]<>《》"'“”‘’`|]+/

/** A single ASCII word: nothing around the thing to look through (other scripts may glue words together). */
export const isOneWord = (text: string): boolean => /^[\x21-\x7E]*$/.test(text.trim()) && text.trim().split(separators).filter(Boolean).length <= 1

/** A hash or an address glued to other characters ("哈希是0x…"): found by shape. */
const gluedHex = /0x[0-9a-f]{64}(?![0-9a-f])|0x[0-9a-f]{40}(?![0-9a-f])/gi

/**
 * Every distinct thing `classifyOne` accepts among the words of `text`. Two words that name the same transaction
 * or address count once (an explorer link and its hash), keeping the one that names a chain or another network.
 */
export function candidatesIn(text: string, classifyOne: (word: string) => Input): { word: string; input: Input }[] {
  const found = new Map<string, { word: string; input: Input }>()
  const consider = (word: string) => {
    let input: Input
    try {
      input = classifyOne(withoutLabel(word))
    } catch (error) {
      if (error instanceof InputError) return
      throw error
    }
    const key = keyOf(input)
    const seen = found.get(key)
    if (!seen || (!namesItsNetwork(seen.input) && namesItsNetwork(input))) found.set(key, { word, input })
  }
  const words = text.split(separators).filter((w) => w.length >= 3 && w.length <= 512)
  for (const word of words) consider(word)
  for (const match of text.matchAll(gluedHex)) consider(match[0])
  return [...found.values()]
}

/** An explorer link names the chain, or the other network, that a bare hash or id leaves open. */
const namesItsNetwork = (input: Input): boolean => ('chain' in input && input.chain !== undefined) || input.kind === 'non-evm-transaction'

function keyOf(input: Input): string {
  if (input.kind === 'transaction') return `tx:${input.hash}`
  if (input.kind === 'address') return `address:${input.address.toLowerCase()}`
  if (input.kind === 'ens') return `ens:${input.name}`
  // A Bitcoin or TRON id is the same 64 hex digits as the bare hash beside its link: one thing.
  if (input.kind === 'non-evm-transaction') return /^[0-9a-f]{64}$/.test(input.id) ? `tx:0x${input.id}` : `other-tx:${input.id}`
  return `other:${input.address}`
}

/** A hash or address with its middle left out, as wallets and explorers display them: `0x70ce…95cf`. */
export function shortenedHex(text: string): string | undefined {
  return /0x[0-9a-f]{2,12}\s*(?:…|\.{2,3})\s*[0-9a-f]{2,12}(?![0-9a-f])/i.exec(text)?.[0]
}
