// What the render phase reads from mjml itself: which elements take raw content (markers
// there stay bare) and which accept <mj-raw> children (block markers can stand there).
// Pinned so that an mjml upgrade that changes them shows up here.
import { expect, it } from 'vitest';
import { loadMjml } from '../../src/render/mjml-engine.js';

it('knows mjml 5 ending tags and mj-raw parents', () => {
  const { schema } = loadMjml();
  expect([...schema.endingTags].sort()).toEqual([
    'mj-accordion-text', 'mj-accordion-title', 'mj-breakpoint', 'mj-button', 'mj-carousel-image', 'mj-navbar-link',
    'mj-preview', 'mj-raw', 'mj-social-element', 'mj-style', 'mj-table', 'mj-text', 'mj-title',
  ]);
  expect([...schema.rawParents].sort()).toEqual([
    'mj-accordion', 'mj-accordion-element', 'mj-body', 'mj-column', 'mj-group', 'mj-head', 'mj-hero', 'mj-navbar',
    'mj-section', 'mj-social', 'mj-wrapper', 'mjml',
  ]);
});
