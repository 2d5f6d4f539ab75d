// SPDX-License-Identifier: EUPL-1.2
// Browser test of learning from each other, as the people would use it in Debian's Chromium: a
// coordinator of Jena signs in from the one-time link of `rundum user add`, records on a demo
// project of Leipzig that Jena has adopted it (a wrong start first, then with a copy of its own
// to adapt), finds Jena under "Nachgemacht" and in the project's family tree, says "Wir sind
// interessiert" on a project of Nürnberg (a note that is too long first), and compares Jena with
// the other member cities on a subset of the indicators ("Städte wie meine", also without
// JavaScript). Nürnberg's coordinator finds the interest among the notifications on the account
// page. The public sees the learning network (a described SVG and its table), the shared
// challenges, a city's indicators, the map coloured by an indicator with legend and table, and a
// German 404 for an unknown city. axe-core checks every page and every error state on the way
// (WCAG 2.1 A/AA) with the site's CSP in force, and nothing may be loaded from third-party
// servers. Screenshots of the main pages land in test-results/ for a person to look at.
//
// Run: npm ci --prefix tests/browser
//      RUNDUM_BINARY=build/debug/rundum node --test tests/browser/learning.test.mjs

import test, { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

import { DESKTOP, RESULTS_DIR, Site, TEST_TIMEOUT_MS, add_site_hygiene_tests, descriptions_of, main_nav, path_of, table_rows, text_of } from './support.mjs';

const COORDINATOR = { email: 'familie@jena.example', name: 'Stefanie Beispiel',
    password: 'Im Paradies blühen die Kastanien' };
const NUREMBERG = { email: 'familie@nuernberg.example', name: 'Norbert Nachbar',
    password: 'Am Dutzendteich quaken die Frösche' };

// The demo data: 15 member cities; the ranking lists every city but the chosen one.
const CITY_COUNT = 15;
const ORIGINAL = { path: '/praxisbeispiele/p-leipzig-willkommensbesuche',
    title: 'Willkommensbesuche für Neugeborene', city: 'Leipzig' };
const INTERESTING = { path: '/praxisbeispiele/p-nuernberg-familienzentren',
    title: 'Kitas werden Familienzentren', city: 'Nürnberg' };

// What Jena writes about its adoption.
const ADOPTION = {
    adaptations: 'Statt Fachkräften des Jugendamts besuchen Familienhebammen die Familien; ' +
        'Jena ist kleiner, ein Besuchsdienst für die ganze Stadt reicht.',
    experience: 'Die Familien nehmen das Angebot gern an, die Terminabsprache kostet Zeit.',
    outcome: 'gut',
    wrong_start: 'letzten Herbst',
    start: '2024-09',
    start_shown: '09/2024', // how the pages write the month
};
const INTEREST_NOTE = 'Wie haben Sie die Kitas für die Beratung im Haus gewonnen?';
const NOTE_LIMIT = 1000;

// "Städte wie meine": the indicators compared, in the order the page names them.
const COMPARED = ['Anteil unter 18-Jähriger', 'Kinderarmut', 'Mietniveau'];
const LIKENESS = ['sehr ähnlich', 'ähnlich', 'teils ähnlich', 'eher verschieden'];
const SIMILAR_ON = /(ähnlich|am nächsten|verschieden) bei /;

// Server, browser, blocked requests and console errors; set up once, torn down whatever happened.
const site = new Site();
before(() => site.start());
after(() => site.stop());

// Handed from one test to the next: the scenario is one story told in steps.
let coordinator = null; // the signed-in coordinator's browser context
let copy_path = null; // /praxisbeispiele/{id} of Jena's copy of the original
let nuremberg = null; // the page of Nürnberg's signed-in coordinator

/// Checks the result of "Städte wie meine" for Jena compared on COMPARED, with or without
/// JavaScript: the ranking, the recommendations with their reasons, the table of figures.
async function check_similar_result(page) {
    assert.equal(await page.getByRole('heading', { level: 2, name: 'Diese Städte sind Jena am ähnlichsten' })
        .count(), 1);
    assert.equal(await text_of(page.locator('main section[aria-labelledby="rangfolge"] > p').first()),
        `Verglichen nach: ${COMPARED[0]}, ${COMPARED[1]} und ${COMPARED[2]}.`);
    assert.equal(await page.getByLabel('Stadt', { exact: true }).inputValue(), 'jena',
        'the chosen city stays selected');
    const indicators = page.getByRole('group', { name: 'Verglichen wird nach' });
    for (const checkbox of await indicators.getByRole('checkbox').all()) {
        const name = await page.locator(`label[for="${await checkbox.getAttribute('id')}"]`).innerText();
        assert.equal(await checkbox.isChecked(), COMPARED.includes(name),
            `"${name}" is ticked exactly when it was compared`);
    }

    // The ranking: every other city, each with a word for its likeness and a sentence.
    const ranking = page.locator('main ol.similar-cities > li');
    assert.equal(await ranking.count(), CITY_COUNT - 1, 'every other member city is ranked');
    const distances = [];
    for (const item of await ranking.all()) {
        const name = await item.getByRole('link').first().innerText();
        assert.notEqual(name, 'Jena', 'the chosen city is not ranked against itself');
        const level = await item.locator('strong').innerText();
        assert.ok(LIKENESS.includes(level), `${name}: "${level}" is a word for the likeness`);
        const lines = (await item.innerText()).split('\n').map((line) => line.trim());
        assert.match(lines[0], new RegExp(`^${name}: ${level} \\(Abstand \\d+,\\d\\d\\)$`));
        assert.ok(lines.length >= 2 && SIMILAR_ON.test(lines[1]),
            `${name} has a sentence on what is alike or different: ${JSON.stringify(lines)}`);
        for (const word of lines[1].split(/\b(?:bei|und)\b|[;,]/)) {
            const named = word.replace(/^\s*(ähnlich|am nächsten|verschieden)?\s*/, '').trim();
            assert.ok(named === '' || COMPARED.includes(named),
                `${name}'s sentence names only the compared indicators: "${lines[1]}"`);
        }
        distances.push(Number(/Abstand (\d+,\d\d)/.exec(lines[0])[1].replace(',', '.')));
    }
    assert.deepEqual(distances, [...distances].sort((a, b) => a - b),
        'the most similar city comes first');

    // What worked in similar cities: projects, each with why it is recommended.
    const recommendations = page.getByRole('region', { name: 'Was in ähnlichen Städten funktioniert hat' });
    const recommended = recommendations.locator('ol.recommendations > li');
    assert.ok(await recommended.count() >= 1, 'projects from similar cities are recommended');
    for (const item of await recommended.all()) {
        const title = await item.getByRole('link').first().innerText();
        const why = item.locator('small', { hasText: 'Warum:' });
        assert.equal(await why.count(), 1, `"${title}" says why it is recommended`);
        assert.ok(await why.locator('.reason').count() >= 1, `"${title}" has at least one reason`);
        assert.doesNotMatch(await item.locator('.city').innerText(), /Jena/,
            `"${title}" is from another city`);
    }

    // The figures: a captioned table, the chosen city's row first, one column per indicator.
    const figures = page.locator('main table.figures');
    assert.equal(await text_of(figures.locator('caption')), 'Kennzahlen der Mitgliedsstädte, zuerst Jena');
    assert.deepEqual(await figures.locator('thead th').allInnerTexts(), ['Stadt', ...COMPARED]);
    const rows = figures.locator('tbody tr');
    assert.equal(await rows.count(), CITY_COUNT);
    assert.equal(await text_of(rows.first().locator('th')), 'Jena (gewählt)');
    assert.equal(await rows.first().getAttribute('class'), 'chosen');
    assert.equal(await figures.locator('tbody tr.chosen').count(), 1);
}

test('the coordinator of Jena records that Jena adopted a project of Leipzig, a wrong start first',
    { timeout: TEST_TIMEOUT_MS * 2 }, async (t) => {
        mkdirSync(RESULTS_DIR, { recursive: true });
        const { context, page } = await site.member_from_one_time_link(
            ['--coordinator', COORDINATOR.email, '--city', 'jena'], COORDINATOR);
        coordinator = context;

        assert.equal((await page.goto(site.url_of(ORIGINAL.path))).status(), 200);
        assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), ORIGINAL.title);
        const adopted = page.getByRole('region', { name: 'Nachgemacht' });
        assert.match(await adopted.innerText(), /Noch keine Stadt hat eingetragen/);
        await site.check_accessibility(t, page, `${ORIGINAL.path} (coordinator of Jena)`);

        await site.follow(page, adopted.getByRole('link', { name: 'Wir haben das übernommen' }));
        const form_path = `${ORIGINAL.path}/uebernehmen`;
        assert.equal(path_of(page), form_path);
        assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Wir haben das übernommen');
        assert.equal(await text_of(page.locator('main p', { hasText: 'Praxisbeispiel:' })),
            `Praxisbeispiel: ${ORIGINAL.title} (${ORIGINAL.city})`);
        assert.equal(await text_of(page.locator('main #city_id')), 'Übernehmende Stadt: Jena',
            'a coordinator records for the own city, without choosing');
        await site.check_accessibility(t, page, form_path);

        const field = (label) => page.getByLabel(label, { exact: true });
        const own = page.getByRole('group', { name: 'Eigenes Praxisbeispiel' });
        await own.getByRole('radio', { name: /^Als Kopie des Originals anlegen/ }).check();
        await field('Was wurde verändert und warum?').fill(ADOPTION.adaptations);
        await field('Wie ist es gelaufen?').fill(ADOPTION.experience);
        await field('Einschätzung').selectOption({ label: ADOPTION.outcome });
        await field('Begonnen').fill(ADOPTION.wrong_start);
        const record = page.getByRole('button', { name: 'Übernahme eintragen' });
        const refused = await site.submit(page, record);
        assert.ok(refused.status() >= 400 && refused.status() < 500,
            `a start that is no date answers 4xx, not ${refused.status()}`);
        assert.equal(path_of(page), form_path, 'the form is shown again');
        const summary = page.getByRole('alert');
        assert.equal(await summary.count(), 1, 'one error summary with role=alert');
        assert.equal(await summary.getAttribute('class'), 'error-summary');
        assert.equal(await summary.getByRole('heading').innerText(), 'Bitte prüfen Sie Ihre Eingaben');
        const summary_links = summary.getByRole('link');
        assert.equal(await summary_links.count(), 1, 'one error, one link');
        const start_error = await summary_links.innerText();
        assert.equal(start_error, `Der Beginn „${ADOPTION.wrong_start}“ ist ungültig. ` +
            'Bitte als Jahr (2024) oder Monat und Jahr (2024-09) angeben.');
        assert.equal(await summary_links.getAttribute('href'), '#started');
        const started = field('Begonnen');
        assert.equal(await started.getAttribute('aria-invalid'), 'true');
        const started_descriptions = await descriptions_of(started);
        assert.ok(started_descriptions.includes(start_error),
            `the start is described by its error: ${JSON.stringify(started_descriptions)}`);
        assert.ok(started_descriptions.some((text) => /Jahr \(2024\)/.test(text)),
            `the start keeps its hint: ${JSON.stringify(started_descriptions)}`);
        await summary_links.click();
        assert.equal(await started.evaluate((input) => input === document.activeElement), true,
            'the link in the summary moves the focus to the field');
        // Everything entered is still there, for correction.
        assert.ok(await own.getByRole('radio', { name: /^Als Kopie des Originals anlegen/ }).isChecked());
        assert.equal(await field('Was wurde verändert und warum?').inputValue(), ADOPTION.adaptations);
        assert.equal(await field('Wie ist es gelaufen?').inputValue(), ADOPTION.experience);
        assert.equal(await field('Einschätzung').inputValue(), ADOPTION.outcome);
        assert.equal(await started.inputValue(), ADOPTION.wrong_start);
        await page.screenshot({ path: path.join(RESULTS_DIR, 'uebernahme-fehler-1280.png'),
            fullPage: true });
        await site.check_accessibility(t, page, `${form_path} with a wrong start`);

        await started.fill(ADOPTION.start);
        const saved = await site.submit(page, record);
        assert.equal(saved.status(), 303);
        const landed = /^\/praxisbeispiele\/([A-Za-z0-9_-]+)\/bearbeiten$/.exec(path_of(page));
        assert.ok(landed, `the coordinator lands on the copy's edit page, not ${path_of(page)}`);
        copy_path = `/praxisbeispiele/${landed[1]}`;
        assert.notEqual(copy_path, ORIGINAL.path, 'the copy is a project of its own');
        assert.equal(await page.getByRole('heading', { level: 1 }).innerText(),
            `Praxisbeispiel bearbeiten: ${ORIGINAL.title}`);
        assert.equal(await field('Titel').inputValue(), ORIGINAL.title, 'the copy starts as the original');
        assert.equal(await field('Beginn').inputValue(), ADOPTION.start, 'the copy starts when Jena began');
        assert.equal(await field('Stand').locator('option:checked').innerText(), 'geplant');
        assert.ok(await page.getByRole('group', { name: 'Wer darf es sehen?' })
            .getByRole('radio', { name: /^Nur für Mitglieder/ }).isChecked(),
        'the copy is for members only until Jena publishes it');
        await site.check_accessibility(t, page, `${copy_path}/bearbeiten (the copy)`);

        // The original now lists Jena under "Nachgemacht" and in its family tree.
        await page.goto(site.url_of(ORIGINAL.path));
        const adoptions = page.getByRole('region', { name: 'Nachgemacht' }).locator('ul.adoptions > li');
        assert.equal(await adoptions.count(), 1);
        const jena = adoptions.first();
        assert.equal(await jena.getByRole('heading', { level: 3 }).innerText(), 'Jena');
        const facts = await jena.locator('dl.facts').evaluate((dl) => Object.fromEntries(
            [...dl.querySelectorAll('dt')].map((dt) => [dt.textContent.trim(),
                dt.nextElementSibling.textContent.trim()])));
        assert.deepEqual(facts, { 'Eigenes Praxisbeispiel': ORIGINAL.title,
            'Begonnen': ADOPTION.start_shown, 'Einschätzung': ADOPTION.outcome });
        assert.equal(await jena.getByRole('link', { name: ORIGINAL.title }).getAttribute('href'), copy_path);
        const told = await jena.innerText();
        assert.ok(told.includes(ADOPTION.adaptations), 'what Jena changed is told');
        assert.ok(told.includes(ADOPTION.experience), 'how it went is told');
        const tree = page.locator('main ul.family-tree');
        assert.equal(await tree.count(), 1, 'the project shows its family tree');
        const tree_text = await text_of(tree);
        assert.match(tree_text, new RegExp(`${ORIGINAL.title} \\(${ORIGINAL.city}\\) \\(dieses Praxisbeispiel\\)`));
        assert.ok(tree_text.includes(`${ORIGINAL.title} (Jena) · Einschätzung: ${ADOPTION.outcome}, ` +
            `seit ${ADOPTION.start_shown}`), `the family tree has Jena's copy: "${tree_text}"`);
        assert.equal(await tree.locator('ul li a', { hasText: ORIGINAL.title }).getAttribute('href'),
            copy_path, 'Jena\'s copy hangs below the original and links to it');
        await page.screenshot({ path: path.join(RESULTS_DIR, 'praxisbeispiel-nachgemacht-1280.png'),
            fullPage: true });
        await site.check_accessibility(t, page, `${ORIGINAL.path} adopted by Jena`);

        // Members see Jena's adoption in the learning network, the copy being visible to them.
        await site.follow(page, main_nav(page).getByRole('link', { name: 'Lernnetz', exact: true }));
        assert.equal(path_of(page), '/lernnetz');
        const member_rows = await table_rows(page.getByRole('region', { name: 'Alle Einträge' })
            .getByRole('table'));
        assert.ok(member_rows.some((row) => JSON.stringify(row) ===
            JSON.stringify([ORIGINAL.city, 'Jena', 'Übernahme', ORIGINAL.title, '2024'])),
        `Jena's adoption is in the members' table: ${JSON.stringify(member_rows)}`);
        assert.ok(await page.getByRole('img', { name: 'Lernnetz der Mitgliedsstädte' }).locator('title',
            { hasText: `${ORIGINAL.city} → Jena: 1 Übernahme` }).count() === 1,
        'the picture has an arrow from Leipzig to Jena, with its title');
        await site.check_accessibility(t, page, '/lernnetz (coordinator of Jena)');

        // Asked again, the form says that Jena recorded it already and leads to that record.
        await page.goto(site.url_of(form_path));
        const notice = page.locator('main p.notice');
        assert.match(await notice.innerText(), /schon eingetragen/);
        assert.equal(await page.locator('main form').count(), 0, 'no second adoption is offered');
        await site.follow(page, notice.getByRole('link', { name: 'Übernahme bearbeiten' }));
        assert.match(path_of(page), /^\/uebernahmen\/[A-Za-z0-9_-]+\/bearbeiten$/);
        assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Übernahme bearbeiten');
        assert.equal(await field('Was wurde verändert und warum?').inputValue(), ADOPTION.adaptations);
        await site.check_accessibility(t, page, '/uebernahmen/{id}/bearbeiten');
        await page.close();
    });

