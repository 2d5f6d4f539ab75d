// SPDX-License-Identifier: EUPL-1.2
// Browser test of a network meeting from planning to the action item, as the people would use it
// in Debian's Chromium: an admin plans a meeting (an end before the start first), the coordinator
// of Jena proposes to present Jena's Familienpass, the admin accepts it and sets its time, Jena
// registers two people (none first), the admin writes the minutes with an action item for Jena,
// and Jena's coordinator finds it under "Offene Aufgaben Ihrer Stadt" on the start page and marks
// it done. The public sees the meeting with the accepted item but none of the members' parts.
// axe-core checks every new page and every error state on the way (WCAG 2.1 A/AA) with the
// site's CSP in force, and nothing may be loaded from third-party servers.
//
// Run: npm ci --prefix tests/browser
//      RUNDUM_BINARY=build/debug/rundum node --test tests/browser/meetings.test.mjs

import test, { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

import { RESULTS_DIR, Site, TEST_TIMEOUT_MS, add_site_hygiene_tests, descriptions_of, path_of } from './support.mjs';

const ONE_TIME_LINK = /^http:\/\/127\.0\.0\.1:\d+\/passwort-setzen\/[A-Za-z0-9_-]{20,}$/;
const DESKTOP = { viewport: { width: 1280, height: 900 } };

const ADMIN = { email: 'office@netzwerk.example', name: 'Gerda Geschäftsstelle',
    password: 'Im Netzwerk treffen sich fünfzehn Städte' };
const JENA = { email: 'familie@jena.example', name: 'Stefanie Beispiel',
    password: 'Im Paradies blühen die Kastanien' };

const MEETING = {
    title: 'Netzwerktreffen Frühjahr 2099',
    starts: '2099-03-18T10:00',
    ends: '2099-03-18T16:00',
    wrong_ends: '2099-03-18T09:00',
    deadline: '2099-03-04T23:59',
    venue: 'Rathaus Jena, Markt 1',
    link: 'https://video.example/netzwerktreffen',
    when: '18.03.2099, 10:00–16:00 Uhr',
};
const ACTION = { text: 'Leitfaden zum Familienpass an alle Städte schicken', due: '2099-04-30',
    due_shown: '30.04.2099' };

const site = new Site();
before(() => site.start());
after(() => site.stop());

let admin = null; // the admin's page
let jena = null; // the page of Jena's coordinator
let meeting_path = null; // /treffen/m-…

function new_person(options = {}) {
    return site.new_context({ axe: true, ...DESKTOP, ...options });
}

/// Clicks LINK and waits until the page it leads to is loaded.
async function follow(page, link) {
    const target = site.url_of(await link.getAttribute('href'));
    await Promise.all([page.waitForURL(target), link.click()]);
}

/// Signs in a member created with `rundum user add ARGS` through the one-time link; resolves
/// with the page, on /konto.
async function member_from_one_time_link(args, person) {
    const link = (await site.cli(['user', 'add', ...args,
        '--base-url', site.url_of('/').replace(/\/$/, '')])).trim();
    assert.match(link, ONE_TIME_LINK, 'rundum user add prints the one-time link on stdout');
    const page = await (await new_person()).newPage();
    assert.equal((await page.goto(link)).status(), 200);
    await page.getByLabel('Name', { exact: true }).fill(person.name);
    await page.getByLabel('Neues Passwort', { exact: true }).fill(person.password);
    await page.getByLabel('Passwort wiederholen', { exact: true }).fill(person.password);
    const saved = await site.submit(page, page.getByRole('button', { name: 'Passwort speichern und anmelden' }));
    assert.equal(saved.status(), 303);
    return page;
}

async function screenshot(page, name) {
    mkdirSync(RESULTS_DIR, { recursive: true });
    await page.screenshot({ path: path.join(RESULTS_DIR, `meetings-${name}.png`), fullPage: true });
}

test('an admin plans a meeting, an end before the start first', { timeout: TEST_TIMEOUT_MS }, async (t) => {
    admin = await member_from_one_time_link(['--admin', ADMIN.email], ADMIN);
    jena = await member_from_one_time_link(['--coordinator', JENA.email, '--city', 'jena'], JENA);
    await admin.goto(site.url_of('/'));
    await follow(admin, admin.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Treffen' }));
    assert.equal(path_of(admin), '/treffen');
    await site.check_accessibility(t, admin, '/treffen (admin, no meetings yet)');
    await follow(admin, admin.getByRole('link', { name: 'Neues Treffen planen' }));
    await site.check_accessibility(t, admin, '/treffen/neu');

    await admin.getByLabel('Titel').fill(MEETING.title);
    await admin.getByLabel('Beginn').fill(MEETING.starts);
    await admin.getByLabel('Ende').fill(MEETING.wrong_ends);
    await admin.getByLabel('Anmeldeschluss').fill(MEETING.deadline);
    await admin.getByLabel('Gastgeberstadt').selectOption({ label: 'Jena' });
    await admin.getByLabel('Ort').fill(MEETING.venue);
    await admin.getByLabel('Online-Teilnahme').fill(MEETING.link);
    const refused = await site.submit(admin, admin.getByRole('button', { name: 'Treffen speichern' }));
    assert.equal(refused.status(), 400);
    const ends = admin.getByLabel('Ende');
    assert.equal(await ends.getAttribute('aria-invalid'), 'true');
    assert.ok((await descriptions_of(ends)).includes('Das Ende muss nach dem Beginn liegen.'));
    assert.equal(await admin.getByLabel('Titel').inputValue(), MEETING.title, 'the input is kept');
    await site.check_accessibility(t, admin, '/treffen/neu with an error');

    await ends.fill(MEETING.ends);
    const saved = await site.submit(admin, admin.getByRole('button', { name: 'Treffen speichern' }));
    assert.equal(saved.status(), 303);
    meeting_path = new URL(admin.url()).pathname;
    assert.match(meeting_path, /^\/treffen\/m-[A-Za-z0-9_-]+$/);
    assert.equal(await admin.getByRole('heading', { level: 1 }).innerText(), MEETING.title);
    assert.ok((await admin.locator('main').innerText()).includes(MEETING.when));
    await site.check_accessibility(t, admin, 'a meeting page (admin)');
});

test('the coordinator of Jena proposes to present the Familienpass', { timeout: TEST_TIMEOUT_MS }, async (t) => {
    await jena.goto(site.url_of(meeting_path));
    assert.ok(await jena.getByRole('link', { name: MEETING.link }).isVisible(), 'members see the online link');
    await site.check_accessibility(t, jena, 'a meeting page (coordinator)');
    await follow(jena, jena.getByRole('link', { name: 'Tagesordnungspunkt vorschlagen' }));
    await site.check_accessibility(t, jena, '/treffen/{id}/vorschlagen');
    await jena.getByLabel('Ein Praxisbeispiel unserer Stadt vorstellen').check();
    await jena.getByLabel('Praxisbeispiel', { exact: true }).selectOption({ label: 'Familienpass' });
    await jena.getByLabel('Anmerkung', { exact: true }).fill('20 Minuten mit Fragen');
    const sent = await site.submit(jena, jena.getByRole('button', { name: 'Vorschlag senden' }));
    assert.equal(sent.status(), 303);
    const proposals = jena.locator('section[aria-labelledby="vorschlaege"]');
    assert.ok((await proposals.innerText()).includes('Familienpass'));
    assert.ok((await proposals.innerText()).includes('vorgeschlagen'));
});

test('the admin accepts the proposal and sets its time', { timeout: TEST_TIMEOUT_MS }, async (t) => {
    await admin.goto(site.url_of(meeting_path));
    await follow(admin, admin.getByRole('link', { name: 'Tagesordnung festlegen' }));
    await site.check_accessibility(t, admin, '/treffen/{id}/tagesordnung');
    await admin.getByLabel('Stand: Familienpass').selectOption({ label: 'angenommen' });
    await admin.getByLabel('Reihenfolge: Familienpass').fill('1');
    await admin.getByLabel('Beginn: Familienpass').fill('10:15');
    await admin.getByLabel('Dauer in Minuten: Familienpass').fill('30');
    const saved = await site.submit(admin, admin.getByRole('button', { name: 'Tagesordnung speichern' }));
    assert.equal(saved.status(), 303);
    assert.ok(await admin.getByRole('status').filter({ hasText: 'gespeichert' }).isVisible());

    const visitor = await (await new_person()).newPage();
    await visitor.goto(site.url_of(meeting_path));
    const agenda = await visitor.locator('section[aria-labelledby="tagesordnung"]').innerText();
    assert.ok(agenda.includes('10:15 · Familienpass'), agenda);
    const main = await visitor.locator('main').innerText();
    assert.ok(!main.includes('video.example'), 'the public does not see the online link');
    assert.ok(!main.includes('Anmeldungen'), 'nor the registrations');
    await site.check_accessibility(t, visitor, 'a meeting page (public)');
    await screenshot(visitor, 'public');
});

test('Jena registers two people, none first', { timeout: TEST_TIMEOUT_MS }, async (t) => {
    await jena.goto(site.url_of(meeting_path));
    await follow(jena, jena.getByRole('link', { name: 'Anmeldung Ihrer Stadt' }));
    await site.check_accessibility(t, jena, '/treffen/{id}/anmeldung');
    const refused = await site.submit(jena, jena.getByRole('button', { name: 'Anmeldung speichern' }));
    assert.equal(refused.status(), 400);
    assert.ok((await descriptions_of(jena.getByLabel('Person 1', { exact: true })))
        .includes('Bitte nennen Sie mindestens eine Person.'));
    await site.check_accessibility(t, jena, '/treffen/{id}/anmeldung with an error');
    await jena.getByLabel('Person 1', { exact: true }).fill('Stefanie Beispiel');
    await jena.getByLabel('Person 2', { exact: true }).fill('Jonas Jena');
    await jena.getByLabel('nimmt online teil (Person 2)').check();
    const saved = await site.submit(jena, jena.getByRole('button', { name: 'Anmeldung speichern' }));
    assert.equal(saved.status(), 303);
    assert.ok((await jena.locator('main').innerText()).includes('Angemeldet: 1 vor Ort, 1 online'));
    await jena.goto(site.url_of(meeting_path));
    const table = jena.getByRole('table', { name: /Angemeldet/ });
    assert.ok((await table.innerText()).includes('Stefanie Beispiel, Jonas Jena'));
});

test('the admin writes the minutes with an action item for Jena', { timeout: TEST_TIMEOUT_MS }, async (t) => {
    await admin.goto(site.url_of(meeting_path));
    await follow(admin, admin.getByRole('link', { name: 'Protokoll schreiben' }));
    await site.check_accessibility(t, admin, '/treffen/{id}/protokoll');
    await admin.getByLabel('Protokoll', { exact: true }).fill('## Ergebnisse\n\nJena stellte den **Familienpass** vor.');
    await admin.getByLabel('Beschlüsse').fill('Leitfaden gemeinsam schreiben\nNächstes Treffen in Leipzig');
    assert.equal((await site.submit(admin, admin.getByRole('button', { name: 'Protokoll speichern' }))).status(), 303);

    const refused = await site.submit(admin, admin.getByRole('button', { name: 'Aufgabe hinzufügen' }));
    assert.equal(refused.status(), 400);
    assert.ok((await descriptions_of(admin.getByLabel('Aufgabe', { exact: true })))
        .includes('Bitte beschreiben Sie die Aufgabe.'));
    await site.check_accessibility(t, admin, '/treffen/{id}/protokoll with an error');
    await admin.getByLabel('Aufgabe', { exact: true }).fill(ACTION.text);
    await admin.getByLabel('Zuständige Stadt').selectOption({ label: 'Jena' });
    await admin.getByLabel('Fällig am').fill(ACTION.due);
    assert.equal((await site.submit(admin, admin.getByRole('button', { name: 'Aufgabe hinzufügen' }))).status(), 303);
    assert.ok((await admin.locator('section[aria-labelledby="aufgaben"]').innerText()).includes(ACTION.text));
});

test('the action item shows on Jena\'s start page and is marked done', { timeout: TEST_TIMEOUT_MS }, async (t) => {
    await jena.goto(site.url_of('/'));
    const open = jena.getByRole('region', { name: 'Offene Aufgaben Ihrer Stadt' });
    const text = await open.innerText();
    assert.ok(text.includes(ACTION.text), text);
    assert.ok(text.includes(`fällig am ${ACTION.due_shown}`), text);
    assert.ok(text.includes(MEETING.title), text);
    await site.check_accessibility(t, jena, 'the start page with open action items');
    await screenshot(jena, 'start-page');
    const done = await site.submit(jena, open.getByRole('button', { name: /^Als erledigt markieren\s*:\s*Leitfaden zum Familienpass/ }));
    assert.equal(done.status(), 303);
    assert.equal(path_of(jena), '/');
    assert.equal(await jena.getByRole('region', { name: 'Offene Aufgaben Ihrer Stadt' }).count(), 0);

    await jena.goto(site.url_of(meeting_path));
    const actions = await jena.locator('section[aria-labelledby="aufgaben"]').innerText();
    assert.ok(actions.includes('erledigt'), actions);
    assert.ok((await jena.locator('section[aria-labelledby="protokoll"]').innerText()).includes('Familienpass'));
    await site.check_accessibility(t, jena, 'a meeting page with minutes and a done action item');
    await screenshot(jena, 'meeting-member');

    const visitor = await (await new_person()).newPage();
    await visitor.goto(site.url_of('/treffen'));
    assert.ok((await visitor.locator('main').innerText()).includes(MEETING.title));
    await site.check_accessibility(t, visitor, '/treffen (public)');
});

test('Jena reads what is new since the last meeting', { timeout: TEST_TIMEOUT_MS }, async (t) => {
    await jena.goto(site.url_of('/treffen'));
    await follow(jena, jena.getByRole('link', { name: 'Neu seit dem letzten Treffen', exact: true }));
    assert.equal(await jena.getByRole('heading', { level: 1 }).innerText(), 'Neu seit dem letzten Treffen');
    // Which meeting is the last and which the next depends on the day (the demo network has its
    // own); the page always says where its window starts.
    const lead = await jena.locator('main p.lead').innerText();
    assert.match(lead, /seit dem Treffen|in den letzten 90 Tagen/, lead);
    await site.check_accessibility(t, jena, '/neu-seit-dem-letzten-treffen');
    await screenshot(jena, 'news-since-last-meeting');
});

add_site_hygiene_tests(test, site);
