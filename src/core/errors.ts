/**
 * Failures, not findings: a reverted transaction is a finding; a string we cannot read, or no node answering,
 * is an error. Each has a stable `code` (for problem+json and agents), a `shortMessage` for people and a
 * `hint` that says what would work.
 */
export class TxDoctorError extends Error {
  override name = 'TxDoctorError'
  readonly code: string
  readonly shortMessage: string
  readonly hint: string | undefined

  constructor(code: string, shortMessage: string, options: { hint?: string; cause?: unknown } = {}) {
    super(options.hint ? `${shortMessage}\n${options.hint}` : shortMessage, { cause: options.cause })
    this.code = code
    this.shortMessage = shortMessage
    this.hint = options.hint
  }
}

/**
 * What exactly was wrong with an input, as data. The English words are the error's own; for a Chinese reader the
 * catalog words the reason (src/explain/error-words.ts), on the web form, the API and the CLI alike. An input
 * error without one gets the general words for BAD_INPUT.
 */
export type InputReason =
  | { reason: 'empty' }
  | { reason: 'too-long'; length: number; max: number }
  /** Two or more things to check in one text. */
  | { reason: 'several'; candidates: string[] }
  /** A hash or address with its middle left out (`0x70ce…95cf`). */
  | { reason: 'shortened'; text: string }
  /** A sentence with nothing in it that txdoctor recognises. */
  | { reason: 'nothing-found' }
  | { reason: 'link-without-target' }
  /** `0x` and a number of hex digits that is neither 64 nor 40. */
  | { reason: 'hex-length'; digits: number }
  | { reason: 'unrecognised'; text: string }
  | { reason: 'bad-ens'; text: string }
  /** `foo:0x…` where foo names no network txdoctor knows. */
  | { reason: 'unknown-prefix'; prefix: string; examples: string[] }
  | { reason: 'bad-chain-id'; digits: string }
  /** A network named (`--chain`, `?chain=`) that txdoctor does not know. */
  | { reason: 'unknown-network'; name: string; examples: string[] }
  /** A network txdoctor knows but this server does not check. */
  | { reason: 'network-not-checked'; network: string; checked: string[] }
  /** A TRON account's token approvals: TRON's full nodes keep no index to list them by. */
  | { reason: 'tron-approvals' }

/** The input is not something txdoctor can diagnose. HTTP 400, CLI exit 2. */
export class InputError extends TxDoctorError {
  override name = 'InputError'
  /** What was wrong, for words in other languages; absent where only the English message says. */
  readonly why: InputReason | undefined
  constructor(shortMessage: string, hint: string = inputHint, why?: InputReason) {
    super('BAD_INPUT', shortMessage, { hint })
    this.why = why
  }
}

export const inputHint =
  'Paste a transaction hash (0x followed by 64 hex characters), a wallet or contract address (0x followed by 40 ' +
  'hex characters), a TRON address (T followed by 33 characters) or transaction id, an ENS name such as vitalik.eth, ' +
  'or a block-explorer link to one of these.'

/** Configuration (env, flags, [vars]) is wrong. The message names the setting. CLI exit 2. */
export class ConfigError extends TxDoctorError {
  override name = 'ConfigError'
  constructor(shortMessage: string, hint?: string) {
    super('BAD_CONFIG', shortMessage, hint === undefined ? {} : { hint })
  }
}

/** No node of any chain that was asked answered. HTTP 503, CLI exit 3. */
export class NoNodeReachableError extends TxDoctorError {
  override name = 'NoNodeReachableError'
  constructor(chains: string[], cause?: unknown) {
    const why = reasonOf(cause)
    super('NO_NODE_REACHABLE', `No node answered for ${chains.join(', ') || 'any chain'}${why ? ` (${why.replace(/\.$/, '')})` : ''}.`, {
      // Words for whoever reads the answer (a wallet user on the web form); the CLI adds how to name a node.
      hint: 'The network servers did not answer in time. Try again in a minute.',
      cause,
    })
  }
}

/** One line on why a node failed, from a failure record ({ why }) or an error; nothing when neither says. */
function reasonOf(cause: unknown): string | undefined {
  if (typeof cause === 'object' && cause !== null && 'why' in cause && typeof cause.why === 'string') return cause.why
  return undefined
}
