import type { ChainSpec } from '../src/core/chain-spec.js'
import arbitrum from './arbitrum.js'
import avalanche from './avalanche.js'
import baseSepolia from './base-sepolia.js'
import base from './base.js'
import bsc from './bsc.js'
import celo from './celo.js'
import devnet from './devnet.js'
import ethereum from './ethereum.js'
import gnosis from './gnosis.js'
import linea from './linea.js'
import mantle from './mantle.js'
import optimism from './optimism.js'
import polygon from './polygon.js'
import scroll from './scroll.js'
import sepolia from './sepolia.js'
import sonic from './sonic.js'
import unichain from './unichain.js'
import zksync from './zksync.js'

/** Every chain txdoctor knows, mainnets first in rough order of how often users ask about them. */
export const chainRegistry: readonly ChainSpec[] = [
  ethereum, bsc, base, arbitrum, polygon, optimism, avalanche, linea, scroll, zksync, gnosis, celo, mantle,
  sonic, unichain, sepolia, baseSepolia, devnet,
]
