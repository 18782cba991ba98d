import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export type Artifact = { abi: unknown[]; bytecode: `0x${string}`; deployedBytecode: `0x${string}` }
export type ContractName =
  | 'TestToken' | 'TestNFT' | 'MultiToken' | 'PermitToken' | 'Permit2Lite' | 'Multicall3' | 'MockRouter' | 'Reverter' | 'SmartWallet' | 'Sweeper'
  | 'MockUniversalResolver'

const require = createRequire(import.meta.url)
const sourceDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'contracts')
const root = join(sourceDir, '..', '..')
const cacheDir = join(root, 'node_modules', '.cache', 'txdoctor')

/**
 * Compiles the scenario contracts with solc-js (the `solc` npm package: no download) against OpenZeppelin's
 * sources, once per change of source: the result is cached under node_modules/.cache.
 */
export function compileContracts(): Record<ContractName, Artifact> {
  const files = readdirSync(sourceDir).filter((f) => f.endsWith('.sol')).sort()
  const sources = Object.fromEntries(files.map((f) => [f, { content: readFileSync(join(sourceDir, f), 'utf8') }]))
  const solcVersion = (require('solc/package.json') as { version: string }).version
  const key = createHash('sha256').update(JSON.stringify({ sources, solcVersion })).digest('hex').slice(0, 16)
  const cacheFile = join(cacheDir, `contracts-${key}.json`)
  if (existsSync(cacheFile)) return JSON.parse(readFileSync(cacheFile, 'utf8')) as Record<ContractName, Artifact>

  const solc = require('solc') as { compile(input: string, options: { import: (path: string) => unknown }): string }
  const input = {
    language: 'Solidity',
    sources,
    settings: {
      optimizer: { enabled: true, runs: 200 },
      evmVersion: 'cancun',
      outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] } },
    },
  }
  const findImports = (path: string) => {
    try {
      return { contents: readFileSync(require.resolve(path), 'utf8') }
    } catch {
      return { error: `not found: ${path}` }
    }
  }
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports })) as {
    errors?: { severity: string; formattedMessage: string }[]
    contracts: Record<string, Record<string, { abi: unknown[]; evm: { bytecode: { object: string }; deployedBytecode: { object: string } } }>>
  }
  const errors = (output.errors ?? []).filter((e) => e.severity === 'error')
  if (errors.length) throw new Error(errors.map((e) => e.formattedMessage).join('\n'))

  const artifacts: Record<string, Artifact> = {}
  for (const file of files)
    for (const [name, contract] of Object.entries(output.contracts[file] ?? {}))
      artifacts[name] = {
        abi: contract.abi,
        bytecode: `0x${contract.evm.bytecode.object}`,
        deployedBytecode: `0x${contract.evm.deployedBytecode.object}`,
      }
  mkdirSync(cacheDir, { recursive: true })
  writeFileSync(cacheFile, JSON.stringify(artifacts))
  return artifacts as Record<ContractName, Artifact>
}
