// The braze target: Braze's Liquid (Ruby Liquid semantics). See docs/targets/braze.md.
import type { Target } from '../target.js';
import { checkBraze } from './check.js';
import { emitTemplate } from './emit.js';
import { liquidIntegrity } from './integrity.js';
import { tokenizeLiquid } from './liquid-tokens.js';
import { lintLiquid } from './lint-liquid.js';
import { PART_NAMES } from '../../ir/nodes.js';

export const brazeTarget: Target = {
  id: 'braze',
  title: 'Braze (Liquid)',
  htmlExtension: '.html',
  check: checkBraze,
  emit: emitTemplate,
  // Loaded on first use (liquidjs): a build never runs the code.
  async execute(emitted, profile, ctx, template) {
    const { executeBraze } = await import('./execute.js');
    return executeBraze(emitted, profile, ctx, template);
  },
  // Both are emitter bugs if they ever fire: blocks that do not balance, and Liquid
  // outside the subset Ruby Liquid and liquidjs read alike.
  // Each part is tokenized once for both.
  integrity(emitted) {
    const problems: string[] = [];
    const lint: string[] = [];
    for (const part of PART_NAMES) {
      const tokenized = tokenizeLiquid(emitted[part]);
      problems.push(...liquidIntegrity(emitted[part], tokenized).map((p) => `${part}: ${p}`));
      lint.push(...lintLiquid(emitted[part], tokenized.tokens).map((p) => `${part}: lint ${p.rule}: ${p.message}`));
    }
    return [...problems, ...lint];
  },
};
