import { z } from "zod";

export const invitationIdInput = z.object({ invitationId: z.uuid() });
