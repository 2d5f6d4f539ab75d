// Browser test of the member directory: a visitor's way from the start page to a city in
// Debian's Chromium, an axe-core WCAG 2.1 AA check of every page on the way, the pages without
// JavaScript, and proof that nothing is loaded from third-party servers. Screenshots of the
// directory (desktop and phone) land in test-results/ for a person to look at.
//
// Run: npm ci --prefix tests/browser
//      RUNDUM_BINARY=build/debug/rundum node --test tests/browser/directory.test.mjs

import test, { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const BINARY = path.resolve(
    process.env.RUNDUM_BINARY || path.join(HERE, '..', '..', 'build', 'debug', 'rundum'));
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic',
    '--no-first-run', '--disable-background-networking', '--disable-component-update',
    '--disable-sync'];
const RESULTS_DIR = path.join(HERE, 'test-results');
const DEMO_CITY_COUNT = 15;
const SERVER_START_LIMIT_MS = 10_000;
const TEST_TIMEOUT_MS = 60_000;
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const MISSING_PAGE = '/gibt-es-nicht';

const require = createRequire(import.meta.url);

// Set up once in before(), torn down in after() whatever happened in between.
let temp_dir = null;
let server = null;
let server_log = '';
let base_url = null;
let browser = null;
const contexts = [];
// Every request Chromium tried to send anywhere but our own server; the site must need none.
const foreign_requests = [];
// Errors the pages wrote to the console (a CSP violation of the site's own code shows up here).
const console_errors = [];

function resolve_dependency(name) {
    try {
        return require.resolve(name);
    } catch {
        throw new Error(`The npm package "${name}" is missing next to this test ` +
            `(${path.join(HERE, 'node_modules')}). Run: npm ci --prefix tests/browser`);
    }
}

function free_loopback_port() {
    return new Promise((resolve, reject) => {
        const probe = net.createServer();
        probe.once('error', reject);
        probe.listen(0, '127.0.0.1', () => {
            const { port } = probe.address();
            probe.close(() => resolve(port));
        });
    });
}

function run_to_end(command, args) {
    return new Promise((resolve, reject) => {
        const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
        let output = '';
        child.stdout.on('data', (chunk) => { output += chunk; });
        child.stderr.on('data', (chunk) => { output += chunk; });
        child.once('error', reject);
        child.once('exit', (code, signal) => {
            if (code === 0) {
                resolve(output);
            } else {
                reject(new Error(`${command} ${args.join(' ')} ended with ` +
                    `${signal ?? `exit code ${code}`}:\n${output}`));
            }
        });
    });
}

