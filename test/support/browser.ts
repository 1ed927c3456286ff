// Browser tests drive Debian's Chromium through playwright-core (no browser download is possible).
import { chromium, type Browser, type Page } from 'playwright-core';
import { TEST_PASSWORD } from './context';

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    // As root Chromium needs --no-sandbox. Without the background-networking flags Chromium keeps
    // calling Google services, which the closed CI network answers with floods of refused connections.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A page in a fresh context, so cookies and storage never leak between tests. */
export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
  return context.newPage();
}

export interface FocusedInfo {
  tag: string;
  id: string;
  name: string;
  text: string;
  accessibleName: string;
}

/** Describes document.activeElement; the accessible name comes from Chromium's own accessibility tree. */
export async function focusedInfo(page: Page): Promise<FocusedInfo | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { result } = await cdp.send('Runtime.evaluate', { expression: 'document.activeElement' });
    if (!result.objectId || result.subtype !== 'node') return null;
    const details = await cdp.send('Runtime.callFunctionOn', {
      objectId: result.objectId,
      functionDeclaration: `function () {
        return { tag: this.tagName.toLowerCase(), id: this.id, name: this.getAttribute('name') ?? '',
                 text: (this.textContent ?? '').replace(/\\s+/g, ' ').trim() };
      }`,
      returnByValue: true,
    });
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', {
      objectId: result.objectId,
      fetchRelatives: false,
    });
    const accessibleName = String(nodes[0]?.name?.value ?? '');
    return { ...(details.result.value as Omit<FocusedInfo, 'accessibleName'>), accessibleName };
  } finally {
    await cdp.detach();
  }
}

/**
 * Presses Tab until the focused element matches a CSS selector or a predicate.
 * Returns false when it never does within maxTabs presses.
 */
export async function tabTo(
  page: Page,
  selectorOrPredicate: string | ((info: FocusedInfo) => boolean),
  maxTabs = 60,
): Promise<boolean> {
  for (let presses = 0; presses < maxTabs; presses++) {
    await page.keyboard.press('Tab');
    const matches =
      typeof selectorOrPredicate === 'string'
        ? await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selectorOrPredicate)
        : await focusedInfo(page).then((info) => info !== null && selectorOrPredicate(info));
    if (matches) return true;
  }
  return false;
}

/** Throws unless the focused element shows a focus indicator (outline or box-shadow). */
export async function expectVisibleFocus(page: Page): Promise<void> {
  const style = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const s = getComputedStyle(el);
    return { outlineStyle: s.outlineStyle, outlineWidth: s.outlineWidth, outlineColor: s.outlineColor, boxShadow: s.boxShadow };
  });
  if (!style) throw new Error('No element has focus, so there is no focus indicator to check');
  const transparent = /rgba\([^)]*,\s*0\)|transparent/;
  const hasOutline =
    style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && !transparent.test(style.outlineColor);
  const hasShadow = style.boxShadow !== 'none' && style.boxShadow.replace(new RegExp(transparent, 'g'), '').includes('rgb');
  if (!hasOutline && !hasShadow) {
    const info = await focusedInfo(page);
    throw new Error(`Focused element has no visible focus indicator: ${JSON.stringify({ ...info, ...style })}`);
  }
}

/** Logs a test staff user (`<role>@test.example`, TEST_PASSWORD) in through the real login form. With
 *  `keyboard`, only Tab, typing and Enter are used (a keyboard-only user's way in). */
export async function logIn(page: Page, baseUrl: string, role: string, opts: { keyboard?: boolean } = {}): Promise<void> {
  await page.goto(`${baseUrl}/logga-in`);
  if (opts.keyboard) {
    if (!(await tabTo(page, (f) => f.id === 'f-email'))) throw new Error('could not tab to the e-mail field');
    await page.keyboard.type(`${role}@test.example`);
    if (!(await tabTo(page, (f) => f.id === 'f-password'))) throw new Error('could not tab to the password field');
    await page.keyboard.type(TEST_PASSWORD);
    await page.keyboard.press('Enter');
  } else {
    await page.locator('#f-email').fill(`${role}@test.example`);
    await page.locator('#f-password').fill(TEST_PASSWORD);
    await page.locator('button[type=submit]').click();
  }
  await page.waitForURL(`${baseUrl}/oversikt`);
}
