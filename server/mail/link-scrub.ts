import type { LinkScrub } from '../../db/repositories/outbox';
import type { Config } from '../config';

/** What replaces an answer link in a stored mail once it has been sent. */
export const LINK_PLACEHOLDER = '[personlig svarslänk – borttagen när e-postmeddelandet skickats]';

/** No token at rest: once the SMTP server has accepted (or finally refused) a mail, its answer link is cut out.
 *  Only the development mail viewer (no SMTP_URL, not production) keeps full bodies, so links can be clicked there. */
export function linkScrub(config: Pick<Config, 'smtpUrl' | 'env' | 'baseUrl'>): LinkScrub | null {
  if (!config.smtpUrl && config.env !== 'production') return null;
  return { prefix: `${config.baseUrl}/svar/`, placeholder: LINK_PLACEHOLDER };
}
