// labels.js turns the API's enum values and timestamps into words.

/** verdicts maps a Verdict to its class, icon and words. */
export const verdicts = {
  VERDICT_SUPPORTED: { cls: 'v-supported', icon: '✓', label: 'Supported' },
  VERDICT_CONTRADICTED: { cls: 'v-contradicted', icon: '✗', label: 'Contradicted' },
  VERDICT_NOT_ENOUGH_INFO: { cls: 'v-nei', icon: '?', label: 'Not enough information' },
};

/** verdict returns the presentation of v, with a fallback for unknown values. */
export function verdict(v) {
  return verdicts[v] || { cls: 'v-nei', icon: '?', label: 'No verdict' };
}

/** pending and failed are the marks of a sentence being checked or not checked. */
export const pending = { cls: 'v-pending', icon: '…', label: 'Checking' };
export const failed = { cls: 'v-error', icon: '!', label: 'Not checked' };

const hedges = {
  HEDGE_ASSERTED: 'stated as fact',
  HEDGE_REPORTED: 'reported on someone else’s word',
  HEDGE_PLANNED: 'planned',
  HEDGE_EXPECTED: 'expected',
  HEDGE_LIKELY: 'likely',
  HEDGE_SPECULATION: 'speculation',
};

/** hedge says how firmly a claim is made. */
export function hedge(h) {
  return hedges[h] || 'not stated';
}

const stances = { STANCE_SUPPORTS: 'Supports', STANCE_REFUTES: 'Refutes' };

/** stance says how an evidence item bears on the statement. */
export function stance(s) {
  return stances[s] || 'Related';
}

const kinds = {
  INCONSISTENCY_KIND_WRONG_OFFICE: 'Wrong office',
  INCONSISTENCY_KIND_CONFLICTING_CLAIMS: 'Conflicting claims',
  INCONSISTENCY_KIND_OUTDATED: 'Outdated',
  INCONSISTENCY_KIND_ATTRIBUTION_DRIFT: 'Attribution drift',
  INCONSISTENCY_KIND_UNFULFILLED_EXPECTATION: 'Unfulfilled expectation',
};

/** inconsistencyKind names an inconsistency kind. */
export function inconsistencyKind(k) {
  return kinds[k] || 'Inconsistency';
}

const severities = { SEVERITY_LOW: 'low', SEVERITY_MEDIUM: 'medium', SEVERITY_HIGH: 'high' };

/** severity names a severity. */
export function severity(s) {
  return severities[s] || 'unrated';
}

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

/** date formats an RFC 3339 timestamp as a day, or '' when absent or bad. */
export function date(ts) {
  if (!ts) return '';
  const d = new Date(ts);
  return Number.isNaN(d.getTime()) ? '' : dateFormat.format(d);
}

/** confidence formats a confidence in [0, 1] to two places. */
export function confidence(c) {
  return (Number(c) || 0).toFixed(2);
}

/**
 * speaker says who a claim comes from: the chain from the original speaker
 * to the relaying outlet, or the publisher in its own voice.
 */
export function speaker(attribution) {
  const chain = (attribution && attribution.chain) || [];
  const publisher = (attribution && attribution.publisher) || '';
  if (chain.length === 0) return publisher ? `${publisher}, in its own voice` : 'not attributed';
  const names = chain.map((s) => s.name).filter(Boolean);
  return names.join(', according to ');
}
