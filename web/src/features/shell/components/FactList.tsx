/** Label and value pairs, e.g. a partnership's product and governance model. */
export type Fact = [label: string, value: string];

export function FactList({ facts }: { facts: Fact[] }) {
  return (
    <dl className="kern-description-list">
      {facts.map(([label, value]) => (
        <div className="kern-description-list-item" key={label}>
          <dt className="kern-description-list-item__key">{label}</dt>
          <dd className="kern-description-list-item__value">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
