import { submissionStatus } from '@dk/shared'
import { APIError } from 'payload'

/**
 * 409 (the submission contract, shared/src/contracts/submission.ts): this submission is stored already (an outbox retry with the same idempotency key, or the
 * same person sending the same thing again within a day). The sender may treat it as a success;
 * the answer says nothing about what is stored.
 */
export class AlreadySubmitted extends APIError {
  constructor() {
    super('Denne innsendingen er allerede mottatt.', submissionStatus.alreadyStored)
    // Payload's loggingLevels are keyed by the error's name (see payload.config.ts).
    this.name = AlreadySubmitted.name
  }
}
