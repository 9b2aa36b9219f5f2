import Link from "next/link";

/** A URL whose search or page position cannot be read: said plainly, with the way back. Nothing was queried. */
export function InvalidRequest({ message, startHref }: { message: string; startHref: string }) {
  return (
    <div role="alert" data-testid="invalid-request" className="rounded-md border border-red-300 bg-red-50 p-4 text-sm text-red-800">
      <p className="font-medium">This address is invalid.</p>
      <p className="mt-1">{message}</p>
      <Link href={startHref} className="mt-2 inline-block text-blue-700 underline">
        Start again
      </Link>
    </div>
  );
}
