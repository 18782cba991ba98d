/** Sentences several English texts share, so they read the same everywhere. */
export const en = {
  noRecoveryPhrase: 'If you ask anyone for help: real support never asks for your recovery phrase or private key.',
  dontResend: "Don't send the transfer again as a new one: if both went through, you would pay twice.",
  moneyStillHere: "Your money hasn't left your wallet.",
  /** An all-clear: explain() drops it from an answer that also carries a warning or a danger (one story). */
  nothingToDo: 'There is nothing more to do for this transaction itself.',
  revokeTool: 'remove the permission with a trusted tool such as revoke.cash or your wallet’s permissions page',
}

/** The same words starting a sentence. */
export const sentence = (words: string): string => `${words.charAt(0).toUpperCase()}${words.slice(1)}`
