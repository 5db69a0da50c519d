// CloudFormation/SAM validation with @aws/cloudformation-validate. Building the engine takes seconds (it compiles
// its rules), so one engine validates every template of a run.
'use strict';
const fs = require('fs');
const { RegoEngine, TemplateFile } = require('@aws/cloudformation-validate');

function findingsOf(engine, file) {
  if (!fs.existsSync(file)) return [{ severity: 'FATAL', code: 'CFN-MISSING', location: file, message: 'template not found' }];
  const report = engine.validateStandard(new TemplateFile(file), { severityLevel: 'WARN' });
  const findings = report.diagnostics.map(d => ({
    severity: d.severity,
    code: d.ruleId,
    location: `${file}${d.startLine ? ':' + d.startLine : ''}${d.entity ? ' ' + [d.entity.logicalId, d.propertyPath].filter(Boolean).join('.') : ''}`,
    message: d.message,
  }));
  // The status stays "OK" despite ERROR findings, but anything else means the analysis may have missed some.
  if (report.status !== 'OK') {
    findings.push({ severity: 'FATAL', code: `CFN-STATUS-${report.status}`, location: file, message: 'validation did not complete' });
  }
  return findings;
}

/** Findings (WARN and above) for every template; an empty list means all passed. */
function validateTemplates(files) {
  if (files.length === 0) return [];
  const engine = new RegoEngine();
  try {
    return files.flatMap(file => findingsOf(engine, file));
  } finally {
    engine.free();
  }
}

module.exports = { validateTemplates };
