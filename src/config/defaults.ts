// Defaults for tailor.config.yaml. The loader merges the user's file over these.
import type { TailorConfig } from '../source/model.js';

export const DEFAULT_CONFIG: TailorConfig = {
  file: 'tailor.config.yaml',
  targets: ['sfmc', 'mailchimp', 'braze', 'sendgrid', 'amp'],
  paths: { templates: 'templates', components: 'components', rules: 'rules', fixtures: 'fixtures/profiles', out: 'dist' },
  mjml: { validationLevel: 'soft', beautify: false, keepComments: true },
  target: {
    sfmc: {},
    mailchimp: { maxBranches: 32 },
    braze: {},
    sendgrid: { maxBranches: 32 },
    amp: { endpoint: 'https://amp.example.com/tailor/{template}', tokenParam: 'token', sendVia: 'none' },
  },
  eml: false,
  cache: true,
  lint: { rules: {} },
};
