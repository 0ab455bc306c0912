// A large bot definition in the platform's format, shaped like the largest real export (3.6 MB:
// 41 dialogs, 293 nodes with their options, 193 components of a few KB each, FAQs of 1.1 MB),
// for the benchmark of the split layout.
import { DEMO_SCRIPT } from './simulator/bot.js'

const NODE_OPTIONS = {
  customTags: { session: [], message: [], user: [] },
  transitionType: 'auto',
  isRetriesExceeded: false,
  promptOptions: 'required',
  reuseMarkedupPhrases: false,
  interruptOptions: { priority: 'task', hrOptions: { enable: false, options: ['allowInterrupt', 'discardTask'] } },
  transitionMode: 'initiateCurrentTask',
  inputHandlingOptions: 'useAsEntityValue',
  entityRules: { en: { validation: { regex: '^[a-z]+$' } } },
  errorMessages: [
    {
      channel: 'default',
      localeData: { en: { text: encodeURIComponent('Sorry, I did not get that. Could you say it again?') } }
    }
  ]
}

/** About `megabytes` MB of botDefinition.json. */
export function bigDefinition(megabytes: number): string {
  const dialogs = []
  const components = []
  const dialogCount = Math.max(1, Math.round(megabytes * 20))
  for (let d = 0; d < dialogCount; d++) {
    const nodes = []
    for (let n = 0; n < 7; n++) {
      const componentId = `dc-${d}-${n}`
      nodes.push({
        nodeOptions: NODE_OPTIONS,
        vNameSpace: [`ns-${d}`],
        nodeId: `node${n}`,
        type: n === 0 ? 'intent' : n % 2 ? 'message' : 'script',
        componentId,
        transitions: [
          { default: n < 6 ? `node${n + 1}` : 'end', metadata: { color: 'rgb(150, 158, 172)', connId: `conn${d}${n}` } }
        ],
        metadata: { color: '#299d8c', left: 100 + n, top: 50 * n },
        positionMeta: { left: 100.5 + n, top: 50.25 * n }
      })
      const texts = ['default', 'rtm', 'msteams', 'whatsapp'].map(channel => ({
        channel,
        localeData: {
          en: {
            text: encodeURIComponent(
              `var message = { type: "template", payload: { text: "Step ${n} of dialog ${d}" } };\r\nprint(JSON.stringify(message));`
            )
          }
        }
      }))
      components.push({
        _id: componentId,
        refId: `ref-${d}-${n}`,
        name: `Component_${d}_${n}`,
        type: n === 0 ? 'intent' : n % 2 ? 'message' : 'script',
        ...(n % 2 === 0 && n > 0
          ? {
              script: encodeURIComponent(
                `${DEMO_SCRIPT}\r\n// dialog ${d}, node ${n}\r\n${'// more logic\r\n'.repeat(20)}`
              )
            }
          : {}),
        ...(n % 2 === 1 ? { message: texts } : {}),
        localeData: { en: { name: `Component ${d} ${n}` } },
        piiDataEnabled: false
      })
    }
    dialogs.push({
      _id: `dg-${d}`,
      refId: `dref-${d}`,
      lname: `dialog ${d}`,
      localeData: { en: { name: `Dialog ${d}`, shortDesc: '' } },
      nodes
    })
  }
  const faqs = Array.from({ length: Math.round(megabytes * 450) }, (_, i) => ({
    question: `How do I do thing number ${i}?`,
    answer: [{ text: `You do thing ${i} like this: step one, step two, step three.`, channel: 'default' }],
    alternateQuestions: [{ question: `Thing ${i}?` }, { question: `Doing thing ${i}` }]
  }))
  const knowledgeTasks = [{ _id: 'kt-1', name: 'FAQ', faqs: { faqs } }]
  return JSON.stringify(
    {
      name: 'Big Bot',
      defaultLanguage: 'en',
      dialogs,
      dialogComponents: components,
      knowledgeTasks,
      encryptedHash: 'x'
    },
    null,
    4
  )
}

/**
 * A minified bot definition of exactly `bytes` bytes (at least about 1 MB): what the largest
 * exports hold, and what unpack re-indents, file by file.
 */
export function minifiedDefinition(bytes: number): Buffer {
  // Minified, the platform's layout is about 0.4 of its size: start a little under the mark.
  const definition = JSON.parse(bigDefinition(Math.max(1, Math.floor((bytes / 1e6) * 2.2)))) as Record<string, unknown>
  const text = JSON.stringify({ ...definition, padding: '' })
  const missing = bytes - Buffer.byteLength(text)
  if (missing < 0) throw new Error(`minifiedDefinition: ${bytes} bytes is too small`)
  return Buffer.from(JSON.stringify({ ...definition, padding: 'x'.repeat(missing) }))
}
