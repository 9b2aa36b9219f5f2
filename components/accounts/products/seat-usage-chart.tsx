import type { ProductSeats } from "@/lib/seats/product-seats";

type Props = { rows: ProductSeats[]; id: string; title?: string };

const ROW = 30;
const BAR = 18;
const LABEL_W = 170;
const BAR_W = 360;
const WIDTH = LABEL_W + BAR_W + 110;

/** "12 of 15 seats assigned, 3 available" — the text the bar stands for. */
export function seatSentence(r: ProductSeats): string {
  if (r.total === 0) return `${r.name}: no seats on active named contracts, ${r.assigned} assigned`;
  const over = r.assigned > r.total ? `, ${r.assigned - r.total} over the limit` : "";
  return `${r.name}: ${r.assigned} of ${r.total} seats assigned, ${r.available} available${over}`;
}

/**
 * Seat usage as horizontal stacked bars (assigned | available), drawn to one scale so
 * products compare by size. Hand-written SVG: the figure's description and the list under
 * it say in words what the bars show (UM-9).
 */
export function SeatUsageChart({ rows, id, title = "Seat usage by product" }: Props) {
  if (rows.length === 0) return null;
  const scale = Math.max(1, ...rows.map((r) => Math.max(r.total, r.assigned)));
  const x = (seats: number) => (seats / scale) * BAR_W;
  const height = rows.length * ROW + 8;
  return (
    <figure className="rounded-lg border border-slate-200 bg-white p-4" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="mb-2 flex flex-wrap items-center justify-between gap-2 text-sm font-medium text-slate-700">
        {title}
        <span className="flex gap-4 text-xs font-normal text-slate-600" aria-hidden="true">
          <span className="flex items-center gap-1">
            <span className="inline-block h-3 w-3 rounded-sm bg-blue-700" /> Assigned
          </span>
          <span className="flex items-center gap-1">
            <span className="inline-block h-3 w-3 rounded-sm bg-slate-200" /> Available
          </span>
          <span className="flex items-center gap-1">
            <span className="inline-block h-3 w-3 rounded-sm bg-red-600" /> Over the limit
          </span>
        </span>
      </figcaption>
      <svg role="img" aria-labelledby={`${id}-title ${id}-desc`} viewBox={`0 0 ${WIDTH} ${height}`} className="w-full max-w-3xl" preserveAspectRatio="xMinYMin meet">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{rows.map(seatSentence).join(". ")}.</desc>
        {rows.map((r, i) => {
          const y = i * ROW + 4;
          const within = Math.min(r.assigned, r.total);
          const over = Math.max(0, r.assigned - r.total);
          return (
            <g key={r.productId} aria-hidden="true">
              <text x={LABEL_W - 8} y={y + BAR / 2 + 5} textAnchor="end" className="fill-slate-800 text-[13px]">
                {r.name}
              </text>
              <rect x={LABEL_W} y={y} width={Math.max(x(r.total), 1)} height={BAR} rx={3} className="fill-slate-200" />
              <rect x={LABEL_W} y={y} width={x(within)} height={BAR} rx={3} className="fill-blue-700" />
              {over > 0 ? <rect x={LABEL_W + x(r.total)} y={y} width={x(over)} height={BAR} rx={3} className="fill-red-600" /> : null}
              <text x={LABEL_W + x(Math.max(r.total, r.assigned)) + 8} y={y + BAR / 2 + 5} className="fill-slate-600 text-[12px] tabular-nums">
                {r.total === 0 ? "no active seats" : `${r.assigned}/${r.total}${r.assigned >= r.total ? " · full" : ""}`}
              </text>
            </g>
          );
        })}
      </svg>
      <ul className="sr-only">
        {rows.map((r) => (
          <li key={r.productId}>{seatSentence(r)}</li>
        ))}
      </ul>
    </figure>
  );
}
