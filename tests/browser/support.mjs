// SPDX-License-Identifier: EUPL-1.2
// Shared by the browser tests: a rundum server on a free loopback port with a throwaway data
// directory, Debian's Chromium through playwright-core, every request to another origin blocked
// and recorded, console errors collected, and axe-core with the WCAG 2.1 A/AA rules.
//
// Usage in a test file:
//   const site = new Site();
//   before(() => site.start());
//   after(() => site.stop());

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const HERE = path.dirname(fileURLToPath(import.meta.url));
export const BINARY = path.resolve(
    process.env.RUNDUM_BINARY || path.join(HERE, '..', '..', 'build', 'debug', 'rundum'));
export const RESULTS_DIR = path.join(HERE, 'test-results');
export const TEST_TIMEOUT_MS = 60_000;
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/// What `rundum user add` prints: the member's one-time link to set a password.
export const ONE_TIME_LINK = /^http:\/\/127\.0\.0\.1:\d+\/passwort-setzen\/[A-Za-z0-9_-]{20,}$/;
/// The window of an office PC.
export const DESKTOP = { viewport: { width: 1280, height: 900 } };

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic',
    '--no-first-run', '--disable-background-networking', '--disable-component-update',
    '--disable-sync'];
const SERVER_START_LIMIT_MS = 10_000;

const require = createRequire(import.meta.url);

export function resolve_dependency(name) {
    try {
        return require.resolve(name);
    } catch {
        throw new Error(`The npm package "${name}" is missing next to this test ` +
            `(${path.join(HERE, 'node_modules')}). Run: npm ci --prefix tests/browser`);
    }
}

export function free_loopback_port() {
    return new Promise((resolve, reject) => {
        const probe = net.createServer();
        probe.once('error', reject);
        probe.listen(0, '127.0.0.1', () => {
            const { port } = probe.address();
            probe.close(() => resolve(port));
        });
    });
}

/// Runs a command to its end; resolves with its stdout and stderr, rejects (with both) unless
/// it exits with 0.
export function run_to_end(command, args) {
    return new Promise((resolve, reject) => {
        const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk) => { stdout += chunk; });
        child.stderr.on('data', (chunk) => { stderr += chunk; });
        child.once('error', reject);
        child.once('exit', (code, signal) => {
            if (code === 0) {
                resolve({ stdout, stderr });
            } else {
                reject(new Error(`${command} ${args.join(' ')} ended with ` +
                    `${signal ?? `exit code ${code}`}:\n${stdout}${stderr}`));
            }
        });
    });
}

export function describe_violations(label, violations) {
    const lines = [`axe found ${violations.length} WCAG 2.1 A/AA violation(s) on ${label}:`];
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

/// One rundum server with demo data and one Chromium, for the tests of one file.
/// The path and query of the page's address ("/praxisbeispiele?stadt=jena").
export function path_of(page) {
    const url = new URL(page.url());
    return url.pathname + url.search;
}

/// The ids in an element's aria-describedby, resolved to the texts they point to.
export async function descriptions_of(locator) {
    return locator.evaluate((element) => (element.getAttribute('aria-describedby') || '')
        .split(/\s+/).filter(Boolean)
        .map((id) => document.getElementById(id)?.textContent.trim() ?? `(no element #${id})`));
}

/// The site's main navigation.
export function main_nav(page) {
    return page.getByRole('navigation', { name: 'Hauptnavigation' });
}

/// The text of an element with its runs of white space made single blanks.
export async function text_of(locator) {
    return (await locator.innerText()).replace(/\s+/g, ' ').trim();
}

/// The texts of the cells of the rows of a table's body.
export function table_rows(table) {
    return table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) =>
        [...tr.children].map((cell) => cell.textContent.trim())));
}

/// The two checks every story ends with: nothing loaded from other servers, no console errors.
export function add_site_hygiene_tests(test, site) {
    test('no page loads anything from a third-party server', () => {
        assert.deepEqual(site.foreign_requests, [],
            `requests to other servers were blocked:\n${site.foreign_requests.join('\n')}`);
    });

    test('no page writes errors to the browser console', () => {
        const console_errors = site.unexpected_console_errors();
        assert.deepEqual(console_errors, [], `console errors:\n${console_errors.join('\n')}`);
    });
}

export class Site {
    constructor() {
        this.temp_dir = null;
        this.data_dir = null;
        this.server = null;
        this.server_log = '';
        this.base_url = null;
        this.browser = null;
        this.contexts = [];
        // Every request Chromium tried to send anywhere but our own server; the site must need none.
        this.foreign_requests = [];
        // Errors the pages wrote to the console (a CSP violation of the site's own code shows up
        // here), as { page, source, text }; see unexpected_console_errors().
        this.console_errors = [];
        // [url, status]: Chromium reports a document answered with an error status as a failed
        // resource; where the test asked for that status on purpose, that message is expected.
        this.expected_error_statuses = [];
        this.axe_script = null;
        this.on_exit = () => this.#kill_now();
    }

