/**
 * A structural check that a regular expression cannot backtrack catastrophically: no quantified
 * group that itself holds an unbounded quantifier ("(a+)+", "(\w*\s?)*"), no quantified group with
 * alternatives ("(a|ab)*"), and no back-references. It is conservative (it refuses some safe
 * patterns) and cheap, so every pattern in safety/ is checked by a test, and a hospital's own MRN
 * pattern is checked when the redactor is created.
 */
export interface PatternVerdict {
  safe: boolean;
  reason?: string;
}

interface Group {
  unbounded: boolean;
  alternation: boolean;
}

function quantifierAt(source: string, index: number): { length: number; unbounded: boolean } | undefined {
  const ch = source.charAt(index);
  if (ch === '*' || ch === '+')
    return { length: ch.length + (source.charAt(index + 1) === '?' ? 1 : 0), unbounded: true };
  if (ch === '?') return { length: 1, unbounded: false };
  if (ch === '{') {
    const close = source.indexOf('}', index);
    if (close < 0) return undefined;
    const body = source.slice(index + 1, close);
    if (!/^\d+(,\d*)?$/.test(body)) return undefined;
    const [, max] = body.split(',');
    const unbounded = body.includes(',') && (max === undefined || max === '');
    return { length: close - index + 1, unbounded };
  }
  return undefined;
}

export function checkPattern(pattern: RegExp): PatternVerdict {
  const source = pattern.source;
  const stack: Group[] = [];
  let inClass = false;
  for (let i = 0; i < source.length; i += 1) {
    const ch = source.charAt(i);
    if (ch === '\\') {
      const next = source.charAt(i + 1);
      if (!inClass && /[1-9]/.test(next)) return { safe: false, reason: 'uses a back-reference' };
      if (!inClass && next === 'k' && source.charAt(i + 2) === '<')
        return { safe: false, reason: 'uses a named back-reference' };
      i += 1;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') {
      inClass = true;
      continue;
    }
    if (ch === '(') {
      stack.push({ unbounded: false, alternation: false });
      continue;
    }
    if (ch === '|') {
      const top = stack[stack.length - 1];
      if (top) top.alternation = true;
      continue;
    }
    if (ch === ')') {
      const group = stack.pop();
      if (!group) return { safe: false, reason: 'has an unbalanced ")"' };
      const quantifier = quantifierAt(source, i + 1);
      if (quantifier?.unbounded) {
        if (group.unbounded)
          return { safe: false, reason: 'repeats a group that itself repeats without bound' };
        if (group.alternation)
          return { safe: false, reason: 'repeats a group of alternatives without bound' };
      }
      const parent = stack[stack.length - 1];
      if (parent && (group.unbounded || quantifier?.unbounded)) parent.unbounded = true;
      if (quantifier) i += quantifier.length;
      continue;
    }
    const quantifier = quantifierAt(source, i);
    if (quantifier) {
      const top = stack[stack.length - 1];
      if (top && quantifier.unbounded) top.unbounded = true;
      i += quantifier.length - 1;
    }
  }
  if (stack.length > 0) return { safe: false, reason: 'has an unbalanced "("' };
  return { safe: true };
}

/** Throws with a message a person understands when a configured pattern could backtrack badly. */
export function assertLinearPattern(pattern: RegExp, label: string): void {
  const verdict = checkPattern(pattern);
  if (!verdict.safe)
    throw new Error(
      `${label} ${verdict.reason ?? 'could be slow'}; use a simpler pattern (no repeated groups that repeat)`,
    );
}
