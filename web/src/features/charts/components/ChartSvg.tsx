import { useId } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { ChartSpec } from '../chart-spec';

/*
 * Colours with at least 4.5:1 against white (so also against each other's white stripes), each series also with
 * its own stripe pattern or dash so that no series is told apart by colour alone.
 */
const palette = ['#004b76', '#9a3412', '#166534', '#6b21a8', '#9f1239', '#374151'];
const stripes = [null, 45, -45, 90, 0, 30];
const dashes = [undefined, '8 4', '3 3', '12 4 3 4', '2 6', '16 6'];
const ink = '#1f2937';

interface ChartSvgProps {
  spec: ChartSpec;
  /** The svg's name and description (the figure's caption and summary). */
  title: string;
  desc: string;
}

/**
 * The drawn part of a chart, loaded only where a chart is shown (recharts is large). Recharts' accessibility
 * layer lets keyboard users step through the categories with the arrow keys and hear the tooltip's values.
 */
export default function ChartSvg({ spec, title, desc }: ChartSvgProps) {
  const uid = useId().replace(/[^a-zA-Z0-9]/g, '');
  const fill = (i: number) =>
    stripes[i % stripes.length] === null ? palette[i % palette.length] : `url(#${uid}-p${i})`;
  const axisTick = { fill: ink, fontSize: 13 };
  const tooltip = (
    <Tooltip
      formatter={(value) => (typeof value === 'number' ? spec.format.full(value) : String(value))}
      contentStyle={{ color: ink }}
    />
  );
  const patterns = (
    <defs>
      {spec.series.map((_, i) =>
        stripes[i % stripes.length] === null ? null : (
          <pattern
            key={i}
            id={`${uid}-p${i}`}
            patternUnits="userSpaceOnUse"
            width="6"
            height="6"
            patternTransform={`rotate(${stripes[i % stripes.length]})`}
          >
            <rect width="6" height="6" fill={palette[i % palette.length]} />
            <line x1="0" y1="0" x2="0" y2="6" stroke="#ffffff" strokeWidth="2" />
          </pattern>
        ),
      )}
    </defs>
  );

  if (spec.kind === 'shares')
    return (
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={spec.data} layout="vertical" title={title} desc={desc} margin={{ right: 72 }}>
          <XAxis type="number" hide domain={[0, 'dataMax']} />
          <YAxis type="category" dataKey="label" width={150} tick={axisTick} interval={0} />
          {tooltip}
          {spec.series.map((series, i) => (
            <Bar key={series.key} dataKey={series.key} name={series.label} fill={palette[i % palette.length]}>
              <LabelList
                dataKey={series.key}
                position="right"
                fill={ink}
                formatter={(value) => (typeof value === 'number' ? spec.format.full(value) : String(value ?? ''))}
              />
            </Bar>
          ))}
        </BarChart>
      </ResponsiveContainer>
    );

  if (spec.kind === 'lines')
    return (
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={spec.data} title={title} desc={desc} margin={{ left: 8, right: 16 }}>
          <CartesianGrid stroke="#d1d5db" vertical={false} />
          <XAxis dataKey="label" tick={axisTick} />
          <YAxis tick={axisTick} tickFormatter={spec.format.axis} width={72} />
          {tooltip}
          <Legend wrapperStyle={{ color: ink }} />
          {spec.series.map((series, i) => (
            <Line
              key={series.key}
              dataKey={series.key}
              name={series.label}
              stroke={palette[i % palette.length]}
              strokeWidth={2.5}
              strokeDasharray={dashes[i % dashes.length]}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    );

  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={spec.data} title={title} desc={desc} margin={{ left: 8, right: 16 }}>
        {patterns}
        <CartesianGrid stroke="#d1d5db" vertical={false} />
        <XAxis dataKey="label" tick={axisTick} />
        <YAxis tick={axisTick} tickFormatter={spec.format.axis} width={72} allowDecimals={false} />
        {tooltip}
        <Legend wrapperStyle={{ color: ink }} />
        {spec.series.map((series, i) => (
          <Bar
            key={series.key}
            dataKey={series.key}
            name={series.label}
            fill={fill(i)}
            stroke={palette[i % palette.length]}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
