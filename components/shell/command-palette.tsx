"use client";

import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { Command } from "cmdk";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Search } from "lucide-react";
import { Dialog } from "@/components/ui/dialog";
import { Button } from "@/components/ui/button";
import { SEARCH_KINDS, SEARCH_KIND_LABELS, type SearchAnswer } from "@/lib/search/search-types";

/** Calls the search route; a refusal or an unreadable search becomes an error with its message. */
async function fetchSearch(q: string, signal?: AbortSignal): Promise<SearchAnswer> {
  const response = await fetch(`/api/search?${new URLSearchParams({ q })}`, { signal, headers: { accept: "application/json" } });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const message = body && typeof body === "object" && "message" in body && typeof body.message === "string" ? body.message : "The search did not answer.";
    throw new Error(message);
  }
  return body as SearchAnswer;
}

/** The typed text once it has stopped changing for `ms`: one request per pause, not per key. */
function useDebounced(value: string, ms: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return settled;
}

function PaletteBody({ onChoose }: { onChoose: (href: string) => void }) {
  const [text, setText] = useState("");
  const q = useDebounced(text.trim(), 200);
  const search = useQuery({ queryKey: ["search", q], queryFn: ({ signal }) => fetchSearch(q, signal), enabled: q.length > 0, placeholderData: keepPreviousData, retry: false });
  const results = q && search.data?.q === q ? search.data.results : [];
  const settled = q.length > 0 && q === text.trim() && !search.isFetching;
  // The results arrive after the typing: the first one is chosen again each time, so Enter goes there.
  const first = results[0]?.id ?? "";
  const [selection, setSelection] = useState({ first: "", value: "" });
  if (selection.first !== first) setSelection({ first, value: first });
  return (
    // The server filters and orders (lib/search): cmdk only keeps the keyboard and the groups.
    <Command label="Search everywhere" shouldFilter={false} loop value={selection.value} onValueChange={(value) => setSelection({ first, value })} className="flex flex-col gap-3">
      <div className="flex items-center gap-2 rounded-md border border-slate-300 px-3 focus-within:outline focus-within:outline-2 focus-within:outline-blue-700">
        <Search aria-hidden="true" className="h-4 w-4 shrink-0 text-slate-500" />
        <Command.Input autoFocus value={text} onValueChange={setText} maxLength={100} placeholder="People, contracts, hubs, projects, pages…" className="w-full min-w-0 py-2 text-sm outline-none" />
      </div>
      <Command.List label="Results" className="max-h-[60vh] overflow-y-auto">
        {search.isError && q ? (
          <p role="alert" className="px-2 py-3 text-sm text-red-700">
            {search.error.message}
          </p>
        ) : null}
        {q && search.isFetching && results.length === 0 ? <Command.Loading label="Searching">Searching…</Command.Loading> : null}
        {settled && !search.isError ? <Command.Empty className="px-2 py-3 text-sm text-slate-600">No results for “{q}”.</Command.Empty> : null}
        {!q ? <p className="px-2 py-3 text-sm text-slate-600">Type a name, an email, a contract number or a page.</p> : null}
        {SEARCH_KINDS.map((kind) => {
          const group = results.filter((r) => r.kind === kind);
          if (group.length === 0) return null;
          return (
            <Command.Group key={kind} heading={SEARCH_KIND_LABELS[kind]} className="mb-2 [&_[cmdk-group-heading]]:px-2 [&_[cmdk-group-heading]]:py-1 [&_[cmdk-group-heading]]:text-xs [&_[cmdk-group-heading]]:font-medium [&_[cmdk-group-heading]]:uppercase [&_[cmdk-group-heading]]:text-slate-600">
              {group.map((r) => (
                <Command.Item key={r.id} value={r.id} onSelect={() => onChoose(r.href)} className="cursor-pointer rounded-md px-2 py-1.5 text-sm data-[selected=true]:bg-blue-50 data-[selected=true]:text-blue-900">
                  <span className="block truncate font-medium">{r.label}</span>
                  <span className="block truncate text-xs text-slate-600">{r.detail}</span>
                </Command.Item>
              ))}
            </Command.Group>
          );
        })}
      </Command.List>
    </Command>
  );
}

/**
 * Search everywhere (issue 15): a button in the top bar and Ctrl-K / ⌘-K anywhere in the
 * portal open a dialog that searches what the signed-in person may see; Enter goes to the
 * chosen page, Escape closes and the focus goes back where it was (Radix Dialog).
 */
export function CommandPalette() {
  const [open, setOpen] = useState(false);
  const router = useRouter();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === "k") {
        e.preventDefault();
        setOpen((was) => !was);
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
  const choose = (href: string) => {
    setOpen(false);
    router.push(href);
  };
  return (
    <Dialog
      open={open}
      onOpenChange={setOpen}
      title="Search everywhere"
      wide
      trigger={
        <Button variant="secondary" size="sm" aria-keyshortcuts="Control+K Meta+K" className="inline-flex shrink-0 items-center gap-2">
          <Search aria-hidden="true" className="h-4 w-4" />
          <span className="sr-only sm:not-sr-only">Search</span>
          <kbd aria-hidden="true" className="hidden rounded border border-slate-300 px-1 text-xs text-slate-500 sm:inline">
            Ctrl K
          </kbd>
        </Button>
      }
    >
      {/* Mounted only while open: every opening starts with an empty search. */}
      {open ? <PaletteBody onChoose={choose} /> : null}
    </Dialog>
  );
}
