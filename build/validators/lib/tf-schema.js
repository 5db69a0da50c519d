// Checks parsed Terraform against the AWS provider schema extracted by extract-tf-schema.js: every aws_* resource
// and data source type exists, and every argument and nested block used exists (and required ones are present);
// plus Terraform's own blocks (tf-core.js).
// Only names are checked, not values: hcl2json leaves expressions unevaluated.
'use strict';
const fs = require('fs');
const path = require('path');
const core = require('./tf-core');

const schemaPath = path.join(__dirname, '..', 'node_modules', '.serverlesssdk', 'aws-provider-schema.json');

// Terraform's own meta-arguments and blocks, valid on any resource or data source.
const metaArguments = new Set(['count', 'for_each', 'depends_on', 'provider', 'lifecycle', 'provisioner', 'connection']);

function loadSchema() {
  if (!fs.existsSync(schemaPath)) {
    throw new Error(`${schemaPath} is missing: run build/install-iac-validators.sh`);
  }
  return JSON.parse(fs.readFileSync(schemaPath, 'utf8'));
}

function isObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

// A block body's names against its schema; `where` is the dotted address used in the report.
function checkBody(body, block, where, findings, allowed = new Set()) {
  const present = new Set(Object.keys(body));
  for (const [name, value] of Object.entries(body)) {
    if (allowed.has(name)) continue;
    if (name === 'dynamic' && isObject(value)) {
      // dynamic "x" { for_each = ..., content { ... } } generates x blocks: check x and its content.
      for (const [blockName, instances] of Object.entries(value)) {
        present.add(blockName);
        const nested = block.blocks[blockName];
        if (!nested) {
          findings.push(unknown(`${where}.dynamic.${blockName}`, 'block'));
          continue;
        }
        for (const instance of [].concat(instances)) {
          for (const content of [].concat(instance?.content ?? [])) {
            if (isObject(content)) checkBody(content, nested, `${where}.${blockName}`, findings);
          }
        }
      }
    } else if (block.blocks[name]) {
      // A block (array of bodies) or an object-typed attribute (one body); an expression string is not descended.
      for (const nestedBody of Array.isArray(value) ? value : [value]) {
        if (isObject(nestedBody)) checkBody(nestedBody, block.blocks[name], `${where}.${name}`, findings);
      }
    } else if (!block.args.includes(name)) {
      findings.push(unknown(`${where}.${name}`, 'argument or block'));
    }
  }
  for (const name of block.required) {
    if (!present.has(name)) {
      findings.push({ severity: 'ERROR', code: 'TF-MISSING-REQUIRED', location: `${where}.${name}`, message: `required argument or block "${name}" is missing` });
    }
  }
}

function unknown(location, what) {
  return { severity: 'ERROR', code: 'TF-UNKNOWN-NAME', location, message: `unknown ${what}` };
}

/** Findings for one parsed file (hcl2json output). */
function checkFile(file, json, schema) {
  const findings = [];
  for (const [section, label] of [['resource', 'resource'], ['data', 'data source']]) {
    for (const [type, byName] of Object.entries(json[section] ?? {})) {
      if (!type.startsWith('aws_')) continue;
      const prefix = `${file} ${section === 'data' ? 'data.' : ''}${type}`;
      const block = schema[section][type];
      if (!block) {
        findings.push({ severity: 'ERROR', code: 'TF-UNKNOWN-TYPE', location: prefix, message: `not a ${label} type of AWS provider ${schema.providerVersion}` });
        continue;
      }
      for (const [name, bodies] of Object.entries(byName)) {
        for (const body of [].concat(bodies)) checkBody(body, block, `${prefix}.${name}`, findings, metaArguments);
      }
    }
  }
  for (const body of [].concat(json.provider?.aws ?? [])) {
    checkBody(body, schema.provider, `${file} provider.aws`, findings);
  }
  for (const section of ['variable', 'output']) {
    for (const [name, bodies] of Object.entries(json[section] ?? {})) {
      for (const body of [].concat(bodies)) checkBody(body, core.blocks[section], `${file} ${section}.${name}`, findings);
    }
  }
  return [...core.checkTopLevel(file, json), ...findings];
}

/** Findings for all parsed files: each file's, then addresses declared twice in one folder. */
function checkFiles(parsed, schema) {
  return [...parsed.flatMap(({ file, json }) => checkFile(file, json, schema)), ...core.checkDuplicates(parsed)];
}

module.exports = { loadSchema, checkFiles };
