// The publish comment, when the workflow gives none: which repository, commit and run
// published this version, so the bot's version history points back at its source.
import packageJson from '../../package.json' with { type: 'json' }

export async function defaultVersionComment(): Promise<string> {
  if (!process.env.GITHUB_REPOSITORY || !process.env.GITHUB_SHA)
    return `Published by kore-bot-export ${packageJson.version}`
  // Loaded only here: the GitHub client library is not needed by anything else in the run.
  const { context } = await import('@actions/github')
  const { owner, repo } = context.repo
  const run = `${context.serverUrl}/${owner}/${repo}/actions/runs/${context.runId}`
  return `${owner}/${repo}@${context.sha.slice(0, 12)} by ${context.workflow || 'workflow'} (${run})`
}
