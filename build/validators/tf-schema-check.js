#!/usr/bin/env node
// Parses Terraform files and checks every aws_* resource/data type, argument and nested block name against the
// AWS provider schema (from @cdktf/provider-aws, extracted by build/install-iac-validators.sh), and Terraform's own
// top-level blocks, variable and output arguments and duplicate addresses. Exit 1 on any finding.
// Usage: node tf-schema-check.js <dir|file.tf>...   (a folder means its *.tf files, not its subfolders)
'use strict';
const { terraformFiles, parseFiles } = require('./lib/hcl');
const { loadSchema, checkFiles } = require('./lib/tf-schema');
const { finish, usage } = require('./lib/report');

(async () => {
  const args = process.argv.slice(2);
  if (args.length === 0) usage('tf-schema-check.js <dir|file.tf>...');
  const schema = loadSchema();
  const files = terraformFiles(args);
  const results = await parseFiles(files);
  const findings = [...results.filter(r => r.finding).map(r => r.finding), ...checkFiles(results.filter(r => r.json), schema)];
  if (files.length === 0) findings.push({ severity: 'ERROR', code: 'HCL-NO-FILES', location: args.join(' '), message: 'no .tf files found' });
  finish(findings, `${files.length} file(s) against AWS provider ${schema.providerVersion}`);
})();
