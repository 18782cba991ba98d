import { runCli } from './main.js'

const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  isTTY: Boolean(process.stdout.isTTY),
})
// Answered: leave now rather than when idle keep-alive connections to the nodes time out. The empty writes
// call back once everything before them is flushed, so no output is cut off when stdout is a pipe.
process.stdout.write('', () => process.stderr.write('', () => process.exit(code)))
