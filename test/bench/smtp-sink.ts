// A loopback SMTP server in its own process for the outbox benchmark, so receiving does not share the
// sender's event loop. Reports its URL, then answers each 'count' message with the number received.
import { startTestSmtp } from '../support/smtp';

const smtp = await startTestSmtp({ parse: false });
process.send!({ url: smtp.url });
process.on('message', (m) => {
  if (m === 'count') process.send!({ count: smtp.messages.splice(0).length });
  if (m === 'stop') void smtp.close().then(() => process.exit(0));
});
