// The byte budgets of AMP for Email, measured on a finished AMP part.
import { decodeHTMLAttribute } from 'entities';
import { BUDGETS } from './allowlist.js';

export interface BudgetFigures {
  documentBytes: number;
  /** <style amp-custom> plus every style="" value. */
  cssBytes: number;
  /** The longest style="" value. */
  longestInlineStyleBytes: number;
}

export interface BudgetProblem {
  code: 'amp-document-too-large' | 'amp-document-large' | 'amp-css-too-large' | 'amp-inline-style-too-long';
  bytes: number;
  limit: number;
}

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

export function measureBudgets(doc: string): BudgetFigures {
  const stylesheet = /<style amp-custom>([\s\S]*?)<\/style>/.exec(doc)?.[1] ?? '';
  let inline = 0;
  let longest = 0;
  for (const m of doc.matchAll(/\sstyle="([^"]*)"/g)) {
    const n = bytes(decodeHTMLAttribute(m[1]!));
    inline += n;
    longest = Math.max(longest, n);
  }
  return { documentBytes: bytes(doc), cssBytes: bytes(stylesheet) + inline, longestInlineStyleBytes: longest };
}

export function budgetProblems(doc: string): BudgetProblem[] {
  const f = measureBudgets(doc);
  const problems: BudgetProblem[] = [];
  if (f.documentBytes > BUDGETS.documentBytes) problems.push({ code: 'amp-document-too-large', bytes: f.documentBytes, limit: BUDGETS.documentBytes });
  else if (f.documentBytes > BUDGETS.documentWarnBytes) problems.push({ code: 'amp-document-large', bytes: f.documentBytes, limit: BUDGETS.documentWarnBytes });
  if (f.cssBytes > BUDGETS.cssBytes) problems.push({ code: 'amp-css-too-large', bytes: f.cssBytes, limit: BUDGETS.cssBytes });
  if (f.longestInlineStyleBytes > BUDGETS.inlineStyleBytes) {
    problems.push({ code: 'amp-inline-style-too-long', bytes: f.longestInlineStyleBytes, limit: BUDGETS.inlineStyleBytes });
  }
  return problems;
}
