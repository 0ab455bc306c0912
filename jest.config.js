// ESM throughout (the @actions packages are ESM-only): ts-jest's ESM preset, run under
// node --experimental-vm-modules (see the "jest" script; a flag, not NODE_OPTIONS, so that it
// works in Windows shells too).
export default {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  testTimeout: 30_000,
  // Many suites wait (on the simulator, on Retry-After, on a signal) more than they compute:
  // eight workers on two cores overlap the waits (npm test: 103 s with four, 83 s with eight).
  maxWorkers: 8,
  reporters: ['default', '<rootDir>/script/jest-summary-line.js']
}
