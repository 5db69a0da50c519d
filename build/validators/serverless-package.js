#!/usr/bin/env node
// Packages Serverless Framework v3 services offline (`serverless package`, configValidationMode: error) in a
// temporary copy of each folder, then validates each generated CloudFormation template like cfn-validate.js.
// Exit 1 if a package fails or a generated template has ERROR/FATAL findings.
// Usage: node serverless-package.js <dir-with-serverless.yml>...
// Relative paths in serverless.yml (package.artifact) must stay inside the folder: only the folder is copied.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { validateTemplates } = require('./lib/cfn');
const { finish, usage } = require('./lib/report');

const serverlessBin = require.resolve('serverless/bin/serverless.js');
const generated = path.join('.serverless', 'cloudformation-template-update-stack.json');

// The framework reads and writes ~/.serverlessrc and would send telemetry; a throwaway HOME and dummy credentials
// keep it from touching the user's config or looking up real credentials (packaging calls no AWS API).
function environment(home) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(AWS_|SLS_|SERVERLESS_)/.test(k)));
  return {
    ...env,
    HOME: home,
    CI: '1',
    SLS_TELEMETRY_DISABLED: '1',
    SLS_NOTIFICATIONS_MODE: 'off',
    // Each deprecation as its own "Warning:" box (the default prints only a count), reported as WARN.
    SLS_DEPRECATION_NOTIFICATION_MODE: 'warn',
    AWS_ACCESS_KEY_ID: 'AKIAVALIDATEONLY0000',
    AWS_SECRET_ACCESS_KEY: 'validate-only-no-real-credentials',
    AWS_EC2_METADATA_DISABLED: 'true',
  };
}

// Unknown properties only fail the run in error mode; the copy is forced into it and a looser file is reported.
function forceErrorMode(configPath, source, findings) {
  const text = fs.readFileSync(configPath, 'utf8');
  const mode = /^configValidationMode:[ \t]*["']?(\w+)["']?[ \t]*$/m.exec(text);
  if (mode?.[1] === 'error') return;
  findings.push({ severity: 'WARN', code: 'SLS-VALIDATION-MODE', location: source, message: `configValidationMode is ${mode ? mode[1] : 'not set'}; packaged with error` });
  const forced = mode
    ? text.replace(mode[0], 'configValidationMode: error')
    : `${text.replace(/\n?$/, '\n')}configValidationMode: error\n`;
  fs.writeFileSync(configPath, forced);
}

// Its error box: the lines after "Error:" up to the first blank one.
function errorText(output) {
  const match = /(?:^|\n)Error:\n([\s\S]*?)(?:\n\s*\n|$)/.exec(output);
  return (match ? match[1] : output.trim().split('\n').slice(-5).join(' ')) || 'serverless package failed';
}

// Its warning boxes: "Warning: ..." up to the first blank line; deprecations carry a code in their docs link.
function warnings(output, location) {
  return [...output.matchAll(/(?:^|\n)Warning: ([\s\S]*?)(?:\n\s*\n|$)/g)].map(([, text]) => {
    const deprecation = /deprecations\/#(\w+)/.exec(text);
    const code = deprecation ? `SLS-DEPRECATION-${deprecation[1]}` : 'SLS-WARNING';
    return { severity: 'WARN', code, location, message: text };
  });
}

function packageService(dir, work, findings) {
  const config = ['serverless.yml', 'serverless.yaml'].find(name => fs.existsSync(path.join(dir, name)));
  if (!config) {
    findings.push({ severity: 'ERROR', code: 'SLS-MISSING', location: dir, message: 'no serverless.yml in this folder' });
    return undefined;
  }
  const copy = path.join(work, 'service');
  fs.cpSync(dir, copy, { recursive: true, filter: source => !/[\\/](\.serverless|node_modules)$/.test(source) });
  forceErrorMode(path.join(copy, config), path.join(dir, config), findings);
  fs.mkdirSync(path.join(work, 'home'));
  const run = spawnSync(process.execPath, [serverlessBin, 'package'], {
    cwd: copy,
    env: environment(path.join(work, 'home')),
    encoding: 'utf8',
    timeout: 180_000,
  });
  const output = `${run.stdout ?? ''}\n${run.stderr ?? ''}`.replace(/\x1b\[[0-9;]*m/g, '');
  findings.push(...warnings(output, path.join(dir, config)));
  if (run.status !== 0) {
    const reason = run.error ? String(run.error.message) : errorText(output);
    findings.push({ severity: 'ERROR', code: 'SLS-PACKAGE', location: path.join(dir, config), message: reason.split(copy).join(dir) });
    return undefined;
  }
  return path.join(copy, generated);
}

const dirs = process.argv.slice(2);
if (dirs.length === 0) usage('serverless-package.js <dir-with-serverless.yml>...');

const findings = [];
const works = [];
try {
  const templates = [];
  for (const dir of dirs) {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sls-validate-'));
    works.push(work);
    const template = packageService(path.resolve(dir), work, findings);
    if (template) templates.push({ dir, template });
  }
  // Report generated-template findings against the source folder, not the deleted copy.
  for (const finding of validateTemplates(templates.map(t => t.template))) {
    const owner = templates.find(t => finding.location.startsWith(t.template));
    if (owner) finding.location = path.join(owner.dir, generated) + finding.location.slice(owner.template.length);
    findings.push(finding);
  }
} finally {
  for (const work of works) fs.rmSync(work, { recursive: true, force: true });
}
finish(findings, `${dirs.length} service(s)`);
