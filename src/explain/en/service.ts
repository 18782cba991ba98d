import type { CatalogPart, ServiceCode } from '../catalog-types.js'
import { answeredBadly } from '../views/service.js'

/** Said of one of txdoctor's own nodes met while diagnosing: the user's wallet settings are not the problem. */
const ours = (what: string, outcome: string) => ({
  title: `One of the servers txdoctor reads this network through ${what}.`,
  body: outcome,
  actions: ['Nothing to change on your side. If the answer says it is incomplete, try again in a minute.'],
})
const elsewhere = 'We asked another one, or answered with what we had.'
/** The expert's step for one of txdoctor's own nodes: whoever reads the answer cannot reconfigure the server. */
const skipped = 'txdoctor skipped this node for this answer: nothing to change on your side. If the answer is incomplete, retry in a minute.'

export const serviceEn: CatalogPart<ServiceCode> = {
  RPC_HEALTHY: {
    novice: () => ({
      title: 'This network server is working.',
      body: 'It answers quickly, belongs to the network it should, and is up to date.',
      actions: ['If your wallet still cannot connect, check its network settings, or restart the wallet app.'],
    }),
    expert: (x, f) => ({
      title: `Healthy: chain ${x.chainId}, head ${f.count(x.head)}`,
      body: `${x.endpoint} answered in ${x.latencyMs} ms; every probed method is available.`,
      actions: ['No action needed.'],
    }),
  },
  RPC_UNREACHABLE: {
    novice: (x) =>
      x.inDiagnosis ? (answeredBadly(x.error) ? ours('answered with an error', `We did not use that answer. ${elsewhere}`) : ours('did not answer', elsewhere)) : {
      title: 'This network server is not answering.',
      body: `We could not reach ${x.endpoint}. Wallets and apps read the network through servers like this one.`,
      actions: ['Try again in a minute.', 'If your wallet uses this server, pick another one in its network settings.'],
    },
    expert: (x, f) => ({ title: `${answeredBadly(x.error) ? 'Node error' : 'Unreachable'}: ${x.endpoint}`, body: `The node answered: ${f.quote(x.error)}`, actions: [x.inDiagnosis ? skipped : 'Use another endpoint for this chain.'] }),
  },
  RPC_WRONG_CHAIN: {
    novice: (x) =>
      x.inDiagnosis
        ? ours('belongs to a different network', 'We did not use its answers, so they are not part of the answer above.')
        : {
            title: 'This server belongs to a different network than expected.',
            body: 'Its answers would describe another network, so we do not use it.',
            actions: ["Check the network settings in your wallet: the server address and the network don't match."],
          },
    expert: (x) => ({
      title: `Wrong chain: eth_chainId ${x.actualChainId}, expected ${x.expectedChainId}`,
      body: `${x.endpoint} was excluded for this chain.`,
      actions: [x.inDiagnosis ? skipped : 'Fix the URL mapping (TXDOCTOR_RPC_<chainId> / --rpc).'],
    }),
  },
  RPC_LAGGING: {
    novice: (x) =>
      x.inDiagnosis
        ? ours(`is about ${x.secondsBehind} seconds behind`, 'Transfers it has not seen yet would look missing there, so we did not rely on it.')
        : {
            title: 'This server is behind the rest of the network.',
            body: `It is missing about the last ${x.secondsBehind} seconds, so recent transfers may look missing.`,
            actions: ['Wait a minute, or switch to another server in your wallet’s network settings.'],
          },
    expert: (x, f) => ({
      title: `Lagging ${f.count(x.blocksBehind)} block(s) (~${x.secondsBehind} s)`,
      body: `${x.endpoint}'s newest block is about ${x.secondsBehind} s behind the chain's head. While it lags, a transaction it has not seen yet looks missing or pending there, so txdoctor does not take its word for it.`,
      actions: [x.inDiagnosis ? skipped : 'Prefer another endpoint until it catches up (txdoctor skips it in favour of the next one configured).'],
    }),
  },
  RPC_RATE_LIMITED: {
    novice: (x) =>
      x.inDiagnosis
        ? ours('is busy and asked us to slow down', elsewhere)
        : { title: 'This server is busy and asked us to slow down.', body: 'Free public servers limit how often they answer.', actions: ['Try again in a minute.'] },
    expert: (x) => ({
      title: `Rate limited: ${x.endpoint}`,
      body: `HTTP 429${x.retryAfterSeconds === undefined ? '' : `, Retry-After ${x.retryAfterSeconds} s`}.`,
      actions: [x.inDiagnosis ? skipped : 'Back off, or configure a keyed endpoint with TXDOCTOR_RPC_<chainId>.'],
    }),
  },
  RPC_METHOD_MISSING: {
    novice: () => ({
      title: 'This server does not offer everything needed for a full check.',
      body: 'Some questions about transfers can only be answered by servers that offer more information.',
      actions: ['Use a different server for a complete answer.'],
    }),
    expert: (x) => ({
      title: `Unsupported methods: ${x.methods.join(', ')}`,
      body: `${x.endpoint} rejected these methods.`,
      actions: ['Use an endpoint that supports them (archive/debug nodes for traces).'],
    }),
  },
  DIAGNOSIS_PARTIAL: {
    novice: (x) => ({
      title: 'Part of this check could not be completed, so the answer may be incomplete.',
      body: `Some network servers did not answer every question we asked (${[...new Set(x.failed.map((f) => f.what))].join(', ')}).`,
      actions: ['Try again in a minute for a complete answer.'],
    }),
    expert: (x, f) => ({
      title: 'Partial diagnosis',
      body: x.failed.map((failure) => `${failure.what}: ${f.quote(failure.why)}`).join('; '),
      actions: ['Retry in a minute: what is listed was not read this time; the rest of the answer stands.'],
    }),
  },
}

/** The CLI's progress line (on stderr) while standing approvals are scanned: each chain and how far it is. */
export const progressEn = { scanningApprovals: (chains: string[]) => `scanning approvals: ${chains.join(' · ')}` }
