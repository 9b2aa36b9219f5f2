import type { LatestRelease } from "@/lib/contracts/announce-release";

/** The latest releases of the contract's products its software coordinator was emailed about (CL-9). */
export function LatestReleases({ releases }: { releases: LatestRelease[] }) {
  return (
    <section aria-labelledby="latest-releases" className="flex flex-col gap-2">
      <h2 id="latest-releases" className="text-lg font-semibold">Latest releases</h2>
      {releases.length ? (
        <ul className="text-sm">
          {releases.map((r, i) => (
            <li key={i}>
              {r.product} {r.version} <span className="text-slate-600">(emailed to the software coordinator on {r.sentAt})</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-600">No release has been announced for this contract&apos;s products yet. The software coordinator receives them (CL-9).</p>
      )}
    </section>
  );
}
