// Stands in for `undici` in the bundles (tsconfig.json `paths`, which ncc follows).
// @actions/http-client (also imported by @actions/core) imports undici's ProxyAgent at its top
// for `getAgentDispatcher()`, the dispatcher for fetch through a proxy, which this action never
// calls: its requests go through http-client's own agents, proxies included (tunnel). Bundling
// undici for that one import costs 914 KiB and, measured through the bundles (issue 18 item 5:
// medians of 100 interleaved runs), 53 ms of every start: the export action rejecting an input
// 77 ms, 130 ms with undici; the CLI's --version 86 ms, 139 ms (bare node 34 ms). Without it
// start-up would be far over its +60 ms budget. docs/benchmarks.md, "Stand-ins".
export class ProxyAgent {
  constructor() {
    throw new Error(
      'kore-bot-export does not bundle undici: use HttpClient.request(), whose agents handle proxies, not getAgentDispatcher().'
    )
  }
}
