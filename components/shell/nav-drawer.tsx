"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";

const PANEL_ID = "portal-navigation";

/**
 * Below the `md` breakpoint the navigation folds behind a menu button (aria-expanded,
 * aria-controls); opening it moves focus to its first link, Escape or following a link
 * closes it and Escape returns focus to the button. From `md` up it is always shown.
 */
export function NavDrawer({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    panel.current?.querySelector<HTMLElement>("a[href], button, select, input")?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open]);

  return (
    <>
      <div className="border-b border-slate-200 bg-white px-4 py-2 md:hidden">
        <button
          ref={button}
          type="button"
          aria-expanded={open}
          aria-controls={PANEL_ID}
          onClick={() => setOpen((o) => !o)}
          className="inline-flex items-center gap-2 rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-800"
        >
          <span aria-hidden="true">{open ? "✕" : "☰"}</span>
          Menu
        </button>
      </div>
      <div
        id={PANEL_ID}
        ref={panel}
        className={`${open ? "flex" : "hidden"} border-b border-slate-200 md:flex md:border-b-0`}
        onClick={(e) => {
          if ((e.target as HTMLElement).closest("a")) setOpen(false);
        }}
      >
        {children}
      </div>
    </>
  );
}
