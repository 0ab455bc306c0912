// Stands in for `undici` in the bundles (tsconfig.json `paths`, which ncc follows).
// @actions/http-client (also imported by @actions/core) imports undici's ProxyAgent at its top
// for `getAgentDispatcher()`, the dispatcher for fetch through a proxy, which this action never
// calls: its requests go through http-client's own agents, proxies included (tunnel). Bundling
// undici for that one import costs 914 KiB and, measured through the bundles (issue 18 item 5:
// medians of 100 interleaved runs), 53 ms of every start: the export action rejecting an input
// 77 ms, 130 ms with undici; the CLI's --version 86 ms, 139 ms (bare node 34 ms). Without it
// start-up would be far over its +60 ms budget. docs/benchmarks.md, "Stand-ins".
//
// @actions/github (pr-comment) makes a ProxyAgent and a fetch over it when it loads behind a
// proxy, as its default; the action gives Octokit its own fetch over http-client's agents
// (src/action/pull-request.ts). So a ProxyAgent may be made, and fails only when used.
const NOT_BUNDLED =
  'kore-bot-export does not bundle undici: use HttpClient.request(), whose agents handle proxies, not getAgentDispatcher().'

export class ProxyAgent {
  dispatch(): never {
    throw new Error(NOT_BUNDLED)
  }
}

export function fetch(): never {
  throw new Error(NOT_BUNDLED)
}
