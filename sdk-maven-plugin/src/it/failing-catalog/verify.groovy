// The build failed (invoker checks that) because of tact:lint, whose findings are in the log like
// a compiler's, at the file, line and column of the offending words, and in the SARIF log.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def templates = new File(basedir, 'src/main/templates/en.yaml').absolutePath
def legacy = new File(basedir, 'src/main/legacy-templates/en.yaml').absolutePath

assert log.contains("[WARNING] ${templates}:5:17: tone.minimizing: 'just' makes the step sound trivial")
assert log.contains("[ERROR] ${legacy}:3:21: template.syntax: 'order.delayed': not a valid ICU MessageFormat pattern")
assert log.contains('Tact lint: 1 error, 1 warning in 3 files; the build fails on new findings at or above failOn=warning')
assert log.contains('BUILD FAILURE')

def sarifFile = new File(basedir, 'target/tact/lint.sarif')
assert sarifFile.isFile()
def sarif = new JsonSlurper().parse(sarifFile)
assert sarif.version == '2.1.0'
def results = sarif.runs[0].results
assert results.collect { it.ruleId } == ['template.syntax', 'tone.minimizing']
assert results.collect { it.locations[0].physicalLocation.region.startLine } == [3, 5]
assert results.every { it.locations[0].physicalLocation.artifactLocation.uri.startsWith('file:') }
assert sarif.runs[0].tool.driver.rules.collect { it.id } == ['template.syntax', 'tone.minimizing']