async function wait_until_healthy(url) {
    const deadline = Date.now() + SERVER_START_LIMIT_MS;
    let last_problem = 'no answer yet';
    while (Date.now() < deadline) {
        if (server.exitCode !== null || server.signalCode !== null) {
            throw new Error(`rundum serve ended before it answered:\n${server_log}`);
        }
        try {
            const response = await fetch(`${url}healthz`, { signal: AbortSignal.timeout(1000) });
            const body = await response.text();
            if (response.ok && body.trim() === 'ok') {
                return;
            }
            last_problem = `HTTP ${response.status}: ${body.slice(0, 200)}`;
        } catch (error) {
            last_problem = error.message;
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`rundum serve did not answer /healthz within ${SERVER_START_LIMIT_MS} ms ` +
        `(${last_problem}):\n${server_log}`);
}

async function stop_server() {
    if (!server || server.exitCode !== null || server.signalCode !== null) {
        return;
    }
    const ended = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    const in_time = await Promise.race([
        ended.then(() => true),
        new Promise((resolve) => setTimeout(() => resolve(false), 5000)),
    ]);
    if (!in_time) {
        server.kill('SIGKILL');
        await ended;
    }
}

// Last resort if the runner is torn down without after(): never leave a server or data behind.
process.once('exit', () => {
    if (server && server.exitCode === null && server.signalCode === null) {
        server.kill('SIGKILL');
    }
    if (temp_dir) {
        rmSync(temp_dir, { recursive: true, force: true });
    }
});

/// A fresh browser context whose every request to another origin is blocked and recorded.
async function new_context(options = {}) {
    const context = await browser.newContext({ locale: 'de-DE', ...options });
    contexts.push(context);
    context.setDefaultTimeout(15_000);
    await context.route('**/*', (route) => {
        const url = route.request().url();
        if (new URL(url).origin === new URL(base_url).origin) {
            return route.continue();
        }
        foreign_requests.push(url);
        return route.abort('blockedbyclient');
    });
    context.on('page', (page) => watch_console(page));
    return context;
}

function watch_console(page) {
    page.on('console', (message) => {
        if (message.type() !== 'error') {
            return;
        }
        // Chromium reports a 404 document as a failed resource; for MISSING_PAGE that is the point.
        const is_expected_404 = message.location().url === url_of(MISSING_PAGE) &&
            message.text().includes('status of 404');
        if (!is_expected_404) {
            console_errors.push(`${page.url()}: ${message.text()}`);
        }
    });
    page.on('pageerror', (error) => console_errors.push(`${page.url()}: ${error.message}`));
}

function url_of(route_path) {
    return new URL(route_path, base_url).href;
}

function describe_violations(page_path, violations) {
    const lines = [`axe found ${violations.length} WCAG 2.1 A/AA violation(s) on ${page_path}:`];
    for (const violation of violations) {
        lines.push(`- ${violation.id} (${violation.impact}): ${violation.help}`);
        lines.push(`  ${violation.helpUrl}`);
        for (const node of violation.nodes) {
            lines.push(`  at ${node.target.join(' ')}`);
            lines.push(`     ${node.html.replace(/\s+/g, ' ').slice(0, 200)}`);
            if (node.failureSummary) {
                lines.push(`     ${node.failureSummary.replace(/\s*\n\s*/g, ' | ')}`);
            }
        }
    }
    return lines.join('\n');
}

let chromium = null;
let axe_script = null;

before(async () => {
    // Fail loudly rather than skip: a browser test that quietly does nothing guards nothing.
    const playwright_entry = resolve_dependency('playwright-core');
    axe_script = resolve_dependency('axe-core/axe.min.js');
    // playwright-core is CommonJS: require() it rather than guess its ESM named exports.
    ({ chromium } = require(playwright_entry));
    assert.ok(existsSync(BINARY), `rundum binary not found at ${BINARY} (set RUNDUM_BINARY)`);
    assert.ok(existsSync(CHROMIUM), `${CHROMIUM} not found: apt-get install -y chromium`);

    temp_dir = mkdtempSync(path.join(os.tmpdir(), 'rundum-browser-'));
    const data_dir = path.join(temp_dir, 'data');
    await run_to_end(BINARY, ['init', '--data', data_dir, '--demo']);

    const port = await free_loopback_port();
    base_url = `http://127.0.0.1:${port}/`;
    server = spawn(BINARY, ['serve', '--data', data_dir, '--listen', `127.0.0.1:${port}`],
        { stdio: ['ignore', 'pipe', 'pipe'] });
    server.stdout.on('data', (chunk) => { server_log += chunk; });
    server.stderr.on('data', (chunk) => { server_log += chunk; });
    await wait_until_healthy(base_url);

    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});

after(async () => {
    for (const context of contexts) {
        await context.close().catch(() => {});
    }
    if (browser) {
        await browser.close().catch(() => {});
    }
    await stop_server();
    if (temp_dir) {
        rmSync(temp_dir, { recursive: true, force: true });
        temp_dir = null;
    }
});

test('a visitor finds München from the start page via the member directory',
    { timeout: TEST_TIMEOUT_MS }, async () => {
        const context = await new_context();
        const page = await context.newPage();

        const start = await page.goto(url_of('/'));
        assert.equal(start.status(), 200);
        assert.equal(await page.locator('html').getAttribute('lang'), 'de');
        const start_heading = page.getByRole('heading', { level: 1 });
        assert.equal(await start_heading.count(), 1, 'the start page has exactly one h1');
        assert.match(await start_heading.innerText(), /Familie/);
        const nav_link = page.getByRole('navigation', { name: 'Hauptnavigation' })
            .getByRole('link', { name: 'Mitgliedsstädte', exact: true });
        assert.equal(await nav_link.getAttribute('href'), '/staedte');

        await page.getByRole('link', { name: 'Alle Mitgliedsstädte mit Ansprechpersonen und Karte' })
            .click();
        await page.waitForURL(url_of('/staedte'));
        assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Mitgliedsstädte');

        const city_links = page.locator('main h3 > a');
        assert.equal(await city_links.count(), DEMO_CITY_COUNT, 'one list entry per demo city');
        const list_targets = await city_links.evaluateAll(
            (links) => links.map((link) => link.getAttribute('href')));
        for (const target of list_targets) {
            assert.match(target, /^\/staedte\/[a-z0-9-]+$/);
        }

        const maps = page.locator('main svg');
        assert.equal(await maps.count(), 1, 'the directory shows one map');
        assert.ok(await maps.first().isVisible(), 'the map is visible');
        const markers = maps.first().locator('a');
        assert.equal(await markers.count(), DEMO_CITY_COUNT, 'one map marker per demo city');
        const marker_targets = await markers.evaluateAll(
            (links) => links.map((link) => link.getAttribute('href')));
        assert.deepEqual([...marker_targets].sort(), [...list_targets].sort(),
            'the map markers lead to the same cities as the list');

        await page.getByRole('heading', { level: 3, name: 'München' })
            .getByRole('link', { name: 'München' }).click();
        await page.waitForURL(url_of('/staedte/muenchen'));
        assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'München');
        assert.ok(await page.getByText('Aktionsforum für Familien').first().isVisible(),
            'the city page names its alliance');
    });

