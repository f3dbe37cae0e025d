// Loads and validates the user's project (the "source model"): config, rules, MJML
// sources and sample profiles. One run reports every problem it can find.
import path from 'node:path';
import { diag, fileSpan, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { DEFAULT_CONFIG } from '../config/defaults.js';
import { loadConfig } from '../config/load.js';
import { buildAttributes } from './attributes.js';
import { buildContent } from './content.js';
import { checkEspNameUses } from './esp-name-check.js';
import { compareCodeUnits } from '../order.js';
import { isDirectory, joinRelative, listFiles } from './files.js';
import { readMjmlFolder, templateFolderDiagnostics } from './mjml-files.js';
import type { ComponentSource, Profile, Project, TemplateSource } from './model.js';
import { loadProfile, profileFiles } from './profiles.js';
import { readYamlInput } from './read-yaml.js';
import { buildSegments } from './segments.js';

export interface LoadResult {
  /** Null only when nothing usable could be built (the config is missing or unreadable). */
  project: Project | null;
  /** Sorted by file, line, column, code. */
  diagnostics: Diagnostic[];
}

/**
 * @param root the project root (made absolute)
 * @param opts.config the config file, relative to the root or absolute
 */
export async function loadProject(root: string, opts: { config?: string } = {}): Promise<LoadResult> {
  const absoluteRoot = path.resolve(root);
  const loaded = await loadConfig(absoluteRoot, opts);
  const diagnostics: Diagnostic[] = [...loaded.diagnostics];
  const read = new Set<string>(loaded.read);
  const config = loaded.config;
  if (!config) return { project: null, diagnostics: sortDiagnostics(diagnostics) };

  const rulesFile = (name: string) => joinRelative(config.paths.rules, name);
  const [attributesInput, segmentsInput, contentInput, templateFolder, componentFolder, fixtureListing] = await Promise.all([
    readYamlInput(absoluteRoot, rulesFile('attributes.yaml'), 'attributes'),
    readYamlInput(absoluteRoot, rulesFile('segments.yaml'), 'segments'),
    readYamlInput(absoluteRoot, rulesFile('content.yaml'), 'content'),
    readMjmlFolder(absoluteRoot, config.paths.templates),
    readMjmlFolder(absoluteRoot, config.paths.components),
    listFiles(path.join(absoluteRoot, config.paths.fixtures)),
  ]);

  for (const input of [attributesInput, segmentsInput, contentInput]) {
    read.add(input.file);
    diagnostics.push(...input.diagnostics);
  }
  const attributes = buildAttributes(attributesInput);
  const segments = buildSegments(segmentsInput);
  const content = buildContent(contentInput);
  diagnostics.push(...attributes.diagnostics, ...segments.diagnostics, ...content.diagnostics);
  diagnostics.push(...checkEspNameUses([...attributes.espNames, ...segments.espNames]));

  for (const folder of [templateFolder, componentFolder]) {
    folder.read.forEach((file) => read.add(file));
    diagnostics.push(...folder.diagnostics);
  }
  diagnostics.push(...templateFolderDiagnostics(templateFolder, config.paths.templates, loaded.pathSpans.templates));
  const templates: TemplateSource[] = templateFolder.files;
  const components = new Map<string, ComponentSource>(componentFolder.files.map((component) => [component.name, component]));

  // Optional folders may be absent; one the user named explicitly is probably a typo.
  const rulesPresent = [attributesInput, segmentsInput, contentInput].some((input) => input.present) || (await isDirectory(path.join(absoluteRoot, config.paths.rules)));
  const presence = { components: componentFolder.present, rules: rulesPresent, fixtures: fixtureListing.kind !== 'absent' };
  for (const key of ['components', 'rules', 'fixtures'] as const) {
    const span = loaded.pathSpans[key];
    if (span && !presence[key]) diagnostics.push(diag('config-folder-missing', span, { key, dir: config.paths[key], default: DEFAULT_CONFIG.paths[key] }));
  }

  // Sample profiles (optional): checked against the attributes just loaded.
  const profiles: Profile[] = [];
  const fixturesDir = config.paths.fixtures;
  read.add(fixturesDir);
  if (fixtureListing.kind === 'error') {
    diagnostics.push(diag('file-unreadable', fileSpan(fixturesDir), { file: fixturesDir, reason: fixtureListing.reason }));
  } else if (fixtureListing.kind === 'ok') {
    const listed = profileFiles(fixturesDir, fixtureListing.files);
    diagnostics.push(...listed.diagnostics);
    const ctx = {
      attributes: attributes.attributes,
      unchecked: attributes.unchecked,
      attributesUsable: attributes.usable,
      attributesFile: attributesInput.file,
    };
    const results = await Promise.all(listed.files.map((file) => loadProfile(absoluteRoot, file, ctx)));
    listed.files.forEach((file, i) => {
      read.add(file);
      const result = results[i]!;
      diagnostics.push(...result.diagnostics);
      if (result.profile) profiles.push(result.profile);
    });
  }

  const project: Project = {
    root: absoluteRoot,
    config,
    attributes: attributes.attributes,
    segments: segments.segments,
    content: content.content,
    components,
    templates,
    profiles,
    read: [...read].sort(compareCodeUnits),
  };
  return { project, diagnostics: sortDiagnostics(diagnostics) };
}
