// Short human descriptions of dynamic nodes for diagnostics ("{what}" in messages).
import { refName } from '../ir/evaluate.js';
import type { EachNode, IfNode, OutputNode } from '../ir/nodes.js';

export type DynamicNode = OutputNode | IfNode | EachNode;

export function describeNode(node: DynamicNode): string {
  switch (node.kind) {
    case 'output':
      return `The output {{ ${expressionText(node)} }}`;
    case 'if':
      return node.slot ? `The content slot "${node.slot}"` : 'The {% if %} block';
    case 'each':
      return `The {% for ${node.loopVar} in profile.${node.list.name} %} loop`;
  }
}

/** `profile.first_name | upper` */
export function expressionText(node: OutputNode): string {
  const filters = node.filters.map((f) => ` | ${f.name}`).join('');
  return `${refName(node.ref)}${filters}`;
}
