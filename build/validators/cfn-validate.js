#!/usr/bin/env node
// Validates CloudFormation and SAM templates offline (AWS's @aws/cloudformation-validate: bundled resource schemas,
// the SAM transform, cfn-lint rules). Exit 1 on any ERROR/FATAL finding; WARN findings are reported only.
// Usage: node cfn-validate.js <template.yaml|template.json>...
'use strict';
const { validateTemplates } = require('./lib/cfn');
const { finish, usage } = require('./lib/report');

const files = process.argv.slice(2);
if (files.length === 0) usage('cfn-validate.js <template.yaml|template.json>...');
finish(validateTemplates(files), `${files.length} template(s)`);
