// Terraform's own language, which the provider schema does not cover: the top-level block types, the arguments of
// variable and output blocks (our variables.tf and outputs.tf), and addresses declared twice in one module folder.
'use strict';
const path = require('path');

const topLevel = new Set(['terraform', 'provider', 'variable', 'locals', 'output', 'resource', 'data', 'module',
  'moved', 'import', 'check', 'removed', 'ephemeral']);

const terraformSettings = new Set(['required_version', 'required_providers', 'backend', 'cloud', 'experiments',
  'provider_meta']);

const condition = { args: ['condition', 'error_message'], required: ['condition', 'error_message'], blocks: {} };

/** Blocks in the provider-schema shape, for checkBody. */
const blocks = {
  variable: { args: ['type', 'default', 'description', 'sensitive', 'nullable', 'ephemeral'], required: [], blocks: { validation: condition } },
  output: { args: ['value', 'description', 'sensitive', 'ephemeral', 'depends_on'], required: ['value'], blocks: { precondition: condition } },
};

/** Findings for the top-level block types and the terraform block's settings of one parsed file. */
function checkTopLevel(file, json) {
  const findings = [];
  for (const type of Object.keys(json)) {
    if (!topLevel.has(type)) {
      findings.push({ severity: 'ERROR', code: 'TF-UNKNOWN-BLOCK-TYPE', location: `${file} ${type}`, message: 'not a top-level block type of Terraform' });
    }
  }
  for (const body of [].concat(json.terraform ?? [])) {
    for (const name of Object.keys(body)) {
      if (!terraformSettings.has(name)) {
        findings.push({ severity: 'ERROR', code: 'TF-UNKNOWN-NAME', location: `${file} terraform.${name}`, message: 'not a setting of the terraform block' });
      }
    }
  }
  return findings;
}

// Labelled blocks Terraform rejects when declared twice in a module, as "section.label[.label]" addresses.
function addresses(json) {
  const twoLabels = ['resource', 'data'].flatMap(s => Object.entries(json[s] ?? {}).flatMap(([type, byName]) =>
    Object.keys(byName).map(name => `${s}.${type}.${name}`)));
  const oneLabel = ['variable', 'output', 'module'].flatMap(s => Object.keys(json[s] ?? {}).map(name => `${s}.${name}`));
  return [...twoLabels, ...oneLabel];
}

/** Findings for addresses declared in more than one place within a folder (a Terraform module). */
function checkDuplicates(parsed) {
  const seen = new Map();
  const findings = [];
  for (const { file, json } of parsed) {
    for (const address of addresses(json)) {
      const key = `${path.dirname(file)}\0${address}`;
      if (seen.has(key)) {
        findings.push({ severity: 'ERROR', code: 'TF-DUPLICATE', location: `${file} ${address}`, message: `also declared in ${seen.get(key)}` });
      } else {
        seen.set(key, file);
      }
    }
  }
  return findings;
}

module.exports = { blocks, checkTopLevel, checkDuplicates };
