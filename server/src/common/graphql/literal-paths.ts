import { ASTNode, Kind, ValidationRule, ValueNode } from 'graphql';

/**
 * graphql-js names the field of a bad variable ('Variable "$i" got invalid value … at "i.receivedOn"') but not of a
 * bad value written into the query, where it only gives line and column. This rule notes where each written value
 * sits, so that the error formatter can name it the same way. Weak keys: a document's notes go with the document.
 */
const paths = new WeakMap<ASTNode, { argument: string; path: string }>();

function note(value: ValueNode, argument: string, path: string): void {
  paths.set(value, { argument, path });
  if (value.kind === Kind.OBJECT)
    for (const field of value.fields) note(field.value, argument, `${path}.${field.name.value}`);
  if (value.kind === Kind.LIST) value.values.forEach((item, index) => note(item, argument, `${path}[${index}]`));
}

/** Notes the argument and field of every value written into the query; reports nothing itself. */
export const literalPathsRule: ValidationRule = () => ({
  Argument(node) {
    note(node.value, node.name.value, node.name.value);
  },
});

/** Where a value written into the query sits, e.g. "input.receivedOn"; undefined for any other error. */
export function literalPath(nodes: readonly ASTNode[] | undefined): string | undefined {
  return nodes?.[0] && paths.get(nodes[0])?.path;
}

/** 'Argument "input" got invalid value at "input.receivedOn"; ' for an error about a written value, else ''. */
export function literalPrefix(nodes: readonly ASTNode[] | undefined): string {
  const at = nodes?.[0] && paths.get(nodes[0]);
  if (!at) return '';
  return at.path === at.argument
    ? `Argument "${at.argument}" got invalid value; `
    : `Argument "${at.argument}" got invalid value at "${at.path}"; `;
}
