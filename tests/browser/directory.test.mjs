// SPDX-License-Identifier: EUPL-1.2
// Browser test of the member directory: a visitor's way from the start page to a city in
// Debian's Chromium, an axe-core WCAG 2.1 AA check of every page on the way, the pages without
// JavaScript, and proof that nothing is loaded from third-party servers. Screenshots of the
// directory (desktop and phone) land in test-results/ for a person to look at.
//
// Run: npm ci --prefix tests/browser
//      RUNDUM_BINARY=build/debug/rundum node --test tests/browser/directory.test.mjs

import test, { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

import { RESULTS_DIR, Site, TEST_TIMEOUT_MS, add_site_hygiene_tests, describe_violations } from './support.mjs';

const DEMO_CITY_COUNT = 15;
const MISSING_PAGE = '/gibt-es-nicht';

// Server, browser, blocked requests and console errors; set up once, torn down whatever happened.
const site = new Site();
const url_of = (route_path) => site.url_of(route_path);
const new_context = (options) => site.new_context(options);

before(async () => {
    await site.start();
    // Chromium reports a 404 document as a failed resource; for MISSING_PAGE that is the point.
    site.expect_error_status(MISSING_PAGE, 404);
});

after(() => site.stop());

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
                    const violations = await site.axe_violations(page);
                    assert.equal(violations.length, 0, describe_violations(page_path, violations));
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

add_site_hygiene_tests(test, site);
