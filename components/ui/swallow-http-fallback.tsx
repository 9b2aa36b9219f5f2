"use client";

import { Component, type ReactNode } from "react";

// Next's digest for forbidden() and notFound() (next/dist/client/components/http-access-fallback).
const digestOf = (status: 403 | 404) => `NEXT_HTTP_ERROR_FALLBACK;${status}`;

const hasDigest = (error: unknown, digest: string) => typeof error === "object" && error !== null && (error as { digest?: unknown }).digest === digest;

/** Catches only the interrupt for `status` (see HttpStatus) and renders nothing; any other error goes on up. */
export class SwallowHttpFallback extends Component<{ status: 403 | 404; children: ReactNode }, { error: unknown; caught: boolean }> {
  state = { error: null as unknown, caught: false };

  static getDerivedStateFromError(error: unknown) {
    return { error, caught: true };
  }

  render() {
    if (!this.state.caught) return this.props.children;
    if (hasDigest(this.state.error, digestOf(this.props.status))) return null;
    throw this.state.error;
  }
}
