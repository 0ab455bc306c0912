// The bot the simulator exports by default: the files a real export holds, written the way
// the platform writes them (one line of JSON), with the awkward parts a formatter can break.
import type { ZipEntry } from './zip.js'

export const DEMO_BOT_ID = 'st-6fa10d24-0000-4000-b457-1e33a82b115e'
export const DEMO_CLIENT_ID = 'cs-demo-0000-4000-8000-simulator'
export const DEMO_CLIENT_SECRET = 'demo-secret-do-not-use-anywhere-real'

const ICON = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64'
)

export function demoBotFiles(): ZipEntry[] {
  // Written by hand, not JSON.stringify: the integer-like key "10" after "name" and the
  // 19-digit number are what JSON.parse would reorder and round.
  const definition =
    '{"name":"Travel Desk","10":"kept in place","localeData":{"en":{"description":"Books trips"}},' +
    '"dialogs":[{"name":"Book Flight","nodes":[{"type":"entity","id":"dest"},{"type":"message","text":"Où allez-vous ?\\n\\"quoted\\""}]},' +
    '{"name":"Cancel Trip","nodes":[]}],"version":1234567890123456789,"empty":{},"list":[]}'
  // As real exports hold it: each environment variable with its value (often an API key).
  const config =
    '{"name":"Travel Desk","envVariables":[{"key":"apiKey","value":"sk-demo-value","variableType":"env","hint":"","scope":"prePopulated","group":"","propagateValue":false,"vNameSpace":[],"isSecured":false}]}'
  return [
    { name: 'botDefinition.json', data: definition },
    { name: 'config.json', data: config },
    { name: 'Icon.png', data: ICON },
    { name: 'functions.js', data: 'function greet(name) {\n  return "Hello " + name\n}\n' }
  ]
}
