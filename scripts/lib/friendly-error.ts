/** An error whose message tells the user what to do; printed alone, without a stack trace. */
export class FriendlyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FriendlyError';
  }
}

export function exitWithFriendlyError(error: unknown): never {
  if (error instanceof FriendlyError) {
    console.error(`\n✖ ${error.message}\n`);
  } else {
    console.error(error);
  }
  process.exit(1);
}
