// Every target Tailor knows, by id. Adding an ESP: one folder, one line here, one row in
// ./capabilities.ts.
import type { TargetId } from '../source/model.js';
import { ampTarget } from './amp/index.js';
import { brazeTarget } from './braze/index.js';
import { mailchimpTarget } from './mailchimp/index.js';
import { sendgridTarget } from './sendgrid/index.js';
import { sfmcTarget } from './sfmc/index.js';
import type { Target } from './target.js';

export const TARGETS = {
  sfmc: sfmcTarget,
  mailchimp: mailchimpTarget,
  braze: brazeTarget,
  sendgrid: sendgridTarget,
  amp: ampTarget,
} satisfies Record<TargetId, Target>;

export function getTarget(id: TargetId): Target {
  return TARGETS[id];
}
