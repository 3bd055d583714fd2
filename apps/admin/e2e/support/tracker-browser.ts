import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { newInstall, startTracker, type Account, type TrackerInstall, type TrackerServer } from './tracker-server';

export interface TrackerBrowser {
  /** The tracker this file runs against (a new install: the seed resolutions imported, one administrator). */
  readonly server: TrackerServer;
  readonly browser: Browser;
  /** A page signed in as the administrator (or the file's account), new for each test and closed after it. */
  readonly page: Page;
  /** Another signed-in page (closed after the test too), as the given account. */
  pageAs(account: Account): Promise<Page>;
}

/**
 * The setup every browser journey repeats: one tracker and one Chromium for the file, a fresh signed-in page per
 * test. Call at the top of the file; read the fields inside tests (they are set in beforeAll/beforeEach).
 */
export function useTrackerBrowser(
  options: {
    install?: () => Promise<TrackerInstall>;
    /** Extra environment for the tracker, or a function giving it once the file's other services have started. */
    environment?: NodeJS.ProcessEnv | (() => Promise<NodeJS.ProcessEnv>);
    /** Whom each test's page is signed in as (made once, after the tracker starts); the administrator by default. */
    account?: (server: TrackerServer) => Promise<Account>;
  } = {},
): TrackerBrowser {
  let server: TrackerServer | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  let account: Account | undefined;
  const extraPages: Page[] = [];

  beforeAll(async () => {
    const environment = typeof options.environment === 'function' ? await options.environment() : options.environment;
    server = await startTracker(await (options.install ?? newInstall)(), environment);
    browser = await launchBrowser();
    account = await options.account?.(server);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  beforeEach(async () => {
    page = await server!.signedInPage(browser!, account);
  });

  afterEach(async () => {
    // Each page has a context of its own (signedInPage): closing the context closes the page and may be done twice,
    // whereas page.close() races the context's own closing and can fail with "Target page ... has been closed".
    await Promise.all([page, ...extraPages.splice(0)].map((open) => open?.context().close()));
    page = undefined;
  });

  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not ready: read it inside a test, not at the top of the file`);
    return value;
  };
  return {
    get server() {
      return ready(server, 'the tracker');
    },
    get browser() {
      return ready(browser, 'the browser');
    },
    get page() {
      return ready(page, 'the page');
    },
    async pageAs(account) {
      const other = await ready(server, 'the tracker').signedInPage(ready(browser, 'the browser'), account);
      extraPages.push(other);
      return other;
    },
  };
}
