/** How long a payload summary may get in the table before it is cut; the full payload stays one click away. */
const maxSummaryLength = 160;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(show).join(', ');
  return JSON.stringify(value);
}

/** References to other records ("organisationId": a UUID) tell a reader nothing; the names next to them do. */
const isReference = (key: string) => /Id$/.test(key);

/**
 * One line for the audit table: "name: Geoportal-Verbund · slug: geoportal-verbund", and for a change
 * "status: ACTIVE → SUSPENDED". Pure, so that it reads any payload the server may write, also future ones.
 */
export function summarisePayload(payload: unknown): string {
  if (!isRecord(payload)) return show(payload);
  const parts: string[] = [];
  const { before, after } = payload;
  const isChange = isRecord(before) && isRecord(after);
  if (isChange) {
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      parts.push(`${key}: ${show(before[key])} → ${show(after[key])}`);
    }
  }
  for (const [key, value] of Object.entries(payload)) {
    if ((isChange && (key === 'before' || key === 'after')) || isReference(key)) continue;
    parts.push(`${key}: ${show(value)}`);
  }
  const summary = parts.join(' · ');
  return summary.length > maxSummaryLength ? `${summary.slice(0, maxSummaryLength - 1)}…` : summary;
}
