// Prints a rendered part (Node[]) in a readable template-like notation for sample files:
// static text as is; outputs as {{html profile.x ?? "fallback"}} with their context;
// blocks as {% if %} ... {% endif %} and {% for %} ... {% endfor %}.
import { refName } from '../../../src/ir/evaluate.js';
import type { Cond, Node } from '../../../src/ir/nodes.js';

export function printTree(nodes: Node[]): string {
  let out = '';
  for (const node of nodes) {
    switch (node.kind) {
      case 'static':
        out += node.text;
        break;
      case 'output': {
        const filters = node.filters.map((f) => ` | ${f.name}`).join('');
        const fallback = node.fallback ? ` ?? ${JSON.stringify(node.fallback)}` : '';
        out += `{{${node.context} ${refName(node.ref)}${filters}${fallback}}}`;
        break;
      }
      case 'if':
        node.branches.forEach((b, k) => {
          out += `{% ${k === 0 ? 'if' : 'elif'} ${printCond(b.cond)} %}${printTree(b.body)}`;
        });
        if (node.else) out += `{% else %}${printTree(node.else)}`;
        out += '{% endif %}';
        break;
      case 'each':
        out += `{% for ${node.loopVar} in profile.${node.list.name} limit ${node.limit} %}${printTree(node.body)}`;
        out += `{% empty %}${printTree(node.empty)}{% endfor %}`;
        break;
    }
  }
  return out;
}

function printCond(cond: Cond): string {
  switch (cond.kind) {
    case 'const':
      return String(cond.value);
    case 'truthy':
      return refName(cond.ref);
    case 'compare':
      return `${refName(cond.ref)} ${cond.op} ${JSON.stringify(cond.value)}`;
    case 'and':
    case 'or':
      return `(${cond.items.map(printCond).join(` ${cond.kind} `)})`;
    case 'not':
      return `not ${printCond(cond.item)}`;
    case 'segment':
      return `segment.${cond.name}`;
  }
}
