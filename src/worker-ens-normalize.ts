/**
 * ENS name normalization as the Worker ships it (wrangler.toml `[alias]`): the same ENSIP-15 library, in its build
 * that leaves Unicode NFC to the runtime's own `String.prototype.normalize` instead of carrying NFC tables
 * (~6 KiB gzip). workerd's V8 has current Unicode data; test/integration/worker.test.ts checks a name that needs NFC.
 */
export * from '@adraffy/ens-normalize/xnf'
