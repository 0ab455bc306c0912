// Ends every jest run with the plain line CI reads: "N passed, N failed".
export default class SummaryLineReporter {
  onRunComplete(_contexts, results) {
    process.stdout.write(`\n${results.numPassedTests} passed, ${results.numFailedTests} failed\n`)
  }
}
