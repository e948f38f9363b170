/** Why a file could not be turned into text. */
export type DocumentErrorReason = 'unsupported' | 'unreadable' | 'too-large' | 'timeout' | 'empty';

/** A file that cannot be read as a plan: the reason says whether to retry, convert or give up. */
export class DocumentError extends Error {
  constructor(
    readonly reason: DocumentErrorReason,
    message: string,
  ) {
    super(message);
    this.name = 'DocumentError';
  }
}
