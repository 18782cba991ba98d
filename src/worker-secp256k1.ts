/**
 * secp256k1 as the Worker ships it (wrangler.toml `[alias]`): viem recovers EIP-7702 authorizations' signers with
 * `await import('@noble/curves/secp256k1')`, and a module imported dynamically is bundled whole (Schnorr,
 * hash-to-curve and the lazy-loading wrappers: ~4 KiB gzip the Worker never runs). Re-exporting the one member viem
 * uses lets the bundler drop the rest. The path is a file path, not the package name, which the alias would turn
 * back into this file; @noble/curves is a declared dependency at viem's own version, so npm keeps it at the top.
 */
export { secp256k1 } from '../node_modules/@noble/curves/esm/secp256k1.js'
