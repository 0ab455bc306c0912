// The whole action, run as a runner runs it, against the simulator.
import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import jwt from 'jsonwebtoken'
import { runAction, visibleLog } from '../script/run-action.js'
import { DEMO_SCRIPT } from '../script/simulator/bot.js'
import {
  DEMO_CLIENT_ID,
  DEMO_CLIENT_SECRET,
  appInputs,
  expectNoLeak,
  importInputs,
  sentTokens,
  sha256,
  useSimulator
} from './support/fixtures.js'

/** Every file below `dir`, `/`-separated. */
function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter(entry => entry.isFile())
    .map(entry => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
}

const simulator = useSimulator()

describe.each(['dist', 'src'] as const)('a full export (%s)', entry => {
  it('waits through several pending states, downloads, unpacks and reports', async () => {
    simulator.reset({ pendingPolls: 3 })
    const run = await runAction(appInputs(simulator, { 'extract-to': 'bot' }), { entry })

    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    // One read of the bot's previous export before the start, then one per poll.
    const statusCalls = simulator.requests.filter(request => request.path.endsWith('/export/status'))
    expect(statusCalls).toHaveLength(5)
    expect(run.stdout.match(/: pending \(/g)).toHaveLength(3)

    const zip = path.join(run.workspace, 'export.zip')
    expect(run.outputs['export-id']).toMatch(/^ber-/)
    expect(run.outputs.status).toBe('success')
    expect(run.outputs.file).toBe(zip)
    expect(run.outputs.sha256).toBe(sha256(zip))
    expect(run.outputs.size).toBe(String(simulator.behaviour.zip.length))
    expect(fs.readFileSync(zip)).toEqual(simulator.behaviour.zip)
    expect(new URL(run.outputs['download-url']).origin).toBe(simulator.storageOrigin)

    const bot = path.join(run.workspace, 'bot')
    expect(fs.readdirSync(bot).sort()).toEqual([
      '.gitattributes',
      '.kore-bot-export',
      'botDefinition',
      'config.json',
      'icon.png'
    ])
    // The split layout: a folder per dialog by display name, with the components only it uses;
    // shared components apart; canvas positions apart from the logic; the script as a file.
    const tree = filesUnder(path.join(bot, 'botDefinition'))
    expect(tree).toEqual(
      expect.arrayContaining([
        'bot.json',
        'dialogs/Book Flight/dialog.json',
        'dialogs/Book Flight/layout.json',
        'dialogs/Book Flight/components/intent.Book_Flight.json',
        'dialogs/Book Flight/components/intent.Book_Flight.utterances.json',
        'dialogs/Book Flight/components/intent.Book_Flight.patterns.json',
        'dialogs/Book Flight/components/script.ValidateDestination.json',
        'dialogs/Book Flight/components/script.ValidateDestination.script.js',
        'dialogs/Cancel Trip/dialog.json',
        'dialogs/CON_/dialog.json',
        'components/message.Goodbye.json',
        'faqs/Travel FAQ.json',
        'small-talk.json',
        'events.json'
      ])
    )
    expect(
      fs.readFileSync(
        path.join(bot, 'botDefinition', 'dialogs/Book Flight/components/script.ValidateDestination.script.js'),
        'utf8'
      )
    ).toBe(DEMO_SCRIPT)
    // One-line texts are decoded in place where encoding gives them back exactly; others stay.
    expect(
      fs.readFileSync(path.join(bot, 'botDefinition', 'dialogs/Book Flight/components/entity.Destination.json'), 'utf8')
    ).toContain('"text": "Where to? (a city, e.g. São Paulo)"')
    expect(fs.readFileSync(path.join(bot, 'botDefinition', 'components/message.Goodbye.json'), 'utf8')).toContain(
      '"text": "Bye%21%20See%20you."'
    )
    expect(fs.readFileSync(path.join(bot, 'botDefinition', 'dialogs/Book Flight/dialog.json'), 'utf8')).not.toContain(
      'positionMeta'
    )
    expect(fs.readFileSync(path.join(bot, 'botDefinition', 'dialogs/Book Flight/layout.json'), 'utf8')).toContain(
      'positionMeta'
    )
    // Keys the action does not know, key order and long numbers: in bot.json, exactly.
    const settings = fs.readFileSync(path.join(bot, 'botDefinition', 'bot.json'), 'utf8')
    expect(settings).toMatch(/"name": "Travel Desk",\n {4}"10": "kept in place",\n {4}"version": 1234567890123456789,/)
    expect(settings).toContain('"futurePlatformField": {')
    // The bot variables' names stay, their values do not (variable-values: omit).
    const config = fs.readFileSync(path.join(bot, 'config.json'), 'utf8')
    expect(config).toContain('"key": "apiKey"')
    expect(config).not.toMatch(/sk-demo-value|api\.example\.com/)
    expect(run.stdout).toContain(
      'Left out the values of 2 bot variables in config.json (apiKey, baseUrl); the zip keeps them.'
    )

    for (const label of ['Bot', 'Export type', 'Status', 'Export ID', 'File', 'Size', 'SHA-256', 'Duration']) {
      expect(run.summary).toContain(`| ${label} |`)
    }
    expect(run.summary).toContain(run.outputs.sha256)
    expect(run.summary).toContain('- <code>botDefinition.json</code>')
    expect(run.summary).toContain('- <code>icon.png</code>')
    // Nothing but the zip and the folder: no temporary file left behind.
    expect(fs.readdirSync(run.workspace).sort()).toEqual(['bot', 'export.zip'])
  })
})

it('signs a fresh HS256 token for every request, with appId, sub, a unique jti and exp within the hour', async () => {
  const run = await runAction(appInputs(simulator))
  expect(run.code).toBe(0)
  const tokens = sentTokens(simulator)
  expect(tokens.length).toBeGreaterThanOrEqual(3)
  expect(new Set(tokens).size).toBe(tokens.length)
  for (const token of tokens) {
    const payload = jwt.verify(token, DEMO_CLIENT_SECRET, { algorithms: ['HS256'] }) as jwt.JwtPayload
    expect(payload.appId).toBe(DEMO_CLIENT_ID)
    expect(payload.sub).toBeTruthy()
    expect(payload.jti).toBeTruthy()
    expect(payload.exp! - payload.iat!).toBeLessThanOrEqual(3600)
  }
})

it('sends the export request built from the inputs', async () => {
  const run = await runAction(
    appInputs(simulator, {
      'export-type': 'latest',
      settings: 'botSettings, botVariables',
      tasks: 'botTask',
      'nlp-data': 'utterances\npatterns\n',
      'agent-ai': 'playbooks',
      dialogs: 'Book Flight, Cancel Trip',
      'experience-flows': 'Onboarding',
      'all-tasks': 'false',
      'custom-dashboards': 'FALSE',
      'include-dependent-tasks': 'True',
      'export-options': '{"exportOptions":{"AgentAssist":["rules"],"tasks":null},"customDashboards":null}',
      wait: 'false'
    })
  )
  expect(run.code).toBe(0)
  expect(simulator.exportBodies).toEqual([
    {
      exportType: 'latest',
      exportOptions: {
        settings: ['botSettings', 'botVariables'],
        nlpData: ['utterances', 'patterns'],
        AgentAI: ['playbooks'],
        AgentAssist: ['rules']
      },
      subTasks: { dialogs: ['Book Flight', 'Cancel Trip'], alerts: [], actions: [], experienceFlows: ['Onboarding'] },
      allTasks: false,
      IncludeDependentTasks: true
    }
  ])
})

it('sends only exportType and the three flags when no component is chosen', async () => {
  await runAction(appInputs(simulator, { wait: 'false' }))
  expect(simulator.exportBodies).toEqual([
    { exportType: 'published', allTasks: true, customDashboards: true, IncludeDependentTasks: true }
  ])
})

it('with wait: false, returns right after the start with the export id and status', async () => {
  const run = await runAction(appInputs(simulator, { wait: 'false' }))
  expect(run.code).toBe(0)
  expect(run.outputs['export-id']).toMatch(/^ber-/)
  expect(run.outputs.status).toBe('pending')
  expect(run.outputs.file).toBeUndefined()
  expect(simulator.requests.map(request => request.method)).toEqual(['GET', 'POST'])
  expect(fs.existsSync(path.join(run.workspace, 'export.zip'))).toBe(false)
})

it('with an empty path, waits and reports the link but writes no file', async () => {
  const run = await runAction(appInputs(simulator, { path: '' }))
  expect(run.code).toBe(0)
  expect(run.outputs.status).toBe('success')
  expect(run.outputs['download-url']).toBeTruthy()
  expect(run.outputs.file).toBeUndefined()
  expect(simulator.requests.filter(request => request.server === 'storage')).toHaveLength(0)
  expect(fs.readdirSync(run.workspace)).toEqual([])
})

it('unpacks without keeping a zip when path is empty and extract-to is set', async () => {
  const run = await runAction(appInputs(simulator, { path: '', 'extract-to': 'out/bot' }))
  expect(run.code).toBe(0)
  expect(run.outputs.file).toBeUndefined()
  expect(run.outputs.sha256).toMatch(/^[0-9a-f]{64}$/)
  expect(fs.readdirSync(run.workspace)).toEqual(['out'])
  expect(fs.readdirSync(path.join(run.workspace, 'out'))).toEqual(['bot'])
})

it('accepts a ready-made jwt', async () => {
  simulator.reset({ pendingPolls: 1, enforceJti: false })
  const token = jwt.sign({ appId: DEMO_CLIENT_ID, sub: 'ci' }, DEMO_CLIENT_SECRET, {
    algorithm: 'HS256',
    expiresIn: 600
  })
  const inputs = appInputs(simulator, { jwt: token, 'client-id': '', 'client-secret': '' })
  const run = await runAction(inputs)
  expect(run.code).toBe(0)
  expect(new Set(sentTokens(simulator))).toEqual(new Set([token]))
  expectNoLeak(run, [token])
})

it('follows a download link relative to the host, sending auth to the platform itself', async () => {
  simulator.reset({ pendingPolls: 0, link: 'relative' })
  const run = await runAction(appInputs(simulator))
  expect(run.code).toBe(0)
  const download = simulator.requests.find(request => request.path.includes('/api/public/files/'))
  expect(download?.headers.auth).toBeTruthy()
  expect(sha256(run.outputs.file)).toBe(run.outputs.sha256)
})

it('never sends the platform token to the download host, also across a redirect', async () => {
  simulator.reset({ pendingPolls: 0, link: 'redirect' })
  const run = await runAction(appInputs(simulator))
  expect(run.code).toBe(0)
  const platformHop = simulator.requests.find(request => request.path.endsWith('/download'))
  const storageHops = simulator.requests.filter(request => request.server === 'storage')
  expect(platformHop?.headers.auth).toBeTruthy()
  expect(storageHops).toHaveLength(1)
  expect(storageHops[0].headers.auth).toBeUndefined()
  expect(storageHops[0].headers.authorization).toBeUndefined()
  expect(fs.readFileSync(run.outputs.file)).toEqual(simulator.behaviour.zip)
})

it('keeps every secret out of the log, the summary and the outputs', async () => {
  simulator.reset({ pendingPolls: 1, link: 'storage' })
  const run = await runAction(appInputs(simulator, { 'extract-to': 'bot' }), { env: { RUNNER_DEBUG: '1' } })
  expect(run.code).toBe(0)
  expect(run.stdout).toContain('::debug::')
  const link = new URL(run.outputs['download-url'])
  expectNoLeak(run, [DEMO_CLIENT_SECRET, ...sentTokens(simulator), link.href, link.search.slice(1)])
})

describe('inputs as a runner passes them (runAction passes every default of action.yml)', () => {
  it('a short timeout with request-timeout left alone lowers it, in the export and the import', async () => {
    simulator.reset({ pendingPolls: 0 })
    const exported = await runAction(appInputs(simulator, { timeout: '4s', 'extract-to': 'bot' }))
    expect(visibleLog(exported)).not.toContain('::error::')
    expect(exported.code).toBe(0)
    const imported = await runAction(
      importInputs(simulator, { timeout: '20s', from: 'bot', 'keep-target-variables': 'true' }),
      { action: 'import', workspace: exported.workspace }
    )
    expect(visibleLog(imported)).not.toContain('::error::')
    expect(imported.code).toBe(0)
  })
})
