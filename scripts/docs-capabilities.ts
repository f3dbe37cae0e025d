// Rewrites the README's capability table from the capability rows.
import { readFileSync, writeFileSync } from 'node:fs';
import { replaceCapabilitySection } from '../src/targets/capability-table.js';

const readme = readFileSync('README.md', 'utf8');
writeFileSync('README.md', replaceCapabilitySection(readme));
