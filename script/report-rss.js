// Preloaded into the action by the benchmark (node --import): writes the process's peak
// resident memory, in KiB, to the file KORE_RSS_FILE names, as the process exits.
// On Linux it reads VmHWM, the peak of this program's own memory: getrusage's maxRSS
// (process.resourceUsage) survives exec, so in a child of a large process (the benchmark
// holds the simulator's 256 MiB export) it reports the parent's size copied at fork.
import fs from 'node:fs'

function peakKiB() {
  try {
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(fs.readFileSync('/proc/self/status', 'utf8'))
    if (match) return Number(match[1])
  } catch {
    // Not Linux: fall back to getrusage.
  }
  return process.resourceUsage().maxRSS
}

process.on('exit', () => {
  if (process.env.KORE_RSS_FILE) fs.writeFileSync(process.env.KORE_RSS_FILE, String(peakKiB()))
})
