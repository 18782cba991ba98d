// Adds lockfile entries for platform-specific optional packages (another OS's anvil or rollup binary) that
// `npm install` leaves out when the registry it talks to lacks them. npm 11's `npm ci` insists on an entry for
// every optional dependency, even ones it will skip on this machine. Each entry carries the os/cpu/libc read from
// the package name, so npm skips it where it doesn't apply and fetches it by name where it does.
// Run after changing dependencies: `npm run lockfile`. `--check` only reports (exit 1 if incomplete).
import { readFileSync, writeFileSync } from 'node:fs'

const file = 'package-lock.json'
const lock = JSON.parse(readFileSync(file, 'utf8'))
const packages = lock.packages
const oses = ['darwin', 'linux', 'win32', 'freebsd', 'openbsd', 'netbsd', 'android', 'openharmony', 'sunos', 'aix']
const cpus = { x64: 'x64', amd64: 'x64', arm64: 'arm64', aarch64: 'arm64', arm: 'arm', ia32: 'ia32', ppc64: 'ppc64', riscv64: 'riscv64', s390x: 's390x', loong64: 'loong64' }

function platformOf(name) {
  const parts = name.split('/').pop().split('-')
  const os = parts.find((p) => oses.includes(p))
  const cpu = parts.map((p) => cpus[p]).find(Boolean)
  const libc = parts.includes('musl') ? ['musl'] : os === 'linux' && parts.includes('gnu') ? ['glibc'] : undefined
  return os && cpu ? { os: [os], cpu: [cpu], ...(libc ? { libc } : {}) } : undefined
}

const added = []
const unknown = []
for (const [path, entry] of Object.entries(packages)) {
  for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {})) {
    const nested = `${path ? `${path}/` : ''}node_modules/${name}`
    if (packages[nested] || packages[`node_modules/${name}`]) continue
    const platform = platformOf(name)
    if (!platform || !/^\d+\.\d+\.\d+/.test(spec)) {
      unknown.push(`${name}@${spec}`)
      continue
    }
    packages[`node_modules/${name}`] = { version: spec, ...(entry.dev ? { dev: true } : {}), optional: true, ...platform }
    added.push(name)
  }
}
if (process.argv.includes('--check')) {
  if (added.length) console.error(`package-lock.json lacks ${added.length} platform packages: run npm run lockfile`)
  process.exit(added.length ? 1 : 0)
}
lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))))
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`)
console.log(`added ${added.length} platform entries${unknown.length ? `; could not place: ${unknown.join(', ')}` : ''}`)
