import Link from "next/link";

/** Shown for unknown URLs and for everything the actor may not see (never "forbidden"). */
export default function NotFound() {
  return (
    <main className="mx-auto max-w-lg p-10 text-center">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="mt-3 text-slate-600">This page was not found, or you do not have access to it.</p>
      <Link href="/" className="mt-6 inline-block text-blue-700 underline">
        Go to your start page
      </Link>
    </main>
  );
}
