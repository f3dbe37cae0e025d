// Builds the AMP part of one template from its IR: parse the MJML (dynamic nodes as
// tokens), render the layout and regions, derive the data plan, write the document.
// ESP-specific protection is applied afterwards (esp.ts), so one build serves every ESP.
import { createHash } from 'node:crypto';
import { diag, fileSpan, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { escapeHtml } from '../../ir/evaluate.js';
import type { TargetContext, TemplateIR } from '../target.js';
import { budgetProblems } from './budgets.js';
import { OPEN_BRACE_FIELD, renderMustache, templateSource, writeDocument, type RegionMarkup } from './document.js';
import { ESP_DELIMITERS, protectForEsp, simulateEspMerge, TOKEN_MARK, type SendVia } from './esp.js';
import { type MjChild, type MjElement, parseMjml, type ParseProblem } from './mjml-tree.js';
import { PLAN_FORMAT, type AmpDataPlan, type DataVar, type Region } from './plan.js';
import { renderBody } from './render/flow.js';
import { renderHead } from './render/head.js';
import { ImageSizer } from './render/images.js';
import { compact } from './render/markup.js';
import { RenderState } from './render/state.js';
import { urlAllowed } from './render/urls.js';
import { resolveAmpData } from './resolve.js';
import { serializeNodes, spanWithin, TokenTable } from './source.js';

/** TargetContext, optionally with the project root (images are read from it; default: cwd). */
export type AmpContext = TargetContext & { root?: string };

export interface AmpBuild {
  /** The AMP part with TOKEN_MARK where the recipient token goes (no ESP protection yet). */
  document: string;
  plan: AmpDataPlan;
  diagnostics: Diagnostic[];
  /** Number of amp-list regions. */
  regions: number;
}

function findElement(children: MjChild[], tag: string): MjElement | undefined {
  return children.find((c): c is MjElement => c.kind === 'element' && c.tag === tag);
}

/** The configured endpoint for a template (without query parameters added by Tailor). */
export function endpointBase(ctx: TargetContext, template: string): string {
  return ctx.config.target.amp.endpoint.replaceAll('{template}', encodeURIComponent(template));
}

/** The amp-list src: the endpoint, the plan version (`v`) and the recipient token parameter. */
export function endpointUrl(ctx: TargetContext, template: string, version: string): string {
  const base = endpointBase(ctx, template);
  return `${base}${base.includes('?') ? '&' : '?'}v=${version}&${encodeURIComponent(ctx.config.target.amp.tokenParam)}=${TOKEN_MARK}`;
}

/** A short hash of the plan's fields. */
export function planVersion(vars: DataVar[]): string {
  return createHash('sha256').update(JSON.stringify(vars)).digest('hex').slice(0, 12);
}

export function buildAmp(template: TemplateIR, ctx: AmpContext): AmpBuild {
  const file = template.file;
  const tokens = new TokenTable();
  const source = serializeNodes(template.body, tokens, fileSpan(file));
  const problems: ParseProblem[] = [];
  const children = parseMjml(source, tokens, problems);
  const state = new RenderState(tokens, new ImageSizer(ctx.root ?? process.cwd()), file);
  for (const p of problems) state.report('amp-unbalanced-branch', p.span, { kind: 'condition', problem: p.problem });

  const root = findElement(children, 'mjml');
  const top = root ? root.children : children;
  const head = findElement(top, 'mj-head');
  if (head) renderHead(state, head);
  const body: MjElement = findElement(top, 'mj-body') ?? {
    kind: 'element',
    tag: 'mj-body',
    attrs: {},
    children: top.filter((c) => !(c.kind === 'element' && c.tag === 'mj-head')),
    content: null,
    span: fileSpan(file),
  };
  const bodyNodes = compact(renderBody(state, body));

  const flags = { usesBraces: false };
  const sources = new Map<Region, string>(state.regions.map((r) => [r, templateSource(r.body, flags)]));
  const vars = flags.usesBraces ? [...state.vars, { kind: 'const' as const, name: OPEN_BRACE_FIELD, value: '{' }] : state.vars;
  const plan: AmpDataPlan = { format: PLAN_FORMAT, template: template.name, version: planVersion(vars), vars };
  const noData = resolveAmpData(plan, {});
  const regions = new Map<Region, RegionMarkup>();
  for (const [region, tpl] of sources) regions.set(region, { region, template: tpl, fallback: renderMustache(tpl, noData, escapeHtml) });

  const lang = root?.attrs.lang?.raw;
  const dir = root?.attrs.dir?.raw;
  const document = writeDocument({
    body: bodyNodes,
    regions,
    css: state.styles.css(),
    extensions: state.extensions,
    ...(lang ? { lang } : {}),
    ...(dir ? { dir } : {}),
    src: endpointUrl(ctx, template.name, plan.version),
  });

  const diagnostics = state.diagnostics;
  if (regions.size && !urlAllowed(ctx.config.target.amp.endpoint.replaceAll('{template}', 'x'), 'image')) {
    state.report('amp-endpoint-invalid', fileSpan(ctx.config.file), { endpoint: ctx.config.target.amp.endpoint });
  }
  for (const b of budgetProblems(simulateEspMerge(protectForEsp(document, 'none'), 'none'))) {
    state.report(b.code, fileSpan(file), { bytes: b.bytes, limit: b.limit });
  }
  return { document, plan, diagnostics, regions: regions.size };
}

/** Static text in the finished part that the ESP would read as its own syntax. */
export function espDelimiterProblems(build: AmpBuild, template: TemplateIR, esp: SendVia): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const delimiter of ESP_DELIMITERS[esp]) {
    if (!build.document.includes(delimiter)) continue;
    // Point at the template text that holds it, when it is there.
    let span = fileSpan(template.file);
    for (const n of template.body) {
      if (n.kind !== 'static' || !n.span) continue;
      const at = n.text.indexOf(delimiter);
      if (at >= 0) {
        span = spanWithin(n.text, n.span, at, delimiter.length);
        break;
      }
    }
    out.push(diag('amp-esp-delimiter', span, { delimiter, esp }, { target: 'amp' }));
  }
  return out;
}