test('the coordinator says "Wir sind interessiert" on a project of Nürnberg, too long a note first',
    { timeout: TEST_TIMEOUT_MS * 2 }, async (t) => {
        assert.ok(coordinator, 'the coordinator is not signed in: a step above failed');
        // Nürnberg's coordinator has an account already: the city's members are told in rundum.
        ({ page: nuremberg } = await site.member_from_one_time_link(
            ['--coordinator', NUREMBERG.email, '--city', 'nuernberg'], NUREMBERG));
        const page = await coordinator.newPage();
        await page.goto(site.url_of(INTERESTING.path));
        const interested = page.getByRole('region', { name: 'Interessierte Städte' });
        assert.match(await interested.innerText(), /Noch hat keine Stadt Interesse bekundet/);
        await site.check_accessibility(t, page, `${INTERESTING.path} (coordinator of Jena)`);

        const note = interested.getByLabel('Was möchten Sie wissen? (freiwillig)', { exact: true });
        const button = interested.getByRole('button', { name: 'Wir sind interessiert' });
        await note.fill('Wie geht das? '.repeat(80).slice(0, NOTE_LIMIT + 1));
        const refused = await site.submit(page, button);
        assert.ok(refused.status() >= 400 && refused.status() < 500,
            `a note of ${NOTE_LIMIT + 1} characters answers 4xx, not ${refused.status()}`);
        assert.equal(path_of(page), `${INTERESTING.path}/interesse`);
        assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Wir sind interessiert');
        const summary = page.getByRole('alert');
        assert.equal(await summary.getByRole('heading').innerText(), 'Bitte prüfen Sie Ihre Eingaben');
        assert.equal(await summary.getByRole('link').innerText(),
            `Die Nachricht darf höchstens ${NOTE_LIMIT} Zeichen lang sein.`);
        assert.equal(await summary.getByRole('link').getAttribute('href'), '#note');
        const form_note = page.getByLabel('Was möchten Sie wissen? (freiwillig)', { exact: true });
        assert.equal(await form_note.getAttribute('aria-invalid'), 'true');
        assert.equal((await form_note.inputValue()).length, NOTE_LIMIT + 1, 'the note is kept');
        await site.check_accessibility(t, page, `${INTERESTING.path}/interesse with too long a note`);

        await form_note.fill(INTEREST_NOTE);
        const saved = await site.submit(page, page.getByRole('button', { name: 'Wir sind interessiert' }));
        assert.equal(saved.status(), 303);
        assert.equal(path_of(page), `${INTERESTING.path}?interesse=1`);
        const after_saving = page.getByRole('region', { name: 'Interessierte Städte' });
        assert.equal(await after_saving.getByRole('status').innerText(), 'Ihr Interesse ist eingetragen.');
        const cities = after_saving.locator('ul.interests > li');
        assert.equal(await cities.count(), 1);
        assert.match(await text_of(cities.first()),
            new RegExp(`^Jena \\(seit [^)]+\\): ${INTEREST_NOTE.replace(/[?()]/g, '\\$&')}`));
        // Chromium puts a blank before the visually hidden ": Jena" in the button's name.
        assert.ok(await cities.first().getByRole('button', { name: /^Interesse zurückziehen\s*: Jena$/ })
            .isVisible(), 'Jena can withdraw its interest');
        assert.equal(await after_saving.getByRole('button', { name: 'Wir sind interessiert' }).count(), 0,
            'nobody says it twice');
        await page.screenshot({ path: path.join(RESULTS_DIR, 'praxisbeispiel-interesse-1280.png'),
            fullPage: true });
        await site.check_accessibility(t, page, `${INTERESTING.path} with Jena interested`);
        await page.close();
    });

