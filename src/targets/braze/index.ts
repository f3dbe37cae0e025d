// The braze target: Braze's Liquid (Ruby Liquid semantics). See docs/targets/braze.md.
import type { Target } from '../target.js';
import { checkBraze } from './check.js';
import { emitTemplate } from './emit.js';
import { brazeIntegrity } from './integrity.js';
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
  integrity(emitted) {
    const lint = PART_NAMES.flatMap((part) => lintLiquid(emitted[part]).map((p) => `${part}: lint ${p.rule}: ${p.message}`));
    return [...brazeIntegrity(emitted), ...lint];
  },
};
