import type { AccessSection } from "@/lib/accounts/named-users/access-explained";

/** What the person can and cannot do here, line by line, each with the rule that says so. */
export function AccessExplained({ sections, name }: { sections: AccessSection[]; name: string }) {
  return (
    <div className="flex flex-col gap-4" data-testid="access-explained">
      {sections.map((s) => (
        <section key={s.title} aria-label={s.title}>
          <h3 className="mb-1 text-sm font-semibold text-slate-700">{s.title}</h3>
          <ul className="divide-y divide-slate-100 rounded-md border border-slate-200 bg-white text-sm">
            {s.lines.map((l) => (
              <li key={l.key} className="flex gap-3 px-3 py-2" data-allowed={l.allowed}>
                <span aria-hidden="true" className={l.allowed ? "text-green-700" : "text-red-700"}>{l.allowed ? "✓" : "✕"}</span>
                <div>
                  <p className="font-medium">
                    <span className="sr-only">{l.allowed ? `${name} can: ` : `${name} cannot: `}</span>
                    {l.label}
                  </p>
                  <p className="text-slate-600">
                    {l.reason} <span className="rounded bg-slate-100 px-1 font-mono text-xs">{l.rule}</span>
                  </p>
                </div>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
