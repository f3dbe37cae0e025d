// The README's capability table, generated from the capability rows (facts are tables:
// code, docs and the analyzer read the same data). `npm run docs:capabilities` rewrites
// the README section; a test fails when it is out of date.
import { CAPABILITIES, FEATURES, type CapabilityRow, type Feature } from './capabilities.js';
import { TARGET_IDS } from '../source/model.js';

const MARK = { native: '✔', emulated: '~', refused: '✘' } as const;

export function capabilityTable(): string {
  const header = `| Feature | ${TARGET_IDS.join(' | ')} |`;
  const rule = `| --- | ${TARGET_IDS.map(() => ':---:').join(' | ')} |`;
  const rows = (Object.keys(FEATURES) as Feature[]).map((feature) => {
    const cells = TARGET_IDS.map((id) => MARK[(CAPABILITIES[id] as CapabilityRow)[feature].level]);
    return `| ${FEATURES[feature].replace(/\|/g, '\\|')} | ${cells.join(' | ')} |`;
  });
  return [header, rule, ...rows].join('\n');
}

/** One line per emulated or refused cell: how it is done, or why not and what to do. */
export function capabilityNotes(): string {
  const lines: string[] = [];
  for (const id of TARGET_IDS) {
    const row = CAPABILITIES[id] as CapabilityRow;
    for (const feature of Object.keys(FEATURES) as Feature[]) {
      const s = row[feature];
      if (s.level === 'native') continue;
      const text = s.level === 'refused' ? `${s.note.replace(/[.\s]*$/, '')}. ${s.hint}` : s.note;
      lines.push(`- **${id}**, ${FEATURES[feature]} (${MARK[s.level]}): ${text.replace(/\s+/g, ' ').trim()}`);
    }
  }
  return lines.join('\n');
}

export function capabilitySection(): string {
  return [
    '### Capabilities',
    '',
    '✔ native · ~ emulated exactly (see the note) · ✘ refused with a diagnostic at the template line.',
    '',
    capabilityTable(),
    '',
    '<details><summary>Notes on emulated and refused cells</summary>',
    '',
    capabilityNotes(),
    '',
    '</details>',
  ].join('\n');
}

export function replaceCapabilitySection(readme: string): string {
  return readme.replace(
    /<!-- capabilities:start -->[\s\S]*<!-- capabilities:end -->/,
    `<!-- capabilities:start -->\n${capabilitySection()}\n<!-- capabilities:end -->`,
  );
}