test('the coordinator compares Jena with cities like it on three indicators',
    { timeout: TEST_TIMEOUT_MS * 2 }, async (t) => {
        assert.ok(coordinator, 'the coordinator is not signed in: a step above failed');
        const page = await coordinator.newPage();
        await page.goto(site.url_of('/konto'));
        await site.follow(page, main_nav(page).getByRole('link', { name: 'Städte wie meine', exact: true }));
        assert.equal(path_of(page), '/aehnliche-staedte');
        assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Städte wie meine');
        assert.equal(await main_nav(page).getByRole('link', { name: 'Städte wie meine', exact: true })
            .getAttribute('aria-current'), 'page');
        await site.check_accessibility(t, page, '/aehnliche-staedte (the form)');

        await page.getByLabel('Stadt', { exact: true }).selectOption({ label: 'Jena' });
        const indicators = page.getByRole('group', { name: 'Verglichen wird nach' });
        for (const checkbox of await indicators.getByRole('checkbox').all()) {
            await checkbox.uncheck();
        }
        for (const name of COMPARED) {
            await indicators.getByRole('checkbox', { name, exact: true }).check();
        }
        await Promise.all([page.waitForURL(/\/aehnliche-staedte\?/),
            page.getByRole('button', { name: 'Vergleichen', exact: true }).click()]);
        assert.equal(path_of(page), '/aehnliche-staedte?stadt=jena' +
            '&merkmal=share_under18&merkmal=child_poverty&merkmal=rent');
        await check_similar_result(page);
        const recommended = await page.locator('main ol.recommendations > li > a').allInnerTexts();
        assert.ok(!recommended.includes(ORIGINAL.title),
            `what Jena adopted already is not recommended to it: ${JSON.stringify(recommended)}`);
        await page.screenshot({ path: path.join(RESULTS_DIR, 'aehnliche-staedte-1280.png'),
            fullPage: true });
        await site.check_accessibility(t, page, '/aehnliche-staedte?stadt=jena&merkmal=… (result)');
        await page.close();
    });

