// Where the sfmc target expects each profile value in Salesforce Marketing Cloud, and how
// a profile is turned into that data for execution (the same shape an import must give).
//
// - A scalar attribute is a subscriber attribute / sendable data extension column named
//   `esp.sfmc`, read with AttributeValue("<name>"). Missing = no value (null) or "".
//   Text, email and url columns hold the text; numbers their decimal text (a Decimal
//   column prints its scale: declare Number or Text to print "2.5" as the profile has it);
//   booleans a Boolean column ("True"/"False"); dates a Date column holding the UTC
//   wall-clock time (SFMC shows it as "1/15/2026 12:00:00 AM").
// - A list attribute is a data extension named `esp.sfmc`, one row per item: a subscriber
//   key column, an order column (1, 2, 3 ... in list order) and one column per item field,
//   named like the field. The column names of the key and order are configurable
//   (target.sfmc.subscriberKeyColumn / orderColumn in tailor.config.yaml).
import type { AttributeDef, AttributeSchema, Profile, ProfileValue } from '../../source/model.js';
import type { TargetContext } from '../target.js';
import type { DataExtension } from './interpreter/index.js';
import { dateColumnText } from './dates.js';

export const DEFAULT_KEY_COLUMN = 'SubscriberKey';
export const DEFAULT_ORDER_COLUMN = 'Position';
/** The system attribute holding the subscriber key. */
export const SUBSCRIBER_KEY_ATTRIBUTE = '_subscriberkey';

export interface ListColumns {
  key: string;
  order: string;
}

export function listColumns(ctx: TargetContext): ListColumns {
  const settings = ctx.config.target.sfmc ?? {};
  const pick = (v: unknown, d: string) => (typeof v === 'string' && v.trim() ? v.trim() : d);
  return { key: pick(settings['subscriberKeyColumn'], DEFAULT_KEY_COLUMN), order: pick(settings['orderColumn'], DEFAULT_ORDER_COLUMN) };
}

/** The SFMC name of an attribute (its column, or its data extension for a list). */
export function sfmcName(name: string, attributes: AttributeSchema): string {
  return attributes.get(name)?.esp.sfmc ?? name;
}

/** The subscriber attribute a segment is read from, when it is precomputed for SFMC (`fields: { sfmc: FIELD }`). */
export function segmentField(name: string, ctx: TargetContext): string | undefined {
  return ctx.segments?.get(name)?.fields?.sfmc;
}

/** A profile value as SFMC holds it in a column of this type. */
export function columnValue(value: ProfileValue | undefined, type: AttributeDef['type']): string | null {
  if (value === undefined || value === null || Array.isArray(value)) return null;
  if (type === 'boolean' && typeof value === 'boolean') return value ? 'True' : 'False';
  // A text the reference cannot read as a date is loaded as it is.
  if (type === 'date') return dateColumnText(String(value)) ?? String(value);
  return String(value);
}

export interface SfmcData {
  attributes: Record<string, string | null>;
  dataExtensions: DataExtension[];
}

/** The subscriber attributes and data extension rows SFMC must hold for this profile. */
export function sfmcData(profile: Profile, ctx: TargetContext, segments: Map<string, boolean> = new Map()): SfmcData {
  const attributes: Record<string, string | null> = { [SUBSCRIBER_KEY_ATTRIBUTE]: profile.id };
  const dataExtensions: DataExtension[] = [];
  const columns = listColumns(ctx);
  for (const def of ctx.attributes.values()) {
    const value = profile.data[def.name];
    if (def.type === 'list') {
      const fields = Object.keys(def.items ?? {});
      const items = Array.isArray(value) ? value : [];
      dataExtensions.push({
        name: def.esp.sfmc,
        columns: [columns.key, columns.order, ...fields],
        rows: items.map((item, i) => {
          const row: Record<string, string | null> = { [columns.key]: profile.id, [columns.order]: String(i + 1) };
          for (const f of fields) row[f] = columnValue(item[f], def.items![f]!);
          return row;
        }),
      });
    } else if (value !== undefined) {
      attributes[def.esp.sfmc] = columnValue(value, def.type);
    }
  }
  for (const [field, member] of segments) attributes[field] = member ? 'yes' : '';
  return { attributes, dataExtensions };
}
