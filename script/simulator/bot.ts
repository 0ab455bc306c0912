// The bot the simulator exports by default, built from the structure of real exports
// (../shared/reference/kore-import-and-layout.md) and written the way the platform writes
// it: JSON.stringify(value, null, 4), no final new line. It holds the awkward parts: dialogs
// sharing a component, two languages, a URL-encoded script with every character class,
// FAQs, small talk, an empty group, a key the action does not know, an integer-like key and
// a number JSON.parse would round.
import type { ZipEntry } from './zip.js'

export const DEMO_BOT_ID = 'st-6fa10d24-0000-4000-b457-1e33a82b115e'
export const DEMO_CLIENT_ID = 'cs-demo-0000-4000-8000-simulator'
export const DEMO_CLIENT_SECRET = 'demo-secret-do-not-use-anywhere-real'
/** A second bot, to import into (staging, production). */
export const DEMO_TARGET_BOT_ID = 'st-7ab20e35-0000-4000-b457-2f44b93c226f'
/** An Admin Console app: export, import and publish. */
export const DEMO_ADMIN_CLIENT_ID = 'cs-admin-0000-4000-8000-simulator'
export const DEMO_ADMIN_CLIENT_SECRET = 'admin-secret-do-not-use-anywhere-real'

const ICON = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64'
)

/** A script as the platform stores it: URL-encoded, one line. */
export const DEMO_SCRIPT = [
  '// Validate the destination: "quotes", \'apostrophes\', back\\slashes, tabs\tand ünïcödé ✈',
  'var destination = context.entities.Destination || "";',
  'if (!/^[A-Za-z .-]{2,40}$/.test(destination)) {',
  '  context.valid = false; // 100% sure: ~!*()#&=+?',
  '} else {',
  '  context.valid = true;',
  '}'
].join('\r\n')

function node(nodeId: string, type: string, componentId: string, next: string | null, left: number, top: number) {
  return {
    nodeId,
    type,
    componentId,
    transitions: next
      ? [{ default: next, metadata: { color: 'rgb(150, 158, 172)', connId: `dummy${nodeId}` } }]
      : [{ default: 'end' }],
    metadata: { color: '#299d8c', left, top },
    positionMeta: { left: left + 0.5, top: top + 0.25 }
  }
}

function component(_id: string, refId: string, type: string, name: string, extra: Record<string, unknown> = {}) {
  return { _id, refId, name, type, ...extra }
}

/** How the demo bot differs from the first export: published again, edited, a node dragged. */
export interface DemoVariant {
  /** Published again with no edit: regenerated ids and dates, reshuffled lists. */
  republished?: boolean
  /** An edit in the Book Flight dialog's script. */
  editScript?: boolean
  /** The Book Flight dialog's entity node dragged on the canvas. */
  dragNode?: boolean
  /** Cancel Trip renamed, an utterance and an FAQ added, a bot variable added. */
  moreEdits?: boolean
}