test('"Städte wie meine" works without JavaScript', { timeout: TEST_TIMEOUT_MS }, async () => {
    const context = await site.new_context({ ...DESKTOP, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url_of('/aehnliche-staedte'));
    await page.getByLabel('Stadt', { exact: true }).selectOption({ label: 'Jena' });
    const indicators = page.getByRole('group', { name: 'Verglichen wird nach' });
    for (const checkbox of await indicators.getByRole('checkbox').all()) {
        await checkbox.uncheck();
    }
    for (const name of COMPARED) {
        await indicators.getByRole('checkbox', { name, exact: true }).check();
    }
    await Promise.all([page.waitForURL(/\/aehnliche-staedte\?/),
        page.getByRole('button', { name: 'Vergleichen', exact: true }).click()]);
    await check_similar_result(page);
});

test('the public sees the learning network, the challenges and the indicators',
    { timeout: TEST_TIMEOUT_MS * 2 }, async (t) => {
        const context = await site.new_person();
        const page = await context.newPage();

        await page.goto(site.url_of('/'));
        await site.follow(page, main_nav(page).getByRole('link', { name: 'Lernnetz', exact: true }));
        assert.equal(path_of(page), '/lernnetz');
        assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Wer von wem lernt');
        const picture = page.locator('main svg.learning-network');
        assert.equal(await picture.getAttribute('role'), 'img');
        const svg_title = picture.locator(':scope > title');
        const svg_desc = picture.locator(':scope > desc');
        assert.equal(await svg_title.count(), 1, 'the picture has a <title>');
        assert.equal(await svg_desc.count(), 1, 'the picture has a <desc>');
        assert.equal(await svg_title.textContent(), 'Lernnetz der Mitgliedsstädte');
        assert.match(await svg_desc.textContent(), /Tabelle/, 'the description points to the table');
        assert.equal(await picture.getAttribute('aria-labelledby'), await svg_title.getAttribute('id'));
        assert.equal(await picture.getAttribute('aria-describedby'), await svg_desc.getAttribute('id'));
        assert.equal(await page.getByRole('img', { name: 'Lernnetz der Mitgliedsstädte' }).count(), 1);
        const entries = page.getByRole('region', { name: 'Alle Einträge' }).getByRole('table');
        assert.equal(await entries.count(), 1, 'the entries are in a table');
        assert.equal(await text_of(entries.locator('caption')), 'Übernahmen und Beratungen, nach Jahr');
        const rows = await table_rows(entries);
        assert.ok(rows.length >= 1, 'the demo\'s adoptions and advice are listed');
        // Jena's copy is for members only, so the public sees neither it nor Jena's adoption.
        assert.ok(!rows.some(([from, to]) => from === ORIGINAL.city && to === 'Jena'),
            `the public does not see Jena's adoption with its members-only copy: ${JSON.stringify(rows)}`);
        await page.screenshot({ path: path.join(RESULTS_DIR, 'lernnetz-1280.png'), fullPage: true });
        await site.check_accessibility(t, page, '/lernnetz');

        await page.getByLabel('Stadt', { exact: true }).selectOption({ label: 'Leipzig' });
        await Promise.all([page.waitForURL(/\/lernnetz\?stadt=leipzig$/),
            page.getByRole('button', { name: 'Anzeigen', exact: true }).click()]);
        assert.equal(await page.getByRole('heading', { level: 1 }).innerText(),
            'Wer mit Leipzig voneinander lernt');
        assert.equal(await page.getByRole('img', { name: 'Lernnetz von Leipzig' }).count(), 1);
        const leipzig_rows = await page.getByRole('region', { name: 'Alle Einträge' })
            .locator('tbody tr').allInnerTexts();
        assert.ok(leipzig_rows.length >= 1);
        for (const row of leipzig_rows) {
            assert.match(row, /Leipzig/, `only Leipzig's learning is listed: "${row}"`);
        }
        await site.check_accessibility(t, page, '/lernnetz?stadt=leipzig');

        await site.follow(page, main_nav(page).getByRole('link', { name: 'Herausforderungen', exact: true }));
        assert.equal(path_of(page), '/herausforderungen');
        assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Gemeinsame Herausforderungen');
        await site.check_accessibility(t, page, '/herausforderungen');
        await site.follow(page, page.getByRole('link', { name: 'Kitaausbau', exact: true }));
        assert.equal(path_of(page), '/herausforderungen/kitaausbau');
        assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Kitaausbau');
        assert.ok(await page.getByRole('region', { name: 'Wie die Städte daran arbeiten' })
            .locator('li').count() >= 1, 'cities describe how they work on it');
        await page.screenshot({ path: path.join(RESULTS_DIR, 'herausforderung-1280.png'), fullPage: true });
        await site.check_accessibility(t, page, '/herausforderungen/kitaausbau');

        await page.goto(site.url_of('/staedte/leipzig/kennzahlen'));
        assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Kennzahlen: Leipzig');
        const figures = page.getByRole('table', { name: 'Kennzahlen von Leipzig' });
        assert.ok(await figures.locator('tbody tr').count() >= 1);
        await site.check_accessibility(t, page, '/staedte/leipzig/kennzahlen');

        await page.goto(site.url_of('/staedte?merkmal=child_poverty'));
        assert.equal(await page.getByLabel('Karte einfärben nach', { exact: true }).inputValue(),
            'child_poverty');
        assert.equal(await page.locator('main .legend-heading').innerText(), 'Legende: Kinderarmut');
        const classes = page.locator('main ul.legend > li');
        assert.ok(await classes.count() >= 2, 'the legend has the classes');
        for (const item of await classes.all()) {
            assert.match(await text_of(item), /^(.+ \(Klasse \d von \d\)|fehlt \(keine Zahl\))$/);
        }
        const poverty = page.getByRole('table', { name: 'Kinderarmut der Mitgliedsstädte' });
        assert.deepEqual(await poverty.locator('thead th').allInnerTexts(),
            ['Stadt', 'Wert', 'Jahr', 'Quelle']);
        assert.equal(await poverty.locator('tbody tr').count(), CITY_COUNT);
        await page.screenshot({ path: path.join(RESULTS_DIR, 'staedte-kinderarmut-1280.png'),
            fullPage: true });
        await site.check_accessibility(t, page, '/staedte?merkmal=child_poverty');

        await page.goto(site.url_of(ORIGINAL.path));
        assert.equal(await page.getByRole('region', { name: 'Nachgemacht' }).locator('ul.adoptions > li')
            .count(), 0, 'the public does not see the adoption with a members-only copy either');
        assert.equal(await page.getByRole('region', { name: 'Interessierte Städte' }).count(), 0,
            'the interested cities are for members only');
        assert.equal(await page.getByRole('link', { name: 'Wir haben das übernommen' }).count(), 0);
        await site.check_accessibility(t, page, `${ORIGINAL.path} (public)`);

        const unknown = '/aehnliche-staedte?stadt=nirgendwo';
        site.expect_error_status(unknown, 404);
        assert.equal((await page.goto(site.url_of(unknown))).status(), 404);
        assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Städte wie meine');
        assert.equal(await page.getByRole('alert').innerText(), 'Eine Mitgliedsstadt „nirgendwo“ gibt es nicht.');
        assert.equal(await page.locator('main ol.similar-cities').count(), 0, 'no ranking');
        assert.ok(await page.getByRole('button', { name: 'Vergleichen' }).isVisible(),
            'the form is offered to choose another city');
        await site.check_accessibility(t, page, `${unknown} (404)`);
    });

test('the account pages show the notifications: Nürnberg hears of Jena\'s interest',
    { timeout: TEST_TIMEOUT_MS * 2 }, async (t) => {
        assert.ok(coordinator, 'the coordinator is not signed in: a step above failed');
        const page = await coordinator.newPage();
        await page.goto(site.url_of('/konto'));
        assert.equal(await page.getByRole('heading', { level: 2, name: 'Mitteilungen', exact: true }).count(), 1,
            'the account page has a part "Mitteilungen"');
        assert.equal(await page.getByRole('heading', { level: 2, name: 'Mitteilungen per E-Mail' }).count(), 1,
            'and a part for the email choice');
        assert.equal(await text_of(page.locator('main h2#mitteilungen + *')), 'Keine Mitteilungen.',
            'Jena has no notifications');
        await site.check_accessibility(t, page, '/konto (coordinator of Jena)');
        await page.close();

        assert.ok(nuremberg, 'Nürnberg\'s coordinator is not signed in: a step above failed');
        await nuremberg.goto(site.url_of('/konto'));
        assert.equal(await nuremberg.getByRole('heading', { level: 2, name: 'Mitteilungen', exact: true }).count(), 1);
        const items = nuremberg.locator('main h2#mitteilungen + ul.notifications > li');
        assert.equal(await items.count(), 1, 'one notification');
        const text = `Jena interessiert sich für Ihr Praxisbeispiel „${INTERESTING.title}“.`;
        assert.match(await text_of(items.first()), new RegExp(`^Neu: ${text} \\(.+\\) Ansehen`));
        // As with every visually hidden ": …", Chromium puts a blank before the colon.
        const open_name = new RegExp(`^Ansehen\\s*: ${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
        const open = items.first().getByRole('link', { name: open_name });
        assert.equal(await open.getAttribute('href'), `${INTERESTING.path}#interesse`);
        await nuremberg.screenshot({ path: path.join(RESULTS_DIR, 'konto-mitteilungen-1280.png'),
            fullPage: true });
        await site.check_accessibility(t, nuremberg, '/konto with an unread notification');

        const read = await site.submit(nuremberg,
            nuremberg.getByRole('button', { name: 'Alle als gelesen markieren' }));
        assert.ok(read.status() < 400, `marking as read answers ${read.status()}`);
        assert.equal(new URL(nuremberg.url()).pathname, '/konto');
        assert.equal(await items.count(), 1, 'the notification stays, read');
        assert.equal(await nuremberg.locator('main ul.notifications > li.unread').count(), 0);
        assert.doesNotMatch(await text_of(items.first()), /^Neu:/);
        assert.equal(await nuremberg.getByRole('button', { name: 'Alle als gelesen markieren' }).count(), 0);
        await site.check_accessibility(t, nuremberg, '/konto with the notification read');

        await site.follow(nuremberg, items.first().getByRole('link', { name: open_name }));
        assert.equal(path_of(nuremberg), INTERESTING.path);
        assert.match(await text_of(nuremberg.getByRole('region', { name: 'Interessierte Städte' })
            .locator('ul.interests')), /^Jena /, 'Nürnberg sees that Jena is interested');
    });

add_site_hygiene_tests(test, site);
