// A real SMTP server on a free local port that hands every message it receives to `onMessage`:
// the app's mail in the browser tests (scripts/e2e-server.ts) and the two-instance tests.
import { SMTPServer } from 'smtp-server';

export type CaughtMail = { to: string[]; raw: string };

export async function startMailCatcher(onMessage: (mail: CaughtMail) => void) {
  const smtp = new SMTPServer({
    disableReverseLookup: true, // a reverse DNS lookup per connection costs up to 1.5 s
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      stream.on('end', () => {
        onMessage({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const address = smtp.server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    stop: () => new Promise<void>((resolve) => smtp.close(() => resolve())),
  };
}
