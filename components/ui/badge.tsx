import type { ReactNode } from "react";

const tones = {
  neutral: "bg-slate-100 text-slate-800",
  good: "bg-green-100 text-green-900",
  warn: "bg-amber-100 text-amber-900",
  bad: "bg-red-100 text-red-900",
  info: "bg-blue-100 text-blue-900",
} as const;

/** A short status word in a pill; the word carries the meaning, the colour only repeats it. */
export function Badge({ tone = "neutral", children }: { tone?: keyof typeof tones; children: ReactNode }) {
  return <span className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ${tones[tone]}`}>{children}</span>;
}
