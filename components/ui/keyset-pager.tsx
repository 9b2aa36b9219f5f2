import Link from "next/link";

/** The links of a keyset page: to the first page when not on it, to the next while there is more. */
export type PagerLinks = { first: string | null; next: string | null };

/** `href` builds the URL for a cursor (undefined = first page), keeping the rest of the state. */
export function keysetLinks(hasPrevious: boolean, next: string | null, href: (after?: string) => string): PagerLinks {
  return { first: hasPrevious ? href() : null, next: next ? href(next) : null };
}

/** Keyset pagination links: "First page" when not on it, "Next page" while there is more. */
export function KeysetPager({ links }: { links: PagerLinks }) {
  if (!links.first && !links.next) return null;
  return (
    <nav aria-label="Pages" className="flex gap-4 text-sm">
      {links.first ? (
        <Link className="text-blue-700 underline" href={links.first}>
          First page
        </Link>
      ) : null}
      {links.next ? (
        <Link className="text-blue-700 underline" href={links.next}>
          Next page
        </Link>
      ) : null}
    </nav>
  );
}