    async start() {
        // Fail loudly rather than skip: a browser test that quietly does nothing guards nothing.
        const playwright_entry = resolve_dependency('playwright-core');
        this.axe_script = resolve_dependency('axe-core/axe.min.js');
        // playwright-core is CommonJS: require() it rather than guess its ESM named exports.
        const { chromium } = require(playwright_entry);
        assert.ok(existsSync(BINARY), `rundum binary not found at ${BINARY} (set RUNDUM_BINARY)`);
        assert.ok(existsSync(CHROMIUM), `${CHROMIUM} not found: apt-get install -y chromium`);

        // Last resort if the runner is torn down without after(): never leave a server or data
        // behind.
        process.once('exit', this.on_exit);
        this.temp_dir = mkdtempSync(path.join(os.tmpdir(), 'rundum-browser-'));
        this.data_dir = path.join(this.temp_dir, 'data');
        await run_to_end(BINARY, ['init', '--data', this.data_dir, '--demo']);

        const port = await free_loopback_port();
        this.base_url = `http://127.0.0.1:${port}/`;
        this.server = spawn(BINARY, ['serve', '--data', this.data_dir,
            '--listen', `127.0.0.1:${port}`, '--base-url', `http://127.0.0.1:${port}`],
        { stdio: ['ignore', 'pipe', 'pipe'] });
        this.server.stdout.on('data', (chunk) => { this.server_log += chunk; });
        this.server.stderr.on('data', (chunk) => { this.server_log += chunk; });
        await this.#wait_until_healthy();

        this.browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    }

    async stop() {
        for (const context of this.contexts) {
            await context.close().catch(() => {});
        }
        if (this.browser) {
            await this.browser.close().catch(() => {});
        }
        await this.#stop_server();
        if (this.temp_dir) {
            rmSync(this.temp_dir, { recursive: true, force: true });
            this.temp_dir = null;
        }
        process.removeListener('exit', this.on_exit);
    }

    url_of(route_path) {
        return new URL(route_path, this.base_url).href;
    }

    /// A context for one person on a desktop window, axe-core loaded into every page while the
    /// site's CSP stays in force.
    new_person(options = {}) {
        return this.new_context({ axe: true, ...DESKTOP, ...options });
    }

    /// Clicks LINK and waits until the page it leads to is loaded.
    async follow(page, link) {
        const target = this.url_of(await link.getAttribute('href'));
        await Promise.all([page.waitForURL(target), link.click()]);
    }

    /// Signs in a member created with `rundum user add ARGS` through the one-time link; resolves
    /// with the signed-in context and its page, on /konto.
    async member_from_one_time_link(args, person) {
        const link = (await this.cli(['user', 'add', ...args,
            '--base-url', this.url_of('/').replace(/\/$/, '')])).trim();
        assert.match(link, ONE_TIME_LINK, 'rundum user add prints the one-time link on stdout');
        const context = await this.new_person();
        const page = await context.newPage();
        assert.equal((await page.goto(link)).status(), 200);
        await page.getByLabel('Name', { exact: true }).fill(person.name);
        await page.getByLabel('Neues Passwort', { exact: true }).fill(person.password);
        await page.getByLabel('Passwort wiederholen', { exact: true }).fill(person.password);
        const saved = await this.submit(page,
            page.getByRole('button', { name: 'Passwort speichern und anmelden' }));
        assert.equal(saved.status(), 303);
        assert.equal(path_of(page), '/konto');
        assert.ok(await main_nav(page).getByRole('link', { name: `Konto: ${person.name}` }).isVisible());
        return { context, page };
    }

