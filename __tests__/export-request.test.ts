import { describe, expect, it } from '@jest/globals'
import { buildExportBody, deepMerge } from '../src/export/export-request.js'

const choices = {
  exportType: 'published' as const,
  components: {},
  subTasks: {},
  allTasks: true,
  customDashboards: false,
  includeDependentTasks: true,
  extra: {}
}

describe('buildExportBody', () => {
  it('leaves exportOptions and subTasks out when nothing narrows the export', () => {
    expect(buildExportBody(choices)).toEqual({
      exportType: 'published',
      allTasks: true,
      customDashboards: false,
      IncludeDependentTasks: true
    })
  })

  it('sends every subTasks key once one is given, as the documented sample does', () => {
    expect(buildExportBody({ ...choices, subTasks: { alerts: ['Daily'] } }).subTasks).toEqual({
      dialogs: [],
      alerts: ['Daily'],
      actions: [],
      experienceFlows: []
    })
  })

  it('lets export-options add, replace and remove anything, last', () => {
    const body = buildExportBody({
      ...choices,
      components: { settings: ['botSettings'], tasks: [] },
      extra: {
        exportOptions: { settings: ['botVariables'], options: { botVariables: { ignore: ['apiKey'] } } },
        allTasks: null
      }
    })
    expect(body).toEqual({
      exportType: 'published',
      exportOptions: { settings: ['botVariables'], options: { botVariables: { ignore: ['apiKey'] } } },
      customDashboards: false,
      IncludeDependentTasks: true
    })
  })
})

describe('deepMerge', () => {
  it('merges nested objects and leaves both inputs untouched', () => {
    const base = { a: { b: 1, c: [1] } }
    const override = { a: { c: [2], d: true } }
    expect(deepMerge(base, override)).toEqual({ a: { b: 1, c: [2], d: true } })
    expect(base).toEqual({ a: { b: 1, c: [1] } })
  })
})
