"use client";

import { requestJoinAction } from "@/lib/hubs/projects/actions";
import { Field } from "@/components/ui/field";
import { ActionForm } from "@/components/ui/action-form";

/** A Hub Member asks to join a project they are not in (FP-4, LP-5); the project's administrators answer (PR-2). */
export function AskToJoin({ projectId }: { projectId: string }) {
  return (
    <ActionForm action={requestJoinAction} input={{ projectId }} submitLabel="Ask to join" label="Ask to join this project" success="Request sent. A project administrator will answer." inline>
      {(errorFor) => <Field label="Message (optional)" name="message" id="join-message" autoComplete="off" error={errorFor("message")} />}
    </ActionForm>
  );
}
