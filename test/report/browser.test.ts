import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildReport, renderHtml } from '../../src/report/index.js';
import { goodResult } from '../fixtures/make-result.js';
import { calmResult, hostileResult } from './sample-results.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = join(root, 'test-output');
const hasChromium = existsSync(CHROMIUM);

describe.skipIf(!hasChromium)(`HTML report in headless Chromium${hasChromium ? '' : ` (skipped: ${CHROMIUM} is absent; install Debian's chromium package)`}`, () => {
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    mkdirSync(outDir, { recursive: true });
    const file = join(outDir, 'report-browser.html');
    writeFileSync(file, renderHtml(buildReport([calmResult(), goodResult(), hostileResult()], { origin: 'test.db' })));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
    page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(e.message));
    page.on('request', (r) => {
      if (!r.url().startsWith('file:')) requests.push(r.url());
    });
    await page.goto(pathToFileURL(file).href);
    await page.waitForSelector('html[data-ready="true"]', { timeout: 10000 });
  }, 60000);

  afterAll(async () => {
    await browser?.close();
  });

  it('renders the findings, inconsistent first', async () => {
    const statuses = await page.locator('li.finding').evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
    expect(statuses).toEqual(['inconsistent', 'unverifiable', 'consistent']);
    await expect(page.locator('li.finding').first().locator('.message').textContent()).resolves.toBe('The parts add up to 230; the stated total is 240.');
  });

  it('shows the highlights in each article', async () => {
    expect(await page.locator('#article-1 .story-text .hl-claim').count()).toBe(4);
    expect(await page.locator('#article-1 .story-text .hl-quote').count()).toBe(1);
    expect(await page.locator('#article-1 .story-text .hl-speaker').count()).toBe(2);
    const bg = await page.locator('#article-1 .story-text .hl-claim').first().evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(bg).not.toBe('rgba(0, 0, 0, 0)');
  });

  it('shows markup inside an article as text and never runs it', async () => {
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.title()).toBe('tally report');
    await expect(page.locator('#article-2 .story-text').textContent()).resolves.toContain('<script>window.__pwned = 1;');
    expect(await page.locator('#article-2 .story-text img, #article-2 .story-text script').count()).toBe(0);
  });

  it('filters findings by status and outlines a finding\'s claims in the article', async () => {
    await page.click('.filters button[data-status="inconsistent"]');
    expect(await page.locator('li.finding:visible').count()).toBe(1);
    await page.click('.filters button[data-status="all"]');
    expect(await page.locator('li.finding:visible').count()).toBe(3);
    await page.locator('li.finding').first().locator('a[data-claims]').click();
    expect(await page.locator('#article-1 .story-text .focus').count()).toBe(3);
  });

  it('copies a finding\'s message for pasting', async () => {
    const button = page.locator('li.finding').first().locator('button.copy');
    await button.click();
    // The clipboard write resolves asynchronously; the label flips when it has.
    await expect.poll(() => button.textContent(), { timeout: 1000, interval: 20 }).toBe('Copied');
  });

  it('logs no console errors, loads nothing from the network, and leaves a screenshot', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(outDir, 'report-browser.png'), fullPage: false });
    expect(existsSync(join(outDir, 'report-browser.png'))).toBe(true);
    expect(consoleErrors).toEqual([]);
    expect(requests).toEqual([]);
  });
});
