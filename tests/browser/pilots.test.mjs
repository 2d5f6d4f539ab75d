// SPDX-License-Identifier: EUPL-1.2
// Browser test of joint pilot projects in Debian's Chromium: the coordinator of Jena creates a
// public pilot project (forgetting the partner first), with Leipzig as partner, and adds a
// milestone; Leipzig's coordinator, told in rundum, links Leipzig's own Praxisbeispiel; the
// public sees the status overview, the pilot and "Teil des Pilotprojekts" on the project's page.
// axe-core checks every new page and the error state (WCAG 2.1 A/AA) with the site's CSP in force.
//
// Run: npm ci --prefix tests/browser
//      RUNDUM_BINARY=build/debug/rundum node --test tests/browser/pilots.test.mjs

import test, { after, before } from 'node:test';
import assert from 'node:assert/strict';

import { Site, TEST_TIMEOUT_MS, add_site_hygiene_tests, path_of } from './support.mjs';

const JENA = { email: 'pilot@jena.example', name: 'Stefanie Beispiel', password: 'Im Paradies blühen die Kastanien' };
const LEIPZIG = { email: 'pilot@leipzig.example', name: 'Lena Leipzig', password: 'Am Auensee quaken die Frösche' };
const PILOT = { title: 'Familienlotsen digital', slug: 'familienlotsen-digital' };
const MILESTONE = { title: 'Auftakt in beiden Städten', due: '2099-03-01', shown: '01.03.2099' };
const LOCAL_PROJECT = { id: 'p-leipzig-willkommensbesuche', title: 'Willkommensbesuche für Neugeborene' };
const DESKTOP = { viewport: { width: 1280, height: 900 } };
const ONE_TIME_LINK = /^http:\/\/127\.0\.0\.1:\d+\/passwort-setzen\/[A-Za-z0-9_-]{20,}$/;

const site = new Site();
before(() => site.start());
after(() => site.stop());

let leipzig = null; // the page of Leipzig's signed-in coordinator

function new_person() {
    return site.new_context({ axe: true, ...DESKTOP });
}

async function follow(page, link) {
    const target = site.url_of(await link.getAttribute('href'));
    await Promise.all([page.waitForURL(target), link.click()]);
}

async function text_of(locator) {
    return (await locator.innerText()).replace(/\s+/g, ' ').trim();
}

/// A coordinator of CITY, signed in through the one-time link; resolves with their page.
async function coordinator(person, city) {
    const link = (await site.cli(['user', 'add', '--coordinator', person.email, '--city', city,
        '--base-url', site.url_of('/').replace(/\/$/, '')])).trim();
    assert.match(link, ONE_TIME_LINK);
    const page = await (await new_person()).newPage();
    assert.equal((await page.goto(link)).status(), 200);
    await page.getByLabel('Name', { exact: true }).fill(person.name);
    await page.getByLabel('Neues Passwort', { exact: true }).fill(person.password);
    await page.getByLabel('Passwort wiederholen', { exact: true }).fill(person.password);
    const saved = await site.submit(page, page.getByRole('button', { name: 'Passwort speichern und anmelden' }));
    assert.equal(saved.status(), 303);
    return page;
}

test('the coordinator of Jena creates a pilot with Leipzig and a milestone, the partner forgotten first',
    { timeout: TEST_TIMEOUT_MS * 2 }, async (t) => {
        leipzig = await coordinator(LEIPZIG, 'leipzig'); // a member before Leipzig is added: told
        const page = await coordinator(JENA, 'jena');
        await page.goto(site.url_of('/'));
        await follow(page, page.getByRole('navigation', { name: 'Hauptnavigation' })
            .getByRole('link', { name: 'Pilotprojekte' }));
        assert.equal(path_of(page), '/pilotprojekte');
        // The demo network has its own pilot (Leipzig leads); Jena's comes beside it.
        assert.match(await page.locator('main').innerText(), /Willkommen von Anfang an/);
        await site.check_accessibility(t, page, '/pilotprojekte (coordinator)');

        await follow(page, page.getByRole('link', { name: 'Neues Pilotprojekt anlegen' }));
        assert.equal(path_of(page), '/pilotprojekte/neu');
        assert.equal(await page.getByLabel('Jena', { exact: true }).inputValue(), 'federfuehrend',
            'the own city leads');
        await site.check_accessibility(t, page, '/pilotprojekte/neu');

        await page.getByLabel('Titel', { exact: true }).fill(PILOT.title);
        await page.getByLabel('Kurzbeschreibung', { exact: true }).fill('Jena und Leipzig erproben Lotsen.');
        await page.getByLabel('Ziele', { exact: true }).fill('Mehr Familien erreichen\nWege verkürzen');
        await page.getByLabel('Status', { exact: true }).selectOption('laufend');
        await page.getByLabel('Beginn', { exact: true }).fill('2026-01-01');
        await page.getByLabel('Öffentlich', { exact: false }).check();
        const alone = await site.submit(page, page.getByRole('button', { name: 'Speichern' }));
        assert.equal(alone.status(), 400);
        const summary = page.getByRole('alert');
        assert.match(await summary.innerText(), /mindestens zwei Städte/);
        assert.equal(await page.getByLabel('Titel', { exact: true }).inputValue(), PILOT.title, 'kept as typed');
        await site.check_accessibility(t, page, '/pilotprojekte/neu (error)');

        await page.getByLabel('Leipzig', { exact: true }).selectOption('partner');
        const created = await site.submit(page, page.getByRole('button', { name: 'Speichern' }));
        assert.equal(created.status(), 303);
        assert.equal(path_of(page), `/pilotprojekte/${PILOT.slug}?gespeichert=1`);
        assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), PILOT.title);
        await site.check_accessibility(t, page, `/pilotprojekte/${PILOT.slug} (lead)`);

        await follow(page, page.getByRole('link', { name: 'Meilensteine bearbeiten' }));
        await site.check_accessibility(t, page, `/pilotprojekte/${PILOT.slug}/meilensteine`);
        await page.getByLabel('Meilenstein', { exact: true }).fill(MILESTONE.title);
        await page.getByLabel('Fällig am', { exact: true }).fill(MILESTONE.due);
        const saved = await site.submit(page, page.getByRole('button', { name: 'Meilensteine speichern' }));
        assert.equal(saved.status(), 303);
        const milestones = page.getByRole('region', { name: 'Meilensteine' });
        assert.equal(await text_of(milestones.locator('tbody tr').first()),
            `${MILESTONE.title} ${MILESTONE.shown} Offen`);
    });

