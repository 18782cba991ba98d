import { version } from '../version.js'

export const helpText = `txdoctor ${version} — what happened to my transfer, and what do I do now?

Usage:
  txdoctor <hash | address | name | explorer link> [options]
  txdoctor approvals <address>     the address's standing token approvals, and which are risky
  txdoctor rpc <url> [--chain C]   is this node reachable, on which chain, how far behind, which methods work
  txdoctor chains                  list the chains txdoctor checks
  txdoctor serve [--port 8787]     run the HTTP API and web form (also PORT)
  txdoctor mcp                     serve the MCP tools over stdio, for an agent

Examples:
  txdoctor 0x9fc76417374aa880d4449a1f7f31ec597f00b1f6f3dd2d66f4c9c6c445836d8b
  txdoctor https://basescan.org/tx/0x…  --level expert
  txdoctor TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t --lang zh-CN
  txdoctor vitalik.eth --chain base --json

Options:
  -c, --chain <chain>      look on this chain first (id or name: 1, eth, base, arb, 31337, tron)
      --chains <list>      chains to check, comma-separated (default: every mainnet and TRON; env TXDOCTOR_CHAINS)
      --rpc <id>=<url>     use this node for a chain (repeatable; env TXDOCTOR_RPC_<id>=url,url); tron=<url> for TRON
  -l, --level <level>      novice (default: plain words) or expert (exact numbers and fixes)
      --lang <lang>        en or zh-CN (default: from LANG)
      --json               print the answer object as JSON (for scripts and agents)
      --handoff            print only the summary to paste to a support agent
      --no-color           no colours (also when NO_COLOR is set or output is not a terminal)
  -h, --help               this help
  -v, --version            the version

Exit codes: 0 answered · 2 bad input or option · 3 no node reachable · 1 unexpected error
txdoctor never asks for a private key or recovery phrase. Nobody legitimate ever will.
`
