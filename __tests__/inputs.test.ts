// Every input, bad values included: the bundled action must refuse a bad one before any
// request, naming the input and the fix.
import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { DEFAULTS, parseDuration, parseHost, parseList } from '../src/export/settings.js'
import { IMPORT_DEFAULTS } from '../src/import/settings.js'
import { ROOT, runAction, visibleLog } from '../script/run-action.js'
import { appInputs, useSimulator, tempWorkspace } from './support/fixtures.js'

const simulator = useSimulator()

describe('a bad input fails the step before any request', () => {
  it.each<[string, Record<string, string>, RegExp]>([
    [
      'host over plain http',
      { host: 'http://platform.kore.ai' },
      /host: http:\/\/platform\.kore\.ai uses plain http:\/\/.*Use https:\/\/platform\.kore\.ai instead/
    ],
    ['host with another scheme', { host: 'ftp://platform.kore.ai' }, /host: .* uses ftp: Use an https:\/\/ address/],
    [
      'host with a query',
      { host: 'https://platform.kore.ai/?x=1' },
      /host: https:\/\/platform\.kore\.ai carries a user name, password, query or fragment/
    ],
    ['host that is no URL', { host: 'https://exa mple' }, /host is not a URL\. Use the platform's address/],
    [
      'empty bot-id',
      { 'bot-id': '' },
      /bot-id is required\. Set it to the Bot ID shown under App Builder > General Settings/
    ],
    ['bot-id with a path in it', { 'bot-id': 'st-1/../admin' }, /bot-id: "st-1\/\.\.\/admin" is not a Bot ID/],
    ['no credentials', { 'client-id': '', 'client-secret': '' }, /No credentials: set client-id and client-secret/],
    ['client-id alone', { 'client-secret': '' }, /client-secret is empty but client-id is set/],
    ['client-secret alone', { 'client-id': '' }, /client-id is empty but client-secret is set/],
    ['jwt beside app credentials', { jwt: 'a.b.c' }, /jwt and client-id\/client-secret are both set/],
    ['export-type', { 'export-type': 'draft' }, /export-type: "draft" is not one of latest, published/],
    [
      'settings, with a case slip',
      { settings: 'botsettings' },
      /settings: "botsettings" is not a documented settings component \(did you mean botSettings\?\)\. Allowed: botSettings, botVariables, ivrSettings, genAIandLLMSettings\. .*use export-options/
    ],
    [
      'tasks',
      { tasks: 'botTask, dialogs' },
      /tasks: "dialogs" is not a documented tasks component\. Allowed: botTask, knowledgeGraph, smallTalk/
    ],
    [
      'nlp-data',
      { 'nlp-data': 'training_data' },
      /nlp-data: "training_data" .*\{"exportOptions": \{"nlpData": \["training_data"\]\}\}/
    ],
    ['agent-ai', { 'agent-ai': 'widgets' }, /agent-ai: "widgets" is not a documented AgentAI component/],
    ['all-tasks', { 'all-tasks': 'yes' }, /all-tasks: "yes" is not a boolean\. Use true or false/],
    ['custom-dashboards', { 'custom-dashboards': '1' }, /custom-dashboards: "1" is not a boolean/],
    [
      'include-dependent-tasks',
      { 'include-dependent-tasks': 'maybe' },
      /include-dependent-tasks: "maybe" is not a boolean/
    ],
    ['wait', { wait: 'no' }, /wait: "no" is not a boolean/],
    [
      'export-options that is not JSON',
      { 'export-options': '{exportOptions: 1}' },
      /export-options is not valid JSON \(.*\)\. Give a JSON object/
    ],
    ['export-options that is not an object', { 'export-options': '["a"]' }, /export-options must be a JSON object/],
    [
      'timeout',
      { timeout: 'soon' },
      /timeout: "soon" is not a duration\. Use a number of seconds or a value like 90s, 10m or 1h/
    ],
    ['zero timeout', { timeout: '0' }, /timeout: "0" is not a duration/],
    ['negative timeout', { timeout: '-5s' }, /timeout: "-5s" is not a duration/],
    [
      'poll-interval below the 3s floor',
      { 'poll-interval': '2s' },
      /poll-interval: "2s" is below the 3s minimum \(Kore.ai allows 60 status calls a minute and 1,800 an hour\)/
    ],
    ['poll-interval', { 'poll-interval': 'often' }, /poll-interval: "often" is not a duration/],
    [
      'retries that is no number',
      { retries: 'many' },
      /retries: "many" is not a whole number from 0 to 20\. Use e\.g\. retries: 5/
    ],
    ['retries above 20', { retries: '21' }, /retries: "21" is not a whole number from 0 to 20/],
    ['request-timeout below 1s', { 'request-timeout': '500ms' }, /request-timeout: "500ms" is below the 1s minimum/],
    ['path that is the workspace', { path: '.' }, /path: .* is the workspace or holds it/],
    ['extract-to the workspace', { 'extract-to': '.' }, /extract-to: .* is the workspace or holds it/],
    ['extract-to above the workspace', { 'extract-to': '..' }, /extract-to: .* is the workspace or holds it/],
    ['variable-values', { 'variable-values': 'hide' }, /variable-values: "hide" is not omit or keep/],
    ['extract-to without waiting', { 'extract-to': 'bot', wait: 'false' }, /extract-to needs wait: true/],
    [
      'path inside extract-to',
      { 'extract-to': 'bot', path: 'bot/export.zip' },
      /path: .*export\.zip lies inside extract-to/
    ]
  ])('%s', async (_label, overrides, message) => {
    const run = await runAction(appInputs(simulator, overrides))
    expect(run.code).toBe(1)
    expect(simulator.requests).toHaveLength(0)
    const errors = visibleLog(run)
      .split('\n')
      .filter(line => line.startsWith('::error::'))
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(message)
    expect(run.summary).toContain('Kore.ai bot export failed')
  })

  it('refuses an extract-to that is an existing file', async () => {
    const workspace = tempWorkspace()
    fs.writeFileSync(path.join(workspace, 'bot'), 'a file')
    const run = await runAction(appInputs(simulator, { 'extract-to': 'bot' }), { workspace })
    expect(run.code).toBe(1)
    expect(visibleLog(run)).toMatch(/extract-to: .*bot is a file/)
    expect(fs.readFileSync(path.join(workspace, 'bot'), 'utf8')).toBe('a file')
  })

  it('names every bad input at once', async () => {
    const run = await runAction(appInputs(simulator, { 'export-type': 'draft', timeout: 'soon', wait: 'no' }))
    expect(run.code).toBe(1)
    expect(visibleLog(run)).toContain('::error::kore-bot-export: 3 inputs need fixing:%0A- export-type: "draft"')
    expect(visibleLog(run)).toContain('%0A- wait: "no"')
    expect(visibleLog(run)).toContain('%0A- timeout: "soon"')
  })
})

describe('input values', () => {
  it('reads durations: bare numbers as seconds, units as written', () => {
    expect(parseDuration('timeout', '90')).toBe(90_000)
    expect(parseDuration('timeout', '90s')).toBe(90_000)
    expect(parseDuration('timeout', '10m')).toBe(600_000)
    expect(parseDuration('timeout', '1h')).toBe(3_600_000)
    expect(parseDuration('timeout', ' 1.5 ')).toBe(1500)
  })

  it('reads hosts: https assumed, trailing slashes dropped, an on-premises path prefix kept', () => {
    expect(parseHost('platform.kore.ai')).toBe('https://platform.kore.ai')
    expect(parseHost('https://eu-bots.kore.ai/')).toBe('https://eu-bots.kore.ai')
    expect(parseHost('https://kore.example.com/xo//')).toBe('https://kore.example.com/xo')
    expect(parseHost('http://localhost:8080')).toBe('http://localhost:8080')
    expect(parseHost('http://[::1]:8080')).toBe('http://[::1]:8080')
    expect(parseHost('http://127.0.0.2')).toBe('http://127.0.0.2')
    expect(() => parseHost('http://127.evil.com')).toThrow(/plain http/)
  })

  it('reads lists split by commas and new lines, without blanks or repeats', () => {
    expect(parseList(' a, b\n\nc ,a,\n')).toEqual(['a', 'b', 'c'])
    expect(parseList('')).toEqual([])
  })

  /**
   * A default that depends on another input (request-timeout: 30s, or timeout when shorter) is
   * not in action.yml: a runner passes every default, so "left alone" must arrive empty.
   */
  const DEPENDS_ON_ANOTHER = new Set(['request-timeout'])

  it('has the same defaults as import/action.yml for the import', () => {
    const importAction = parse(fs.readFileSync(path.join(ROOT, 'import', 'action.yml'), 'utf8'))
    for (const [name, value] of Object.entries(IMPORT_DEFAULTS))
      expect([name, importAction.inputs[name]?.default]).toEqual([
        name,
        DEPENDS_ON_ANOTHER.has(name) ? undefined : value
      ])
    // An expression (github-token: ${{ github.token }}) is the runner's to evaluate: no default here.
    for (const [name, spec] of Object.entries<{ default?: string }>(importAction.inputs)) {
      if (spec.default === undefined) continue
      if (spec.default.includes('${{')) expect(IMPORT_DEFAULTS).not.toHaveProperty([name])
      else expect(IMPORT_DEFAULTS).toHaveProperty([name], spec.default)
    }
  })

  it('has the same defaults as action.yml', () => {
    const action = parse(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8'))
    for (const [name, value] of Object.entries(DEFAULTS))
      expect([name, action.inputs[name]?.default]).toEqual([name, DEPENDS_ON_ANOTHER.has(name) ? undefined : value])
    for (const [name, spec] of Object.entries<{ default?: string }>(action.inputs)) {
      if (name !== 'path' && spec.default !== undefined) expect(DEFAULTS).toHaveProperty([name], spec.default)
    }
  })
})
