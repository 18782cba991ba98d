/** Longest on-chain string we show; longer ones are cut and marked. */
export const maxUntrustedLength = 80

/**
 * Makes an attacker-controlled string (token symbol, revert reason) safe to show as data: strips control,
 * zero-width and bidirectional-override characters (which can reverse text to fake an address) and caps the
 * length. HTML escaping happens in the HTML renderer; this keeps the JSON faithful to what was read.
 */
export function sanitizeUntrusted(value: string): string {
  const stripped = value.replace(/[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g, '').trim()
  return stripped.length > maxUntrustedLength ? `${stripped.slice(0, maxUntrustedLength)}…` : stripped
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
