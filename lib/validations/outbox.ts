import { z } from './zod';

/** An admin re-queueing one dead-lettered message from the Outbox page. */
export const outboxRetrySchema = z.object({ messageId: z.uuid() }).strict();
