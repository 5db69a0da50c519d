// The one report format every wrapper prints, so callers (the C# IaCValidators helper) parse one shape:
//   "SEVERITY CODE location: message"   one line per finding, SEVERITY in FATAL|ERROR|WARN|INFO
//   "ok: ..." or "failed: ..."          the closing summary line
// ERROR and FATAL fail the run (exit 1); WARN and INFO are reported only.
'use strict';

function isFailing(finding) {
  return finding.severity === 'ERROR' || finding.severity === 'FATAL';
}

function line(finding) {
  return `${finding.severity} ${finding.code} ${finding.location}: ${String(finding.message).replace(/\s+/g, ' ').trim()}`;
}

/** Prints the findings and the summary, then exits 1 if any finding fails the run. */
function finish(findings, checked) {
  for (const finding of findings) console.log(line(finding));
  const failing = findings.filter(isFailing).length;
  console.log(`${failing ? 'failed' : 'ok'}: ${checked}, ${failing} error(s), ${findings.length - failing} warning(s)`);
  process.exit(failing ? 1 : 0);
}

/** Usage errors exit 2, which no validator finding produces. */
function usage(text) {
  console.error(`usage: ${text}`);
  process.exit(2);
}

module.exports = { finish, usage, isFailing };