    /// The newest link starting with `prefix` (e.g. '/passwort-setzen/') in a mail the server
    /// wrote to `address` (its outbox of .eml files, quoted-printable decoded), waiting up to
    /// `timeout_ms` for the mail sender; null if none came.
    async mail_link(address, prefix, timeout_ms = 15_000) {
        const outbox = path.join(this.data_dir, 'outbox');
        const wanted = new RegExp(`https?://[^\\s<>"]*${prefix.replace(/[/]/g, '\\/')}[A-Za-z0-9_-]+`, 'g');
        for (const deadline = Date.now() + timeout_ms; Date.now() < deadline;
            await new Promise((resolve) => setTimeout(resolve, 100))) {
            const names = existsSync(outbox) ? readdirSync(outbox).sort().reverse() : [];
            for (const name of names) {
                const raw = readFileSync(path.join(outbox, name), 'latin1');
                const [head] = raw.split('\r\n\r\n');
                if (!/^To:.*$/im.test(head) || !head.toLowerCase().includes(address.toLowerCase())) {
                    continue;
                }
                const bytes = raw.replace(/=\r?\n/g, '')
                    .replace(/=([0-9A-F]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
                const links = Buffer.from(bytes, 'latin1').toString('utf8').match(wanted);
                if (links) {
                    return links[links.length - 1];
                }
            }
        }
        return null;
    }

    /// Runs `rundum ARGS... --data DATA_DIR` against the server's data; resolves with stdout.
    async cli(args) {
        const { stdout } = await run_to_end(BINARY, [...args, '--data', this.data_dir]);
        return stdout;
    }

    /// A fresh browser context whose every request to another origin is blocked and recorded.
    /// With { axe: true }, axe-core is injected into every page as an init script, which the
    /// site's CSP does not apply to, so the CSP stays in force while axe can run.
    async new_context({ axe = false, ...options } = {}) {
        const context = await this.browser.newContext({ locale: 'de-DE', ...options });
        this.contexts.push(context);
        context.setDefaultTimeout(15_000);
        if (axe) {
            await context.addInitScript({ path: this.axe_script });
        }
        const own_origin = new URL(this.base_url).origin;
        await context.route('**/*', (route) => {
            const url = route.request().url();
            if (new URL(url).origin === own_origin) {
                return route.continue();
            }
            this.foreign_requests.push(url);
            return route.abort('blockedbyclient');
        });
        context.on('page', (page) => this.#watch_console(page));
        return context;
    }

    /// The test asks for ROUTE_PATH knowing it answers STATUS; Chromium's console message about
    /// that status is then no error of the site.
    expect_error_status(route_path, status) {
        this.expected_error_statuses.push([this.url_of(route_path), status]);
    }

    unexpected_console_errors() {
        return this.console_errors.filter(({ source, text }) => !this.expected_error_statuses.some(
            ([url, status]) => source === url && text.includes(`status of ${status}`)))
            .map(({ page, text }) => `${page}: ${text}`);
    }

    /// Runs axe on PAGE as it is now, as a subtest of T: a violation fails the test but the
    /// story goes on, so one run reports every page's violations.
    async check_accessibility(t, page, label) {
        await t.test(`WCAG 2.1 A/AA (axe): ${label}`, async () => {
            const violations = await this.axe_violations(page);
            assert.equal(violations.length, 0, describe_violations(label, violations));
        });
    }

    /// Clicks BUTTON of a POST form and waits until the answer (after any redirect) is loaded;
    /// resolves with the answer to the POST itself. An error status is expected by the test that
    /// provoked it, so Chromium's console message about it is no error of the site.
    async submit(page, button) {
        const answer = page.waitForResponse((response) => response.request().method() === 'POST' &&
            response.request().isNavigationRequest() && response.frame() === page.mainFrame());
        await button.click();
        const response = await answer;
        await page.waitForLoadState('load');
        if (response.status() >= 400) {
            this.expect_error_status(new URL(response.url()).pathname, response.status());
        }
        return response;
    }

    /// Runs axe-core with the WCAG 2.1 A/AA rules on PAGE as it is now; resolves with the
    /// violations. Needs a context made with { axe: true } or { bypassCSP: true }.
    async axe_violations(page) {
        if (!await page.evaluate(() => typeof window.axe === 'object')) {
            await page.addScriptTag({ path: this.axe_script });
        }
        const result = await page.evaluate((tags) => window.axe.run(document, {
            runOnly: { type: 'tag', values: tags },
        }), AXE_TAGS);
        return result.violations;
    }

    #watch_console(page) {
        page.on('console', (message) => {
            if (message.type() === 'error') {
                this.console_errors.push(
                    { page: page.url(), source: message.location().url, text: message.text() });
            }
        });
        page.on('pageerror', (error) =>
            this.console_errors.push({ page: page.url(), source: '', text: error.message }));
    }

    async #wait_until_healthy() {
        const deadline = Date.now() + SERVER_START_LIMIT_MS;
        let last_problem = 'no answer yet';
        while (Date.now() < deadline) {
            if (this.server.exitCode !== null || this.server.signalCode !== null) {
                throw new Error(`rundum serve ended before it answered:\n${this.server_log}`);
            }
            try {
                const response = await fetch(`${this.base_url}healthz`,
                    { signal: AbortSignal.timeout(1000) });
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
            `(${last_problem}):\n${this.server_log}`);
    }

    #server_running() {
        return this.server && this.server.exitCode === null && this.server.signalCode === null;
    }

    async #stop_server() {
        if (!this.#server_running()) {
            return;
        }
        const ended = new Promise((resolve) => this.server.once('exit', resolve));
        this.server.kill('SIGTERM');
        const in_time = await Promise.race([
            ended.then(() => true),
            new Promise((resolve) => setTimeout(() => resolve(false), 5000)),
        ]);
        if (!in_time) {
            this.server.kill('SIGKILL');
            await ended;
        }
    }

    #kill_now() {
        if (this.#server_running()) {
            this.server.kill('SIGKILL');
        }
        if (this.temp_dir) {
            rmSync(this.temp_dir, { recursive: true, force: true });
        }
    }
}
