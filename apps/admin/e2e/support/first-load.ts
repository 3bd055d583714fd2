import type { Browser } from 'playwright-core';
import { ADMINISTRATOR } from './tracker-server';

export interface FirstLoad {
  /** Bytes on the wire (headers and compressed bodies) until the dashboard shows. */
  bytes: number;
  /** Of which JavaScript, as transferred. */
  scriptBytes: number;
  requests: number;
  /** From navigation start until the dashboard's first tile is on screen. */
  milliseconds: number;
}

/** A link slow enough for the download to matter: roughly a busy office connection (4 Mbit/s, 40 ms). */
export const OFFICE_LINK = { offline: false, latency: 40, downloadThroughput: 500_000, uploadThroughput: 250_000 };

/**
 * Opens the admin in a fresh context (empty cache), signed in as the administrator (the session cookie is set
 * before measuring, as a returning user has it), and counts what the browser downloads before the dashboard is
 * usable, as Chromium's network layer reports it (encodedDataLength: after compression).
 */
export async function measureFirstLoad(browser: Browser, url: string, link?: typeof OFFICE_LINK): Promise<FirstLoad> {
  const context = await browser.newContext();
  const signIn = await context.request.post(`${url}/api/auth/sign-in`, { data: ADMINISTRATOR });
  if (!signIn.ok()) throw new Error(`sign-in failed: ${signIn.status()}`);
  const page = await context.newPage();
  const session = await context.newCDPSession(page);
  await session.send('Network.enable');
  await session.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (link) await session.send('Network.emulateNetworkConditions', link);
  const types = new Map<string, string>();
  let bytes = 0;
  let scriptBytes = 0;
  let requests = 0;
  session.on('Network.responseReceived', (event) => types.set(event.requestId, event.type));
  session.on('Network.loadingFinished', (event) => {
    requests += 1;
    bytes += event.encodedDataLength;
    if (types.get(event.requestId) === 'Script') scriptBytes += event.encodedDataLength;
  });
  const started = Date.now();
  await page.goto(url);
  await page.getByRole('menuitem', { name: 'Obligations' }).waitFor();
  await page.getByRole('heading', { level: 2 }).first().waitFor(); // a dashboard card's title
  const milliseconds = Date.now() - started;
  await context.close();
  return { bytes, scriptBytes, requests, milliseconds };
}
