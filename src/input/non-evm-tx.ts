import type { NonEvmTransaction, NonEvmTxNetwork } from '../core/non-evm.js'
import { isSolanaSignature, nonEvmAddress } from './non-evm.js'

/**
 * Other networks' transaction ids, recognised so the answer can say which network they belong to and where to look
 * them up. A Solana signature is recognisable alone (base58 of 64 bytes: no EVM hash looks like it). A Bitcoin or
 * TRON id is 64 hex digits, exactly like an EVM hash without `0x`: only the explorer link it came in tells them
 * apart, so a bare one stays an EVM search (TX_NOT_FOUND then says it may be Bitcoin or TRON).
 */
export function nonEvmTransaction(text: string): NonEvmTransaction | undefined {
  return isSolanaSignature(text) ? { network: 'solana', id: text } : undefined
}

type Explorer = {
  /** How the explorer is named in answers: txdoctor's own words, never the pasted host. */
  name: string
  hosts: string[]
  /** The transaction page's path (after the host, the hash route included), capturing the id. */
  path: RegExp
  network: NonEvmTxNetwork | ((path: string) => NonEvmTxNetwork)
}

const hex64 = '([0-9a-fA-F]{64})'
const base58 = '([1-9A-HJ-NP-Za-km-z]{80,90})'
const testnetPath = (path: string): NonEvmTxNetwork => (/^\/(?:testnet4?|signet)\//.test(path) ? 'bitcoin-testnet' : 'bitcoin')

/** The explorers of those networks that people paste links from. */
const explorers: Explorer[] = [
  { name: 'Solscan', hosts: ['solscan.io'], path: new RegExp(`^/tx/${base58}$`), network: 'solana' },
  { name: 'Solana Explorer', hosts: ['explorer.solana.com'], path: new RegExp(`^/tx/${base58}$`), network: 'solana' },
  { name: 'Solana FM', hosts: ['solana.fm'], path: new RegExp(`^/tx/${base58}$`), network: 'solana' },
  { name: 'mempool.space', hosts: ['mempool.space'], path: new RegExp(`^(?:/testnet4?|/signet)?/tx/${hex64}$`), network: testnetPath },
  { name: 'Blockstream Explorer', hosts: ['blockstream.info'], path: new RegExp(`^(?:/testnet)?/tx/${hex64}$`), network: testnetPath },
  {
    name: 'Blockchair', hosts: ['blockchair.com'], path: new RegExp(`^/bitcoin(?:/testnet)?/transaction/${hex64}$`),
    network: (path) => (path.startsWith('/bitcoin/testnet/') ? 'bitcoin-testnet' : 'bitcoin'),
  },
  {
    name: 'Blockchain.com', hosts: ['blockchain.com'], path: new RegExp(`^/explorer/transactions/(btc|btc-testnet)/${hex64}$`),
    network: (path) => (path.includes('/btc-testnet/') ? 'bitcoin-testnet' : 'bitcoin'),
  },
  // Tronscan routes in the fragment: tronscan.org/#/transaction/<id>.
  { name: 'Tronscan', hosts: ['tronscan.org', 'tronscan.io'], path: new RegExp(`^/#/transaction/${hex64}$`), network: 'tron' },
]

/**
 * A link to an account on Tronscan (`tronscan.org/#/address/T…`), or undefined. The address must be a TRON address
 * (checksum verified): a link with a cut-off or altered address is not taken as one.
 */
export function tronscanAddress(url: URL): string | undefined {
  const host = url.hostname.replace(/^www\./, '').toLowerCase()
  if (host !== 'tronscan.org' && host !== 'tronscan.io') return undefined
  const match = /^#\/address\/(T[1-9A-HJ-NP-Za-km-z]{33})(?:[/?].*)?$/.exec(url.hash)
  return match && nonEvmAddress(match[1]!)?.network === 'tron' ? match[1] : undefined
}

/**
 * A link to a transaction on another network's explorer, or undefined (not such a link: the EVM explorer parser
 * reads it next). The id must have its network's shape: a link with a cut-off id is not taken as that network's.
 *
 * @example nonEvmExplorerTransaction(new URL('https://mempool.space/tx/4a5e…a33b')) // { network: 'bitcoin', id, explorerName: 'mempool.space' }
 */
export function nonEvmExplorerTransaction(url: URL): NonEvmTransaction | undefined {
  const host = url.hostname.replace(/^www\./, '').toLowerCase()
  const explorer = explorers.find((e) => e.hosts.includes(host))
  if (!explorer) return undefined
  const page = url.pathname.replace(/\/+$/, '')
  // Hash-routed explorers keep the page in the fragment (tronscan.org/#/transaction/…), query and all.
  const route = url.hash.startsWith('#/') ? `/#${url.hash.slice(1).replace(/\?.*$/, '').replace(/\/+$/, '')}` : ''
  const path = `${page}${route}`
  const id = explorer.path.exec(path)?.at(-1)
  if (!id) return undefined
  const network = typeof explorer.network === 'function' ? explorer.network(path) : explorer.network
  if (network === 'solana' && !isSolanaSignature(id)) return undefined
  return { network, id: network === 'solana' ? id : id.toLowerCase(), explorerName: explorer.name }
}