export function demoDefinition(variant: DemoVariant = {}): string {
  const definition = {
    _id: 'st-6fa10d24-0000-4000-b457-1e33a82b115e',
    refId: '6fa10d24-0000-4000-b457-1e33a82b115e',
    name: 'Travel Desk',
    PLACEHOLDER_EXACT: 0,
    defaultLanguage: 'en',
    supportedLanguages: ['en', 'de'],
    localeData: { en: { description: 'Books trips' }, de: { description: 'Bucht Reisen' } },
    futurePlatformField: { addedIn: 'XO 12', values: [1, 2, 3] },
    dialogs: [
      {
        _id: 'dg-11111111-0000-4000-8000-000000000001',
        refId: 'aaaaaaaa-0000-4000-8000-000000000001',
        lname: 'book flight',
        localeData: { en: { name: 'Book Flight', shortDesc: '' }, de: { name: 'Flug buchen', shortDesc: '' } },
        nodes: [
          node('intent0', 'intent', 'dc-book-intent', 'entity1', 100, 50),
          node('entity1', 'entity', 'dc-destination', 'script2', 100, 150),
          node('script2', 'script', 'dc-validate', 'message3', 100, 250),
          node('message3', 'message', 'dc-goodbye', null, 100, 350)
        ]
      },
      {
        _id: 'dg-11111111-0000-4000-8000-000000000002',
        refId: 'aaaaaaaa-0000-4000-8000-000000000002',
        lname: 'cancel trip',
        localeData: { en: { name: 'Cancel Trip', shortDesc: '' } },
        nodes: [
          node('intent0', 'intent', 'dc-cancel-intent', 'message1', 80, 40),
          node('message1', 'message', 'dc-goodbye', null, 80, 140)
        ]
      },
      {
        _id: 'dg-11111111-0000-4000-8000-000000000003',
        refId: 'aaaaaaaa-0000-4000-8000-000000000003',
        lname: 'con',
        localeData: { en: { name: 'CON', shortDesc: 'a name Windows reserves' } },
        nodes: []
      }
    ],
    dialogComponents: [
      component('dc-book-intent', 'cccccccc-0000-4000-8000-000000000001', 'intent', 'Book_Flight'),
      component('dc-destination', 'cccccccc-0000-4000-8000-000000000002', 'entity', 'Destination', {
        entityType: 'city',
        message: [
          { channel: 'default', localeData: { en: { text: encodeURIComponent('Where to? (a city, e.g. São Paulo)') } } }
        ]
      }),
      component('dc-validate', 'cccccccc-0000-4000-8000-000000000003', 'script', 'ValidateDestination', {
        script: encodeURIComponent(DEMO_SCRIPT)
      }),
      component('dc-goodbye', 'cccccccc-0000-4000-8000-000000000004', 'message', 'Goodbye', {
        message: [
          { channel: 'default', localeData: { en: { text: 'Bye%21%20See%20you.' }, de: { text: 'Tsch%C3%BCss%21' } } }
        ]
      }),
      component('dc-cancel-intent', 'cccccccc-0000-4000-8000-000000000005', 'intent', 'Cancel_Trip')
    ],
    sentences: [
      {
        _id: 's-1',
        taskId: 'dc-book-intent',
        sentence: 'book a flight',
        taskName: 'Book Flight',
        type: 'DialogIntent',
        language: 'en'
      },
      {
        _id: 's-2',
        taskId: 'dc-cancel-intent',
        sentence: 'cancel my trip',
        taskName: 'Cancel Trip',
        type: 'DialogIntent',
        language: 'en'
      },
      {
        _id: 's-3',
        taskId: 'dc-book-intent',
        sentence: 'einen Flug buchen',
        taskName: 'Book Flight',
        type: 'DialogIntent',
        language: 'de'
      }
    ],
    patterns: [
      {
        localeData: { en: { patterns: ['fly to *'] } },
        refId: 'cccccccc-0000-4000-8000-000000000001',
        taskName: 'Book_Flight',
        taskType: 'intent'
      }
    ],
    knowledgeTasks: [
      {
        _id: 'kt-1',
        name: 'Travel FAQ',
        faqs: { faqs: [{ question: 'Can I take a pet?', answer: [{ text: 'Small pets, yes.' }] }] }
      }
    ],
    smallTalk: [
      {
        groups: [
          { groupId: 'smg-1', nodes: [{ botUtterances: [{ _id: 'mt-1', text: 'Hello!' }] }] },
          { groupId: 'smg-2', nodes: [] }
        ]
      }
    ],
    botEvents: { WELCOME_MSG: { msg: [{ lMod: '2026-11-20T10:00:00.000Z', text: 'Welcome' }] } },
    scenes: [
      {
        _id: 'sn-1',
        refId: 'scene-ref-1',
        name: 'Booking',
        components: { 'snc-1': { childs: [], parentId: null } },
        dialogLinks: { 'snc-1': { dialogRefId: 'aaaaaaaa-0000-4000-8000-000000000001' } }
      },
      { _id: 'sn-2', refId: 'scene-ref-2', name: 'Cancelling', components: {}, dialogLinks: {} }
    ],
    sceneComponents: [
      { _id: 'snc-1', refId: 'scene-component-ref-1', type: 'note', msg: { text: 'Dialog started' }, sceneId: 'sn-1' }
    ],
    mlParams: [{ language: 'en', threshold: 0.3 }],
    widgets: [],
    encryptedHash: '3f1b0c9a8d7e6f5a4b3c2d1e0f9a8b7c'
  }
  if (variant.republished) {
    // What publishing again does, measured on real exports: new ids and dates, lists reordered.
    definition.encryptedHash = '9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b'
    definition.botEvents.WELCOME_MSG.msg[0].lMod = '2026-11-24T08:30:00.000Z'
    definition.smallTalk[0].groups[0].groupId = 'smg-9'
    definition.smallTalk[0].groups[0].nodes[0].botUtterances[0]._id = 'mt-9'
    definition.smallTalk[0].groups[1].groupId = 'smg-8'
    const scenes = JSON.stringify(definition.scenes)
      .replaceAll('snc-1', 'snc-7')
      .replaceAll('sn-1', 'sn-5')
      .replaceAll('sn-2', 'sn-6')
    definition.scenes = JSON.parse(scenes).reverse()
    definition.sceneComponents = [{ ...definition.sceneComponents[0], _id: 'snc-7', sceneId: 'sn-5' }]
    definition.dialogs.reverse()
    definition.sentences.reverse()
    definition.dialogComponents.reverse()
  }
  if (variant.editScript) {
    const script = definition.dialogComponents.find(component => component.name === 'ValidateDestination') as Record<
      string,
      unknown
    >
    script.script = encodeURIComponent(DEMO_SCRIPT.replace('{2,40}', '{2,60}'))
  }
  if (variant.moreEdits) {
    definition.dialogs.find(dialog => dialog.lname === 'cancel trip')!.localeData.en.name = 'Cancel a Trip'
    definition.sentences.push({
      _id: 's-4',
      taskId: 'dc-book-intent',
      sentence: 'fly me to Rome',
      taskName: 'Book Flight',
      type: 'DialogIntent',
      language: 'en'
    })
    definition.knowledgeTasks[0].faqs.faqs.push({ question: 'Is there Wi-Fi?', answer: [{ text: 'On most flights.' }] })
  }
  if (variant.dragNode) {
    const node = definition.dialogs.find(dialog => dialog.lname === 'book flight')!.nodes[1]
    node.metadata.left += 40
    node.positionMeta.left += 40
  }
  // JS objects put integer-like keys first and round long numbers: what JSON.parse would do to
  // a real definition. Written in by hand so that a formatter that parses would be caught.
  return JSON.stringify(definition, null, 4).replace(
    '"PLACEHOLDER_EXACT": 0',
    '"10": "kept in place",\n    "version": 1234567890123456789'
  )
}

