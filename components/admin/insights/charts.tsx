/** Chart colours: each at least 3:1 against the admin's white and dark backgrounds' text, told apart by the legend too. */
export const SERIES_COLOURS = ['#1f5fa8', '#b45309', '#0f7a55'] as const

type Series = { name: string; values: number[]; colour: string }

const Legend = ({ series }: { series: Series[] }) => (
  <ul
    style={{ display: 'flex', flexWrap: 'wrap', gap: 'var(--base)', listStyle: 'none', padding: 0, margin: '0 0 calc(var(--base) * 0.5)' }}
  >
    {series.map((entry) => (
      <li key={entry.name} style={{ display: 'flex', alignItems: 'center', gap: '0.4rem' }}>
        <span aria-hidden="true" style={{ width: '0.9rem', height: '0.9rem', background: entry.colour, display: 'inline-block' }} />
        {entry.name}
      </li>
    ))}
  </ul>
)

/** A rounded step for the axis: 1, 2 or 5 times a power of ten, so that gridlines read easily. */
const niceMaximum = (value: number): number => {
  if (value <= 0) return 1
  const power = 10 ** Math.floor(Math.log10(value))
  return ([1, 2, 5, 10].find((step) => step * power >= value) ?? 10) * power
}

/**
 * Bars side by side for each label (a week), drawn on the server as SVG. The figures are also
 * in a table next to it, so the picture is described in words and hidden from nothing.
 */
export const GroupedBars = ({
  id,
  title,
  description,
  labels,
  series,
  formatNumber,
}: {
  id: string
  title: string
  description: string
  labels: string[]
  series: Series[]
  formatNumber: (value: number) => string
}) => {
  const top = niceMaximum(Math.max(0, ...series.flatMap((entry) => entry.values)))
  const barWidth = 10
  const groupWidth = series.length * barWidth + 14
  const left = 48
  const height = 180
  const width = Math.max(320, left + labels.length * groupWidth + 8)
  const y = (value: number) => 10 + height - (value / top) * height
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((share) => share * top)
  return (
    <figure style={{ margin: '0 0 var(--base)' }}>
      <Legend series={series} />
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-description`}
        viewBox={`0 0 ${width} ${height + 50}`}
        style={{ width: '100%', maxWidth: `${width * 1.6}px`, height: 'auto', display: 'block' }}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-description`}>{description}</desc>
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={left} x2={width} y1={y(tick)} y2={y(tick)} stroke="currentColor" strokeOpacity={0.2} />
            <text x={left - 6} y={y(tick) + 4} textAnchor="end" fontSize="10" fill="currentColor">
              {formatNumber(Math.round(tick))}
            </text>
          </g>
        ))}
        {labels.map((labelText, index) => {
          const x = left + index * groupWidth + 7
          return (
            <g key={labelText}>
              {series.map((entry, seriesIndex) => {
                const value = entry.values[index] ?? 0
                return (
                  <rect
                    key={entry.name}
                    x={x + seriesIndex * barWidth}
                    y={y(value)}
                    width={barWidth - 1}
                    height={Math.max(0, y(0) - y(value))}
                    fill={entry.colour}
                  />
                )
              })}
              <text
                x={x + (series.length * barWidth) / 2}
                y={height + 24}
                textAnchor="middle"
                fontSize="10"
                fill="currentColor"
                transform={labels.length > 8 ? `rotate(-35 ${x + (series.length * barWidth) / 2} ${height + 24})` : undefined}
              >
                {labelText}
              </text>
            </g>
          )
        })}
      </svg>
    </figure>
  )
}

/** Horizontal bars, one per label, split into parts (searches with no results, with few). */
export const StackedRows = ({
  id,
  title,
  description,
  rows,
  parts,
}: {
  id: string
  title: string
  description: string
  rows: { label: string; values: number[] }[]
  parts: { name: string; colour: string }[]
}) => {
  const top = Math.max(1, ...rows.map((row) => row.values.reduce((sum, value) => sum + value, 0)))
  const labelWidth = 180
  const barArea = 300
  const rowHeight = 22
  const width = labelWidth + barArea + 40
  return (
    <figure style={{ margin: '0 0 var(--base)' }}>
      <Legend series={parts.map((part) => ({ ...part, values: [] }))} />
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-description`}
        viewBox={`0 0 ${width} ${rows.length * rowHeight + 8}`}
        style={{ width: '100%', maxWidth: `${width * 1.5}px`, height: 'auto', display: 'block' }}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-description`}>{description}</desc>
        {rows.map((row, index) => {
          let offset = labelWidth
          const total = row.values.reduce((sum, value) => sum + value, 0)
          return (
            <g key={`${row.label}-${index}`}>
              <text x={labelWidth - 8} y={index * rowHeight + 16} textAnchor="end" fontSize="11" fill="currentColor">
                {row.label.length > 28 ? `${row.label.slice(0, 27)}…` : row.label}
              </text>
              {row.values.map((value, partIndex) => {
                const barLength = (value / top) * barArea
                const x = offset
                offset += barLength
                return (
                  <rect
                    key={partIndex}
                    x={x}
                    y={index * rowHeight + 4}
                    width={barLength}
                    height={rowHeight - 8}
                    fill={parts[partIndex]?.colour}
                  />
                )
              })}
              <text x={offset + 6} y={index * rowHeight + 16} fontSize="11" fill="currentColor">
                {total}
              </text>
            </g>
          )
        })}
      </svg>
    </figure>
  )
}
