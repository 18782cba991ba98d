/** Longest on-chain string we show; longer ones are cut and marked. */
export const maxUntrustedLength = 80

/**
 * Marks that show nothing yet change what a reader (or a model) takes in: zero-width and joiner characters,
 * bidirectional controls, the soft hyphen, Hangul and Khmer fillers, variation selectors (the supplement's are
 * used to hide text a model still decodes), interlinear annotations and tag characters. Removed from what
 * people paste (src/input) and from on-chain text alike.
 */
const marks =
  '[\\u00AD\\u034F\\u061C\\u115F\\u1160\\u17B4\\u17B5\\u180E\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u206F\\u3164\\uFE00-\\uFE0E\\uFEFF\\uFFA0\\uFFF9-\\uFFFB]|\\uDB40[\\uDC00-\\uDC7F\\uDD00-\\uDDEF]'
export const invisibleMarks = new RegExp(marks, 'g')

/**
 * What never belongs in text someone else wrote on the chain: control characters (C0, C1: terminal escapes),
 * line and paragraph separators (U+2028/2029: a new line for some readers), zero-width and invisible marks,
 * bidirectional controls (which reverse text to fake an address), interlinear annotations and tag characters
 * (invisible text a language model still reads).
 */
const invisible = new RegExp(`[\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]|${marks}`, 'g')

/**
 * Makes an attacker-controlled string (token symbol or name, revert reason) safe to show as data: strips what
 * `invisible` names, turns the guillemets txdoctor quotes with («…») into single ones so a string cannot close
 * its own quote, and caps the length. Run where the string enters (the reads) and again where it is shown;
 * escaping for HTML or for an agent's fence happens in those renderers.
 */
export function sanitizeUntrusted(value: string): string {
  const stripped = value.replace(invisible, '').replace(/«/g, '‹').replace(/»/g, '›').trim()
  const characters = [...stripped]
  // The mark counts toward the cap, so sanitizing twice changes nothing.
  return characters.length > maxUntrustedLength ? `${characters.slice(0, maxUntrustedLength - 1).join('')}…` : stripped
}

/**
 * Letters from more than one script in one word (Latin U with a Cyrillic Ѕ in "UЅDT"): how fake tokens imitate
 * real ones in a wallet's list. Digits, punctuation and spaces don't count.
 */
export function mixesScripts(value: string): boolean {
  const scripts = new Set<string>()
  for (const ch of value.normalize('NFC')) {
    if (/\p{Script=Latin}/u.test(ch)) scripts.add('latin')
    else if (/\p{Script=Cyrillic}/u.test(ch)) scripts.add('cyrillic')
    else if (/\p{Script=Greek}/u.test(ch)) scripts.add('greek')
    else if (/\p{Script=Armenian}/u.test(ch)) scripts.add('armenian')
    else if (/\p{L}/u.test(ch)) scripts.add('other')
  }
  return scripts.size > 1
}

/** A token name or symbol that carries a link or a domain is a scam signal: real tokens don't advertise sites. */
export function containsLink(value: string): boolean {
  return /(https?:\/\/|www\.|\b[a-z0-9-]{2,}\.(com|io|org|net|xyz|app|finance|site|online|top|claim|gift|vip|fi|co|me|cc|link|info|pro|cash)\b)/i.test(value)
}
