import type { ChainSpec } from '../core/chain-spec.js'

export type ExplorerLink = { chainId?: number; target: string }

/**
 * Pulls the hash or address out of a block-explorer link, and the chain from the explorer's host
 * (`https://basescan.org/tx/0x…` → Base). Links from explorers we don't know still yield their target, with no
 * chain, so the search can cover every chain.
 */
export function parseExplorerUrl(text: string, chains: readonly ChainSpec[]): ExplorerLink | undefined {
  const url = webLink(text)
  if (!url) return undefined
  const target = targetOf(url)
  if (!target) return undefined
  const chainId = chainOfExplorer(url, chains)
  return chainId === undefined ? { target } : { chainId, target }
}

/** The text as an http(s) URL (a link pasted without its scheme gets https), or undefined. */
export function webLink(text: string): URL | undefined {
  let url: URL
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`)
  } catch {
    return undefined
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined
}

function targetOf(url: URL): string | undefined {
  // Etherscan's token page shows a holder's view with ?a=<address>; the holder is who the user cares about.
  const holder = url.searchParams.get('a')
  if (holder && /^0x[0-9a-f]{40}$/i.test(holder)) return holder
  // Hash-routed explorers (tronscan.org/#/address/T…) keep the path in the fragment.
  const route = url.hash.startsWith('#/') ? url.hash.slice(1) : ''
  const path = decodedPath(url.pathname + route)
  const match = /\/(?:tx|txs|transaction|transactions|address|addresses|account|accounts|token|wallet)\/([^/?#]+)/i.exec(path)
  if (match) return match[1]
  return /(0x[0-9a-f]{64}|0x[0-9a-f]{40})(?![0-9a-f])/i.exec(path)?.[1]
}

/** Percent-decoded, so `%30x…` still reads as `0x…`; a malformed escape (`%E0%A4%A`) leaves the path as it came. */
function decodedPath(path: string): string {
  try {
    return decodeURIComponent(path)
  } catch {
    return path
  }
}

function chainOfExplorer(url: URL, chains: readonly ChainSpec[]): number | undefined {
  const host = url.hostname.replace(/^www\./, '').toLowerCase()
  let best: { id: number; prefixLength: number } | undefined
  for (const chain of chains)
    for (const base of chain.explorers) {
      const explorer = new URL(base)
      if (explorer.hostname.replace(/^www\./, '') !== host) continue
      // Some explorers serve several chains under one host, told apart by a path prefix: the longest wins.
      const prefix = explorer.pathname.replace(/\/$/, '')
      if (!url.pathname.startsWith(prefix)) continue
      if (!best || prefix.length > best.prefixLength) best = { id: chain.id, prefixLength: prefix.length }
    }
  return best?.id
}
