import type { Request, RequestHandler, Response } from 'express';
import type { AppDeps } from '../../deps';
import { renderPage } from '../../http/render';
import { format } from '../../presenters/format';
import { readAnswerSession } from './answer-cookie';
import { loadRespondent, type Respondent, type RespondentState } from '../../services/answering/respondent';

export const ANSWER_BASE = '/svar';
export const pagePath = (pageKey: string): string => `${ANSWER_BASE}/sida/${encodeURIComponent(pageKey)}`;

const TITLES: Record<Exclude<RespondentState['kind'], 'answering'> | 'invalid', string> = {
  'no-session': 'Öppna länken i e-postmeddelandet igen',
  'not-open': 'Enkäten har inte öppnat än',
  closed: 'Enkäten är stängd',
  submitted: 'Du har redan skickat in dina svar',
  invalid: 'Länken fungerar inte',
};

/** The Swedish page for every state in which the form cannot be shown. */
export function renderState(res: Response, state: Exclude<RespondentState, { kind: 'answering' }> | { kind: 'invalid' }): void {
  const opensAt = state.kind === 'not-open' ? format.dateTime(state.opensAt) : null;
  renderPage(res, 'answer/state', { title: TITLES[state.kind], kind: state.kind, opensAt }, state.kind === 'invalid' ? 404 : 200);
}

export async function currentRespondent(deps: AppDeps, req: Request): Promise<RespondentState> {
  return loadRespondent(deps, readAnswerSession(req, deps.config, deps.clock.now()));
}

/** Runs the handler only while the respondent may answer; otherwise shows why not. */
export function whileAnswering(deps: AppDeps, handler: (req: Request, res: Response, r: Respondent) => Promise<void> | void): RequestHandler {
  return async (req, res) => {
    const state = await currentRespondent(deps, req);
    if (state.kind !== 'answering') return renderState(res, state);
    await handler(req, res, state.respondent);
  };
}
