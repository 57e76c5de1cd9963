// The build passed (invoker checks that), lint read .tact.yaml and the three locale files of the
// default path, found nothing, and still wrote an empty SARIF log.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Tact lint: no findings in 3 files; SARIF in target/tact/lint.sarif')
assert !log.contains('[WARNING] ')

def sarifFile = new File(basedir, 'target/tact/lint.sarif')
assert sarifFile.isFile()
def sarif = new JsonSlurper().parse(sarifFile)
assert sarif.version == '2.1.0'
assert sarif.runs.size() == 1
assert sarif.runs[0].tool.driver.name == 'tact'
assert sarif.runs[0].results == []
