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

/** The input is not something txdoctor can diagnose. HTTP 400, CLI exit 2. */
export class InputError extends TxDoctorError {
  override name = 'InputError'
  constructor(shortMessage: string, hint: string = inputHint) {
    super('BAD_INPUT', shortMessage, { hint })
  }
}

export const inputHint =
  'Paste a transaction hash (0x followed by 64 hex characters), a wallet or contract address (0x followed by 40 ' +
  'hex characters), an ENS name such as vitalik.eth, or a block-explorer link to one of these.'

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
