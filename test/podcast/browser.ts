// Headless Debian Chromium driven by playwright-core for the web page tests: a fresh profile, no network beyond the page's server.
import { access, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Where Debian installs Chromium (CHROMIUM_PATH overrides). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** In CI a missing Chromium fails the test; elsewhere it skips. */
export async function chromiumOrSkip(skip: (note?: string) => void): Promise<void> {
  try {
    await access(CHROMIUM);
  } catch {
    if (process.env.CI === 'true') throw new Error(`Chromium is required in CI: ${CHROMIUM} is missing (apt-get install chromium)`);
    skip(`${CHROMIUM} is missing`);
  }
}

/** A browser session: every request outside `origins` is refused and recorded, console errors are collected. */
export interface Session {
  context: BrowserContext;
  page: Page;
  external: string[];
  errors: string[];
  close(): Promise<void>;
}

/** Launch Chromium with a fresh profile, allowed to reach only `origins`. */
export async function openSession(origins: readonly string[], viewport = { width: 1280, height: 900 }): Promise<Session> {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'bc-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--autoplay-policy=no-user-gesture-required'],
    viewport,
  });
  const external: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (origins.some((o) => url.startsWith(o))) return route.continue();
    external.push(url);
    return route.abort();
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return {
    context,
    page,
    external,
    errors,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