test('Leipzig is told and links its own Praxisbeispiel', async (t) => {
    const page = leipzig;
    await page.goto(site.url_of('/konto'));
    assert.match(await page.locator('main').innerText(),
        new RegExp(`Ihre Stadt ist jetzt Partnerin des Pilotprojekts „${PILOT.title}“`));

    await page.goto(site.url_of(`/pilotprojekte/${PILOT.slug}`));
    await follow(page, page.getByRole('link', { name: /^Eintrag bearbeiten\s*: Leipzig$/ }));
    assert.equal(path_of(page), `/pilotprojekte/${PILOT.slug}/partner/leipzig`);
    await site.check_accessibility(t, page, `/pilotprojekte/${PILOT.slug}/partner/leipzig`);
    await page.getByLabel('Eigenes Praxisbeispiel', { exact: true }).selectOption(LOCAL_PROJECT.id);
    await page.getByLabel('Anmerkung', { exact: true }).fill('Die Besuche bringen die Lotsen ins Haus.');
    const saved = await site.submit(page, page.getByRole('button', { name: 'Eintrag speichern' }));
    assert.equal(saved.status(), 303);
    const cities = page.getByRole('region', { name: 'Beteiligte Städte' });
    assert.equal(await cities.getByRole('link', { name: LOCAL_PROJECT.title }).getAttribute('href'),
        `/praxisbeispiele/${LOCAL_PROJECT.id}`);
    await site.check_accessibility(t, page, `/pilotprojekte/${PILOT.slug} (partner)`);
});

test('the public sees the overview, the pilot and the link from the project', async (t) => {
    const page = await (await new_person()).newPage();
    assert.equal((await page.goto(site.url_of('/pilotprojekte'))).status(), 200);
    const overview = page.getByRole('table', { name: 'Stand der Pilotprojekte' });
    const row = overview.locator('tbody tr', { hasText: PILOT.title });
    assert.match(await text_of(row), /Jena \(federführend\), Leipzig \(Partner\)/);
    assert.match(await text_of(row), /0 von 1 erreicht/);
    assert.match(await text_of(row), new RegExp(`${MILESTONE.title} \\(${MILESTONE.shown}\\)`));
    await site.check_accessibility(t, page, '/pilotprojekte (public)');

    await follow(page, overview.getByRole('link', { name: PILOT.title }));
    assert.equal(await page.getByRole('region', { name: 'Dokumente' }).count(), 0, 'no documents for the public');
    await site.check_accessibility(t, page, `/pilotprojekte/${PILOT.slug} (public)`);

    assert.equal((await page.goto(site.url_of(`/praxisbeispiele/${LOCAL_PROJECT.id}`))).status(), 200);
    // Leipzig's project also takes part in the demo network's pilot: one line per pilot.
    const part_of = page.locator('main p', { hasText: `Teil des Pilotprojekts ${PILOT.title}` });
    assert.equal(await part_of.count(), 1);
    assert.equal(await part_of.getByRole('link', { name: PILOT.title }).getAttribute('href'), `/pilotprojekte/${PILOT.slug}`);
    assert.equal(await page.locator('main .badge').count(), 0);
});

add_site_hygiene_tests(test, site);
