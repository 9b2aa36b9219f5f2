"use client";

import { Component, type ReactNode } from "react";

// Next's digest for forbidden() (next/dist/client/components/http-access-fallback).
const FORBIDDEN_DIGEST = "NEXT_HTTP_ERROR_FALLBACK;403";

const isForbidden = (error: unknown) => typeof error === "object" && error !== null && (error as { digest?: unknown }).digest === FORBIDDEN_DIGEST;

/** Catches only forbidden() (see ForbiddenStatus) and renders nothing; any other error goes on up. */
export class SwallowForbidden extends Component<{ children: ReactNode }, { error: unknown; caught: boolean }> {
  state = { error: null as unknown, caught: false };

  static getDerivedStateFromError(error: unknown) {
    return { error, caught: true };
  }

  render() {
    if (!this.state.caught) return this.props.children;
    if (isForbidden(this.state.error)) return null;
    throw this.state.error;
  }
}