export function demoConfig(variant: DemoVariant = {}): string {
  const extra = variant.moreEdits
    ? [
        {
          key: 'newToken',
          value: 'secret-new-token-value',
          variableType: 'env',
          hint: '',
          scope: 'prePopulated',
          group: '',
          propagateValue: false,
          vNameSpace: [],
          isSecured: false
        }
      ]
    : []
  return JSON.stringify(
    {
      name: 'Travel Desk',
      envVariables: [
        ...extra,
        {
          key: 'apiKey',
          value: 'sk-demo-value',
          variableType: 'env',
          hint: '',
          scope: 'prePopulated',
          group: '',
          propagateValue: false,
          vNameSpace: [],
          isSecured: false
        },
        {
          key: 'baseUrl',
          value: 'https://api.example.com',
          variableType: 'env',
          hint: '',
          scope: 'prePopulated',
          group: '',
          propagateValue: false,
          vNameSpace: [],
          isSecured: false
        }
      ]
    },
    null,
    4
  )
}

export function demoBotFiles(variant: DemoVariant = {}): ZipEntry[] {
  return [
    { name: 'botDefinition.json', data: demoDefinition(variant) },
    { name: 'config.json', data: demoConfig(variant) },
    { name: 'icon.png', data: ICON }
  ]
}
