"use client";

import { requestJoinAction } from "@/app/(portal)/hubs/[hubId]/projects/actions";
import { Field } from "@/components/ui/field";
import { InlineForm } from "./inline-form";

/** A Hub Member asks to join a project they are not in (FP-4, LP-5); the project's administrators answer (PR-2). */
export function AskToJoin({ projectId }: { projectId: string }) {
  return (
    <InlineForm action={requestJoinAction} base={{ projectId }} submit="Ask to join" label="Ask to join this project" done={() => "Request sent. A project administrator will answer."}>
      <Field label="Message (optional)" name="message" id="join-message" autoComplete="off" />
    </InlineForm>
  );
}
