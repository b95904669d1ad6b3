/** An enum's values as a SQL list for CHECK constraints: 'A','B','C'. */
export function sqlList(values: Record<string, string>): string {
  return Object.values(values)
    .map((value) => `'${value}'`)
    .join(',');
}
