import { defineConfig } from 'vitest/config'

/**
 * The scenario suite: files that build real situations through the lab (test/harness/lab.ts) and assert what
 * txdoctor diagnoses. They run twice — against the lab profile's generous node and against the public profile's
 * (pruned state, no tracing or pool, no Multicall3) — the same files, only TXDOCTOR_LAB_PROFILE differs
 * (DESIGN §9). Files about plumbing (HTTP, MCP transport, CLI, workerd, browser, faults, memory, security,
 * lagging, the demo, the lab itself) run once, on the lab profile.
 */
const scenarioFiles = [
  'test/integration/tx-mined.test.ts',
  'test/integration/tx-pending.test.ts',
  'test/integration/address.test.ts',
  'test/integration/approvals.test.ts',
  'test/integration/no-multicall.test.ts',
  'test/integration/public-node.test.ts',
  // An EVM hash and a TRON id searched at once: the EVM side on both node profiles.
  'test/integration/tron-search.test.ts',
]

const integration = { globalSetup: ['test/harness/global-setup.ts'], testTimeout: 30_000, hookTimeout: 60_000 }

export default defineConfig({
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'integration', include: ['test/integration/**/*.test.ts'], ...integration } },
      { extends: true, test: { name: 'integration-public', include: scenarioFiles, env: { TXDOCTOR_LAB_PROFILE: 'public' }, ...integration } },
    ],
  },
})