test('a city whose profile is empty says it is not filled in yet',
    { timeout: TEST_TIMEOUT_MS }, async () => {
        const context = await new_context();
        const page = await context.newPage();
        const response = await page.goto(url_of('/staedte/essen'));
        assert.equal(response.status(), 200);
        assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Essen');
        assert.match(await page.locator('main').innerText(), /noch nicht ausgefüllt/);
    });

test('an unknown address answers 404 with a German page',
    { timeout: TEST_TIMEOUT_MS }, async () => {
        const context = await new_context();
        const page = await context.newPage();
        const response = await page.goto(url_of(MISSING_PAGE));
        assert.equal(response.status(), 404);
        assert.equal(await page.locator('html').getAttribute('lang'), 'de');
        assert.match(await page.getByRole('heading', { level: 1 }).innerText(), /nicht gefunden/i);
    });

test('every page on the way meets WCAG 2.1 A and AA (axe-core)',
    { timeout: TEST_TIMEOUT_MS * 2 }, async (t) => {
        // bypassCSP only here: axe arrives as an inline script, which the site's CSP forbids.
        const context = await new_context({ bypassCSP: true });
        const pages = [
            ['/', 200],
            ['/staedte', 200],
            ['/staedte/muenchen', 200],
            ['/staedte/essen', 200],
            [MISSING_PAGE, 404],
        ];
        for (const [page_path, status] of pages) {
            await t.test(page_path, async () => {
                const page = await context.newPage();
                try {
                    const response = await page.goto(url_of(page_path));
                    assert.equal(response.status(), status);
                    await page.addScriptTag({ path: axe_script });
                    const result = await page.evaluate((tags) => window.axe.run(document, {
                        runOnly: { type: 'tag', values: tags },
                    }), AXE_TAGS);
                    assert.equal(result.violations.length, 0,
                        describe_violations(page_path, result.violations));
                } finally {
                    await page.close();
                }
            });
        }
    });

test('the directory and a city page work without JavaScript',
    { timeout: TEST_TIMEOUT_MS }, async () => {
        const context = await new_context({ javaScriptEnabled: false });
        const page = await context.newPage();
        await page.goto(url_of('/staedte'));
        assert.equal(await page.locator('main h3 > a').count(), DEMO_CITY_COUNT);
        assert.equal(await page.locator('main svg a').count(), DEMO_CITY_COUNT);
        await page.getByRole('heading', { level: 3, name: 'Hamburg' })
            .getByRole('link', { name: 'Hamburg' }).click();
        await page.waitForURL(url_of('/staedte/hamburg'));
        assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Hamburg');
    });

test('screenshots of the directory on a desktop and a phone', { timeout: TEST_TIMEOUT_MS }, async () => {
    mkdirSync(RESULTS_DIR, { recursive: true });
    const screens = [
        ['staedte-desktop-1280x900.png', { viewport: { width: 1280, height: 900 } }],
        ['staedte-phone-390x844.png', {
            viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true,
            hasTouch: true,
        }],
    ];
    for (const [file_name, options] of screens) {
        const context = await new_context(options);
        const page = await context.newPage();
        await page.goto(url_of('/staedte'));
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        await page.screenshot({ path: path.join(RESULTS_DIR, file_name), fullPage: true });
        assert.ok(width <= options.viewport.width,
            `/staedte scrolls sideways at ${options.viewport.width} px (content is ${width} px wide)`);
    }
});

test('no page loads anything from a third-party server', () => {
    assert.deepEqual(foreign_requests, [],
        `requests to other servers were blocked:\n${foreign_requests.join('\n')}`);
});

test('no page writes errors to the browser console', () => {
    assert.deepEqual(console_errors, [], `console errors:\n${console_errors.join('\n')}`);
});
