#!/usr/bin/env node
// Extracts the AWS provider's resource, data source and provider argument names from @cdktf/provider-aws's
// jsii assembly (the only place the npm package carries the schema) into a compact JSON file:
//   { providerVersion, provider: Block, resource: { aws_x: Block }, data: { aws_x: Block } }
//   Block = { args: [name], required: [name], blocks: { name: Block } }
// Usage: node --max-old-space-size=4096 extract-tf-schema.js <output.json>
'use strict';
const fs = require('fs');
const path = require('path');

const assemblyPath = path.join(__dirname, 'node_modules', '@cdktf', 'provider-aws', '.jsii');
const output = process.argv[2];
if (!output) {
  console.error('usage: extract-tf-schema.js <output.json>');
  process.exit(2);
}

const types = JSON.parse(fs.readFileSync(assemblyPath, 'utf8')).types;

// Doc links end in "#argument_name": the exact Terraform name, which camel-casing cannot always restore.
function terraformName(prop) {
  const docs = `${prop.docs?.summary ?? ''} ${prop.docs?.remarks ?? ''}`;
  const anchor = /\{@link https:\/\/registry\.terraform\.io\/\S+#(\w+) /.exec(docs);
  return anchor ? anchor[1] : prop.name.replace(/[A-Z]/g, c => '_' + c.toLowerCase());
}

// The struct a property's type refers to, if any: a nested block (or object attribute) with its own names.
// A map of structs is an attribute whose keys are the user's, so it is not descended into.
function nestedStruct(type) {
  if (!type) return undefined;
  if (type.fqn) return types[type.fqn]?.datatype ? type.fqn : undefined;
  if (type.collection) return type.collection.kind === 'map' ? undefined : nestedStruct(type.collection.elementtype);
  if (type.union) return type.union.types.map(nestedStruct).find(Boolean);
  return undefined;
}

// Own properties plus those of interfaces from this assembly (cdktf's meta-arguments are allowed separately).
function structProperties(fqn) {
  const struct = types[fqn];
  const inherited = (struct.interfaces ?? []).filter(i => types[i]).flatMap(structProperties);
  return [...inherited, ...(struct.properties ?? [])];
}

function block(fqn, seen = new Set()) {
  const result = { args: [], required: [], blocks: {} };
  for (const prop of structProperties(fqn)) {
    const name = terraformName(prop);
    const nested = nestedStruct(prop.type);
    // A recursive struct would never end; no AWS block nests itself, but guard anyway.
    if (nested && !seen.has(nested)) result.blocks[name] = block(nested, new Set([...seen, nested]));
    else result.args.push(name);
    if (!prop.optional) result.required.push(name);
  }
  return result;
}

function configOf(cls) {
  return cls.initializer?.parameters?.find(p => p.name === 'config')?.type?.fqn;
}

const schema = { providerVersion: undefined, provider: undefined, resource: {}, data: {} };
for (const cls of Object.values(types)) {
  if (cls.kind !== 'class') continue;
  const link = /\{@link https:\/\/registry\.terraform\.io\/providers\/hashicorp\/aws\/([^/]+)\/docs(?:\/(resources|data-sources)\/\w+)? (\w+)\}/
    .exec(cls.docs?.summary ?? '');
  const config = configOf(cls);
  if (!link || !config) continue;
  const [, version, kind, name] = link;
  schema.providerVersion ??= version;
  if (cls.base === 'cdktf.TerraformProvider') schema.provider = block(config);
  else if (cls.base === 'cdktf.TerraformResource' && kind === 'resources') schema.resource[name] = block(config);
  else if (cls.base === 'cdktf.TerraformDataSource' && kind === 'data-sources') schema.data[name] = block(config);
}

const counts = `${Object.keys(schema.resource).length} resources, ${Object.keys(schema.data).length} data sources`;
if (!schema.provider || Object.keys(schema.resource).length < 1000) {
  console.error(`error: unexpected assembly layout (${counts}, provider block ${schema.provider ? 'found' : 'missing'})`);
  process.exit(1);
}
fs.mkdirSync(path.dirname(output), { recursive: true });
fs.writeFileSync(output, JSON.stringify(schema));
console.log(`AWS provider ${schema.providerVersion} schema: ${counts} -> ${output}`);
