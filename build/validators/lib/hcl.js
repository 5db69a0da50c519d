// Terraform files parsed with @cdktf/hcl2json (HashiCorp's HCL parser compiled to WASM). Blocks come back as arrays
// of objects, attributes as values, expressions as "${...}" strings.
'use strict';
const fs = require('fs');
const path = require('path');
const { parse } = require('@cdktf/hcl2json');

/** The .tf files named, or found (not recursively, like Terraform) in the folders named. */
function terraformFiles(args) {
  return args.flatMap(arg => {
    if (!fs.existsSync(arg) || !fs.statSync(arg).isDirectory()) return [arg];
    return fs.readdirSync(arg).filter(name => name.endsWith('.tf')).sort().map(name => path.join(arg, name));
  });
}

/** Parses each file: { file, json } when it parses, { file, finding } when it does not. */
async function parseFiles(files) {
  const results = [];
  for (const file of files) {
    if (!fs.existsSync(file)) {
      results.push({ file, finding: { severity: 'ERROR', code: 'HCL-MISSING', location: file, message: 'file not found' } });
      continue;
    }
    try {
      results.push({ file, json: await parse(file, fs.readFileSync(file, 'utf8')) });
    } catch (error) {
      const message = String(error?.message ?? error);
      results.push({ file, finding: { severity: 'ERROR', code: 'HCL-SYNTAX', location: file, message } });
    }
  }
  return results;
}

module.exports = { terraformFiles, parseFiles };
