import type { MessageDef } from '../catalog.js';

// Diagnostics of the source area: loading and validating the project's files.
// Codes are stable: tests and users refer to them. Config problems all start with
// `config-` (see isConfigDiagnostic in src/config/load.ts): the CLI exits 2 on them.
export const sourceMessages = {
  // --- tailor.config.yaml ---
  'config-not-found': {
    severity: 'error',
    message: 'Config file {file} does not exist',
    hint: 'Check the --config path (relative to the project root). Without --config, tailor.config.yaml is used when present, else the defaults.',
  },
  'config-unreadable': {
    severity: 'error',
    message: 'Cannot read config file {file}: {reason}',
  },
  'config-yaml-syntax': {
    severity: 'error',
    message: 'YAML syntax error in the config: {detail}',
    hint: 'Nothing else is loaded until the config parses: its paths say where everything is.',
  },
  'config-yaml-warning': {
    severity: 'warning',
    message: '{detail}',
  },
  'config-duplicate-key': {
    severity: 'error',
    message: "Key '{key}' appears twice in the config",
    hint: 'YAML keeps only the last one. Remove or merge the duplicates.',
  },
  'config-invalid': {
    severity: 'error',
    message: '{detail}',
  },
  'config-path-conflict': {
    severity: 'error',
    message: "paths.out '{out}' overlaps {other} '{path}'",
    hint: 'The build writes (and replaces) everything under paths.out; give it a folder of its own, such as dist.',
  },

  'config-folder-missing': {
    severity: 'warning',
    message: "paths.{key} is '{dir}', which does not exist",
    hint: 'Nothing is read from it. Fix the path, create the folder, or remove the setting to use the default ({default}).',
  },

  // --- any YAML file ---
  'file-unreadable': {
    severity: 'error',
    message: 'Cannot read {file}: {reason}',
  },
  'yaml-syntax': {
    severity: 'error',
    message: 'YAML syntax error: {detail}',
  },
  'yaml-warning': {
    severity: 'warning',
    message: '{detail}',
  },
  'duplicate-key': {
    severity: 'error',
    message: "Key '{key}' appears twice in this mapping",
    hint: 'YAML keeps only the last one, so the first is silently ignored. Remove or rename one of them.',
  },
  'schema-violation': {
    severity: 'error',
    message: '{detail}',
  },

  // --- templates and components ---
  'templates-dir-missing': {
    severity: 'error',
    message: 'The templates folder {dir} does not exist',
    hint: 'Create {dir}/ with at least one .mjml email, or set paths.templates in tailor.config.yaml.',
  },
  'no-templates': {
    severity: 'warning',
    message: 'No templates in {dir}: nothing will be built',
    hint: 'Templates are {dir}/*.mjml files, one email each.',
  },

  // --- rules/attributes.yaml ---
  'attribute-fallback-type': {
    severity: 'error',
    message: "The fallback of '{name}' is not {expected}: {reason}",
    hint: 'The fallback is printed where the value is missing, so it must be a valid {type} value.',
  },
  'attribute-unused-field': {
    severity: 'warning',
    message: "'{field}' has no effect on the {type} attribute '{name}'",
    hint: "'values' applies to enum attributes; 'max' and 'items' to list attributes. Remove it or change the type.",
  },
  'esp-name-invalid': {
    severity: 'error',
    message: "{esp} name '{espName}' of {owner} is invalid: {rule}",
    hint: 'Write a name of that form (esp: on attributes, fields: on segments).',
  },
  'esp-name-duplicate': {
    severity: 'error',
    message: "{other} and {owner} both use the {esp} name '{espName}'",
    hint: 'The ESP would hold one value for both. Give one of them its own name (esp: on attributes, fields: on segments).',
  },

  // --- rules/content.yaml ---
  'slot-duplicate-default': {
    severity: 'error',
    message: "Slot '{slot}' has more than one default",
    hint: 'Only one default can apply. Keep one; turn the others into rules with a `when`.',
  },
  'content-default-not-last': {
    severity: 'warning',
    message: "The default of slot '{slot}' is not its last entry",
    hint: 'Rules are tried in order and the default only applies when none matches; put it last so the file reads the way it runs.',
  },

  // --- fixtures/profiles/*.yaml ---
  'ignored-profile-file': {
    severity: 'warning',
    message: '{file} is not read: sample profiles are .yaml files',
    hint: 'Rename it to {suggestion}.',
  },
  'unknown-profile-attribute': {
    severity: 'error',
    message: "Unknown attribute '{name}' in sample profile '{profile}'",
    hint: 'Profiles may only set attributes declared in {attributes}.',
  },
  'fixture-type-mismatch': {
    severity: 'error',
    message: "'{path}' should be {expected}, not {actual}",
  },
  'invalid-email': {
    severity: 'error',
    message: "'{path}' is not a valid email address ({reason}): {value}",
  },
  'invalid-url': {
    severity: 'error',
    message: "'{path}' is not an absolute http(s) URL ({reason}): {value}",
  },
  'invalid-date': {
    severity: 'error',
    message: "'{path}' is not an ISO-8601 date ({reason}): {value}",
    hint: 'Write 2024-03-01, or 2024-03-01T09:30:00Z for a moment in time.',
  },
  'fixture-enum-value': {
    severity: 'error',
    message: "'{path}' is {value}, which is not one of: {values}",
  },
  'fixture-item-unknown-field': {
    severity: 'error',
    message: "Item {index} of '{list}' has an unknown field '{field}'",
    hint: "The items of '{list}' have the fields: {fields}.",
  },
  'fixture-item-missing-field': {
    severity: 'warning',
    message: "Item {index} of '{list}' has no '{field}'",
    hint: 'Write `{field}: null` to test a missing value on purpose.',
  },
  'fixture-list-too-long': {
    severity: 'warning',
    message: "'{list}' has {count} items but templates show at most {max}",
    hint: "Only the first {max} are ever shown. Raise 'max' in the attribute or shorten the sample.",
  },
} satisfies Record<string, MessageDef>;
