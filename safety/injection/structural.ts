import type { Lang } from '../../client/shared/languages.js';
import type { Finding } from '../screen/types.js';

/**
 * Prompt-injection markers that look the same in every language: the control tokens and role
 * headers of chat-model prompt formats. A patient has no reason to type them. Word-level attempts
 * ("ignore your instructions", "忽略之前的指令") are rules in each language's lexicon
 * (safety/lexicons/<lang>/injection.json); this list catches what words cannot.
 */
export interface StructuralMarker {
  name: string;
  /** Lower-case literal text; matched by substring, never by regular expression. */
  text: string;
  /** Only at the start of a line ("system:"), where a role header sits. */
  lineStart?: boolean;
}

export const STRUCTURAL_MARKERS: readonly StructuralMarker[] = [
  { name: 'chatml_token', text: '<|im_start|>' },
  { name: 'chatml_token', text: '<|im_end|>' },
  { name: 'special_token', text: '<|endoftext|>' },
  { name: 'special_token', text: '<|system|>' },
  { name: 'special_token', text: '<|assistant|>' },
  { name: 'special_token', text: '<|user|>' },
  { name: 'special_token', text: '<|eot_id|>' },
  { name: 'special_token', text: '<|start_header_id|>' },
  { name: 'llama_instruction', text: '[inst]' },
  { name: 'llama_instruction', text: '[/inst]' },
  { name: 'llama_system', text: '<<sys>>' },
  { name: 'markdown_role', text: '### system' },
  { name: 'markdown_role', text: '### instruction' },
  { name: 'markdown_role', text: '```system' },
  { name: 'role_header', text: 'system:', lineStart: true },
  { name: 'role_header', text: 'system prompt:', lineStart: true },
  { name: 'role_header', text: '[system]', lineStart: true },
];

const REASON =
  'Chat-model control text or a role header inside a patient message: an attempt to give the assistant new instructions.';

function atLineStart(text: string, index: number): boolean {
  for (let i = index - 1; i >= 0; i -= 1) {
    const ch = text.charAt(i);
    if (ch === '\n') return true;
    if (ch !== ' ' && ch !== '\t' && ch !== '\r') return false;
  }
  return true;
}

/** Finds structural injection markers; linear in the text (one substring scan per marker). */
export function findStructuralInjection(text: string, lang: Lang): Finding[] {
  const lower = text.toLowerCase();
  const findings: Finding[] = [];
  for (const marker of STRUCTURAL_MARKERS) {
    let from = 0;
    for (;;) {
      const index = lower.indexOf(marker.text, from);
      if (index < 0) break;
      if (!marker.lineStart || atLineStart(lower, index)) {
        findings.push({
          ruleId: `injection.${marker.name}`,
          category: 'prompt_injection',
          lang,
          span: [index, index + marker.text.length],
          reason: REASON,
          score: 1,
          action: 'block',
        });
        break;
      }
      from = index + 1;
    }
  }
  return findings;
}
