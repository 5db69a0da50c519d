#!/usr/bin/env node
// Parses Terraform files with HashiCorp's HCL parser (@cdktf/hcl2json). Exit 1 if any file does not parse.
// Usage: node hcl-parse.js <dir|file.tf>...   (a folder means its *.tf files, not its subfolders)
'use strict';
const { terraformFiles, parseFiles } = require('./lib/hcl');
const { finish, usage } = require('./lib/report');

(async () => {
  const args = process.argv.slice(2);
  if (args.length === 0) usage('hcl-parse.js <dir|file.tf>...');
  const files = terraformFiles(args);
  const findings = (await parseFiles(files)).filter(r => r.finding).map(r => r.finding);
  if (files.length === 0) findings.push({ severity: 'ERROR', code: 'HCL-NO-FILES', location: args.join(' '), message: 'no .tf files found' });
  finish(findings, `${files.length} file(s)`);
})();
