import Link from "next/link";

/**
 * Keyset pagination links: "First page" when not on it, "Next page" while there is more.
 * `href` builds the URL for a cursor (undefined = first page), keeping the rest of the state.
 */
export function KeysetPager({ hasPrevious, next, href }: { hasPrevious: boolean; next: string | null; href: (after?: string) => string }) {
  if (!hasPrevious && !next) return null;
  return (
    <nav aria-label="Pages" className="flex gap-4 text-sm">
      {hasPrevious ? (
        <Link className="text-blue-700 underline" href={href()}>
          First page
        </Link>
      ) : null}
      {next ? (
        <Link className="text-blue-700 underline" href={href(next)}>
          Next page
        </Link>
      ) : null}
    </nav>
  );
}
