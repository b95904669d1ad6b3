/** How long a payload summary may get in the table before it is cut; the full payload stays one click away. */
const maxSummaryLength = 160;

/**
 * The reader's words for what a payload holds: a field's name ("reason" → "Grund") and a coded value
 * ("ACTIVE" → "aktiv", true → "ja"; null when the value is no code the portal knows, then it shows as recorded).
 */
export interface PayloadLabels {
  language: 'de' | 'en';
  field(name: string): string;
  value(code: string): string | null;
}

/** As recorded: the summary of a payload where no labels are at hand. */
const asRecorded: PayloadLabels = { language: 'en', field: (name) => name, value: () => null };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A text the server recorded in both languages (a vote's result sentence, a purpose's label). */
function isInBothLanguages(value: Record<string, unknown>): value is { de: string; en: string } {
  const keys = Object.keys(value).sort();
  return keys.length === 2 && keys[0] === 'de' && keys[1] === 'en' && keys.every((k) => typeof value[k] === 'string');
}

function show(value: unknown, labels: PayloadLabels): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'string') return labels.value(value) ?? value;
  if (typeof value === 'boolean') return labels.value(String(value)) ?? String(value);
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map((item) => show(item, labels)).join(', ');
  if (isRecord(value) && isInBothLanguages(value)) return value[labels.language];
  return JSON.stringify(value);
}

/** References to other records ("organisationId": a UUID) tell a reader nothing; the names next to them do. */
const isReference = (key: string) => /Id$/.test(key);

/**
 * One line for the audit table: "name: Geoportal-Verbund · slug: geoportal-verbund", and for a change
 * "status: ACTIVE → SUSPENDED"; with labels in the reader's words ("Status: aktiv → ruhend"). Pure, so that it
 * reads any payload the server may write, also future ones.
 */
export function summarisePayload(payload: unknown, labels: PayloadLabels = asRecorded): string {
  if (!isRecord(payload)) return show(payload, labels);
  const parts: string[] = [];
  const { before, after } = payload;
  const isChange = isRecord(before) && isRecord(after);
  if (isChange) {
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      parts.push(`${labels.field(key)}: ${show(before[key], labels)} → ${show(after[key], labels)}`);
    }
  }
  for (const [key, value] of Object.entries(payload)) {
    if ((isChange && (key === 'before' || key === 'after')) || isReference(key)) continue;
    parts.push(`${labels.field(key)}: ${show(value, labels)}`);
  }
  const summary = parts.join(' · ');
  return summary.length > maxSummaryLength ? `${summary.slice(0, maxSummaryLength - 1)}…` : summary;
}
