// The publish comment, when the workflow gives none: which repository, commit and run
// published this version, so the bot's version history points back at its source. Read from
// the runner's variables, as @actions/github's context reads them: that library is the Actions
// adapter's (and loading it behind a proxy wants the undici the bundles leave out).
import packageJson from '../../package.json' with { type: 'json' }

export async function defaultVersionComment(): Promise<string> {
  const { GITHUB_REPOSITORY: repository, GITHUB_SHA: sha } = process.env
  if (!repository || !sha) return `Published by kore-bot-export ${packageJson.version}`
  const server = process.env.GITHUB_SERVER_URL || 'https://github.com'
  const run = `${server}/${repository}/actions/runs/${process.env.GITHUB_RUN_ID ?? ''}`
  return `${repository}@${sha.slice(0, 12)} by ${process.env.GITHUB_WORKFLOW || 'workflow'} (${run})`
}
