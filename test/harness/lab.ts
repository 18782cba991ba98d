import { ContractFactory, HDNodeWallet, JsonRpcProvider, Mnemonic, type BaseContract, type Wallet } from 'ethers'
import { loadConfig, type Config } from '../../src/config/config.js'
import { commonContracts } from '../../src/core/chain-spec.js'
import { startRpcProxy } from '../helpers/rpc-proxy.js'
import { startAnvil, type Anvil } from './anvil.js'
import { compileContracts, type Artifact, type ContractName } from './contracts.js'

/** anvil's well-known development mnemonic: funded accounts, never used for anything real. */
const devMnemonic = Mnemonic.fromPhrase('test test test test test test test test test test test junk')

/**
 * Which node txdoctor meets (DESIGN §9, "Two node profiles"):
 * - `lab`: a generous node — archive state, `debug_*` and `txpool_*`, Multicall3 at its canonical address.
 * - `public`: what users reach — a full node that keeps only recent state, refuses tracing and the pool with
 *   geth's -32601, and (like a private or new chain) has no Multicall3.
 * Chosen per test run with `TXDOCTOR_LAB_PROFILE` (the `integration-public` vitest project sets it).
 */
export type LabProfile = 'lab' | 'public'

export function labProfileFromEnv(value = process.env.TXDOCTOR_LAB_PROFILE): LabProfile {
  if (value === undefined || value === '' || value === 'lab') return 'lab'
  if (value === 'public') return 'public'
  throw new Error(`TXDOCTOR_LAB_PROFILE must be "lab" or "public", not ${JSON.stringify(value)}`)
}

/**
 * anvil's flags for the public profile. `--prune-history` without a number keeps the state of the newest block
 * only: state at any earlier block (eth_call, eth_getBalance, eth_getCode, eth_getStorageAt, eth_estimateGas…)
 * is answered with -32602 "BlockOutOfRangeError: block height is H but requested was N". Blocks, receipts and
 * logs stay. A real full node keeps ~128 blocks of state; here blocks come one per transaction, so "only the
 * newest" stands for "older than the node's window", which is where a user asking later usually is.
 * (`--prune-history 0` is not the same: anvil then never advances past block 0.)
 */
export const publicAnvilArgs = ['--prune-history']

/** What public nodes refuse, answered as geth does: -32601 "the method X does not exist/is not available". */
export const publicRefusals = ['debug_*', 'trace_*', 'txpool_*']

export type LabChain = Anvil & {
  /**
   * The node URL to give txdoctor: anvil itself on the lab profile; on the public profile, a proxy in front of
   * it that refuses {@link publicRefusals}. Tests building their own txdoctor config use this.
   */
  url: string
  /** anvil itself: the test's wallet (`provider`, `lab.rpc`, anvil_* cheat methods) always talks to it directly. */
  anvilUrl: string
  provider: JsonRpcProvider
  accounts: HDNodeWallet[]
}

/**
 * Two real local chains (ids 31337 and 31338, for wrong-network cases) with funded wallets, Permit2's allowance
 * contract at its canonical address (and, on the lab profile, Multicall3 at its own), compiled scenario contracts,
 * and a txdoctor config that points at both. The user's wallet is ethers, independent of the viem code under test.
 */
export type Lab = {
  profile: LabProfile
  a: LabChain
  b: LabChain
  artifacts: Record<ContractName, Artifact>
  /** txdoctor configuration for both chains, with short timeouts (through the public proxies on that profile). */
  config: Config
  deploy<contract = BaseContract>(chain: LabChain, name: ContractName, args?: unknown[], from?: Wallet | HDNodeWallet): Promise<contract & BaseContract>
  rpc<result = unknown>(chain: LabChain, method: string, params?: unknown[]): Promise<result>
  stop(): Promise<void>
}

/**
 * A node as the profile wants it: anvil (pruned on the public profile) and the URL txdoctor should use, with a
 * `stop` for both. Shared with helpers that start chains of their own (the ENS stand-in for Ethereum).
 */
export async function startProfileNode(profile: LabProfile, chainId: number): Promise<Anvil & { anvilUrl: string }> {
  const anvil = await startAnvil({ chainId, args: profile === 'public' ? publicAnvilArgs : [] })
  if (profile === 'lab') return { ...anvil, anvilUrl: anvil.url }
  const proxy = await startRpcProxy({ target: anvil.url, refuse: publicRefusals }).catch(async (error: unknown) => {
    await anvil.stop()
    throw error
  })
  return {
    ...anvil,
    url: proxy.url,
    anvilUrl: anvil.url,
    async stop() {
      await proxy.close()
      await anvil.stop()
    },
  }
}

export async function startLab({ timeoutMs = 8_000, profile = labProfileFromEnv() }: { timeoutMs?: number; profile?: LabProfile } = {}): Promise<Lab> {
  const artifacts = compileContracts()
  const nodes = await Promise.allSettled([startProfileNode(profile, 31337), startProfileNode(profile, 31338)])
  const [a, b] = nodes.map((n) => (n.status === 'fulfilled' ? n.value : undefined))
  if (!a || !b) {
    await Promise.all([a?.stop(), b?.stop()])
    throw nodes.map((n) => (n.status === 'rejected' ? n.reason : undefined)).find(Boolean)
  }
  const chains = [a, b].map((node): LabChain => {
    const provider = new JsonRpcProvider(node.anvilUrl, node.chainId, { staticNetwork: true, cacheTimeout: -1 })
    const accounts = Array.from({ length: 10 }, (_, i) => HDNodeWallet.fromMnemonic(devMnemonic, `m/44'/60'/0'/0/${i}`).connect(provider))
    return { ...node, provider, accounts }
  }) as [LabChain, LabChain]
  const rpc = <result>(chain: LabChain, method: string, params: unknown[] = []) => chain.provider.send(method, params) as Promise<result>
  await Promise.all(
    chains.flatMap((chain) => [
      // Real chains have Permit2; a private or new chain has no Multicall3, and neither does the public profile.
      rpc(chain, 'anvil_setCode', [commonContracts.permit2, artifacts.Permit2Lite.deployedBytecode]),
      ...(profile === 'lab' ? [rpc(chain, 'anvil_setCode', [commonContracts.multicall3, artifacts.Multicall3.deployedBytecode])] : []),
    ]),
  )

  return {
    profile,
    a: chains[0],
    b: chains[1],
    artifacts,
    config: loadConfig({
      TXDOCTOR_CHAINS: '31337,31338',
      TXDOCTOR_RPC_31337: chains[0].url,
      TXDOCTOR_RPC_31338: chains[1].url,
      TXDOCTOR_TIMEOUT_MS: String(timeoutMs),
      TXDOCTOR_RPC_TIMEOUT_MS: '2000',
    }),
    async deploy(chain, name, args = [], from = chain.accounts[0]!) {
      const artifact = artifacts[name]
      const contract = await new ContractFactory(artifact.abi as never, artifact.bytecode, from).deploy(...args)
      await contract.waitForDeployment()
      return contract as never
    },
    rpc,
    async stop() {
      for (const chain of chains) chain.provider.destroy()
      await Promise.all([a.stop(), b.stop()])
    },
  }
}
