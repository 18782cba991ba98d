/**
 * RPC_UNREACHABLE covers a node that gave no answer (no connection, a timeout) and one whose answer was unusable
 * (an HTTP error status, a malformed or empty reply): the words say which, since "did not answer" is untrue of a
 * node that answered HTTP 500.
 */
export const answeredBadly = (error: string): boolean => /^HTTP \d{3}\b|malformed|not JSON|empty reply/i.test(error)
