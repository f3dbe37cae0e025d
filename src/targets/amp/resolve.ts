// Computes the endpoint's JSON response for one recipient from a template's data plan,
// with the reference evaluator: the same functions the preview uses, so the AMP part
// and the preview cannot disagree about a condition, a fallback or a filter.
import { evalCond, evaluateWithItems } from '../../ir/evaluate.js';
import type { Profile, ProfileItem } from '../../source/model.js';
import type { AmpData, AmpDataPlan, DataVar } from './plan.js';
import { PLAN_FORMAT } from './plan.js';

function resolveVars(vars: DataVar[], profile: Profile['data'], items: ReadonlyMap<string, ProfileItem>, out: AmpData): AmpData {
  for (const v of vars) {
    switch (v.kind) {
      case 'const':
        out[v.name] = v.value;
        break;
      case 'text':
        out[v.name] = evaluateWithItems(v.nodes, profile, items);
        break;
      case 'choice': {
        const scope = { profile, items: new Map(items) };
        const taken = v.conds.findIndex((c) => evalCond(c, scope));
        out[v.name] = taken >= 0;
        if (v.conds.length > 1) v.conds.forEach((_, i) => (out[`${v.name}_${i}`] = i === taken));
        break;
      }
      case 'list': {
        // Same rule as the evaluator's `for`: anything but a non-empty array shows the empty branch.
        const list = v.list.name in profile ? profile[v.list.name] : undefined;
        const all = Array.isArray(list) ? list : [];
        out[v.name] = all.slice(0, v.limit).map((item) => {
          const inner = new Map(items);
          inner.set(v.loopVar, item);
          return resolveVars(v.vars, profile, inner, {});
        });
        out[`${v.name}_empty`] = all.length === 0;
        break;
      }
    }
  }
  return out;
}

/** The JSON the AMP endpoint returns for `profile` (attribute name -> value). */
export function resolveAmpData(plan: AmpDataPlan, profile: Profile['data']): AmpData {
  if (plan.format !== PLAN_FORMAT) throw new Error(`Unknown AMP data plan format ${String(plan.format)} (expected ${PLAN_FORMAT})`);
  return resolveVars(plan.vars, profile, new Map(), {});
}
