// SPDX-License-Identifier: EUPL-1.2
// Browser test of questions to the network, as members would use them in Debian's Chromium: the
// coordinator of Jena (signed in from the one-time link of `rundum user add`) starts from a
// project of Leipzig ("Frage an das Netzwerk stellen"), sends the question without a title first,
// then asks it; Leipzig's coordinator finds it among the notifications and answers, a blank answer
// first; Jena is told of the answer and marks it helpful; the list shows the mark and filters by
// topic without JavaScript. axe-core checks every new page and error state (WCAG 2.1 A/AA) with
// the site's CSP in force; nothing may be loaded from third-party servers.
//
// Run: npm ci --prefix tests/browser
//      RUNDUM_BINARY=build/debug/rundum node --test tests/browser/questions.test.mjs

import test, { after, before } from 'node:test';
import assert from 'node:assert/strict';

import { Site, TEST_TIMEOUT_MS, add_site_hygiene_tests, descriptions_of, main_nav, path_of, text_of }
    from './support.mjs';

const JENA = { email: 'fragen@jena.example', name: 'Stefanie Beispiel',
    password: 'Im Paradies blühen die Kastanien' };
const LEIPZIG = { email: 'fragen@leipzig.example', name: 'Lena Leipzig',
    password: 'Am Auensee schwimmen Enten' };
const PROJECT = { path: '/praxisbeispiele/p-leipzig-willkommensbesuche',
    title: 'Willkommensbesuche für Neugeborene' };
const QUESTION = { title: 'Hat jemand Erfahrung mit Willkommensbesuchen durch Hebammen?',
    body: 'Wir überlegen, die Besuche **Familienhebammen** zu übertragen.' };
const ANSWER = 'Ja: In Leipzig besuchen seit 2021 auch Hebammen die Familien.';

const site = new Site();
before(() => site.start());
after(() => site.stop());

let jena = null; // the page of Jena's signed-in coordinator
let leipzig = null; // the page of Leipzig's signed-in coordinator
let question_path = null;

const follow = (page, link) => site.follow(page, link);

/// The page of a member signed in from the one-time link of `rundum user add ARGS`, on /konto.
async function member(args, person) {
    return (await site.member_from_one_time_link(args, person)).page;
}

test('the public is sent to sign in and sees no questions', { timeout: TEST_TIMEOUT_MS }, async () => {
    const context = await site.new_person();
    const page = await context.newPage();
    await page.goto(site.url_of('/fragen'));
    assert.ok(path_of(page).startsWith('/anmelden'), `the public lands on ${path_of(page)}`);
    await page.goto(site.url_of(PROJECT.path));
    assert.equal(await page.getByRole('link', { name: 'Frage an das Netzwerk stellen' }).count(), 0);
    assert.equal(await main_nav(page).getByRole('link', { name: 'Fragen' }).count(), 0);
});

test('Jena asks the network from a project of Leipzig, without a title first',
    { timeout: TEST_TIMEOUT_MS * 2 }, async (t) => {
        jena = await member(['--coordinator', JENA.email, '--city', 'jena'], JENA);
        leipzig = await member(['--coordinator', LEIPZIG.email, '--city', 'leipzig'], LEIPZIG);

        await jena.goto(site.url_of(PROJECT.path));
        const section = jena.getByRole('region', { name: 'Fragen an das Netzwerk dazu' });
        assert.match(await section.innerText(), /Noch keine Fragen dazu\./);
        await follow(jena, section.getByRole('link', { name: 'Frage an das Netzwerk stellen' }));
        assert.equal(path_of(jena), '/fragen/neu?projekt=p-leipzig-willkommensbesuche');
        assert.equal(await jena.getByRole('heading', { level: 1 }).innerText(), 'Frage an das Netzwerk stellen');
        const linked = jena.getByRole('group', { name: 'Verknüpfte Praxisbeispiele (freiwillig)' });
        assert.ok(await linked.getByRole('checkbox', { name: `${PROJECT.title} (Leipzig)` }).isChecked(),
            'the project the member came from is ticked');
        await site.check_accessibility(t, jena, '/fragen/neu');

        await jena.getByLabel('Worum geht es genauer? (freiwillig)').fill(QUESTION.body);
        await jena.getByRole('group', { name: 'Themen (freiwillig)' })
            .getByRole('checkbox', { name: 'Frühe Hilfen und Familienbildung' }).check();
        const ask = jena.getByRole('button', { name: 'Frage stellen' });
        // The browser would stop an empty required field; blanks pass it and reach the server.
        await jena.getByLabel('Ihre Frage', { exact: true }).fill('   ');
        const refused = await site.submit(jena, ask);
        assert.equal(refused.status(), 400);
        const summary = jena.getByRole('alert');
        assert.equal(await summary.getByRole('link').innerText(), 'Bitte schreiben Sie Ihre Frage.');
        const title = jena.getByLabel('Ihre Frage', { exact: true });
        assert.equal(await title.getAttribute('aria-invalid'), 'true');
        assert.ok((await descriptions_of(title)).includes('Bitte schreiben Sie Ihre Frage.'));
        assert.equal(await jena.getByLabel('Worum geht es genauer? (freiwillig)').inputValue(), QUESTION.body,
            'the text is kept');
        assert.ok(await linked.getByRole('checkbox', { name: `${PROJECT.title} (Leipzig)` }).isChecked());
        await site.check_accessibility(t, jena, '/fragen/neu without a title');

        await title.fill(QUESTION.title);
        const asked = await site.submit(jena, ask);
        assert.equal(asked.status(), 303);
        question_path = new URL(jena.url()).pathname;
        assert.match(question_path, /^\/fragen\/q-[A-Za-z0-9_-]+$/);
        assert.equal(await jena.getByRole('heading', { level: 1 }).innerText(), QUESTION.title);
        assert.equal(await jena.locator('main .statement strong').first().innerText(), 'Familienhebammen');
        await site.check_accessibility(t, jena, `${question_path} (asker, no answers)`);
    });

test('Leipzig is told, answers (blank first), and Jena marks the answer helpful',
    { timeout: TEST_TIMEOUT_MS * 2 }, async (t) => {
        await leipzig.goto(site.url_of('/konto'));
        const told = leipzig.locator('main ul.notifications > li').first();
        assert.match(await text_of(told), new RegExp(`fragt das Netzwerk: „${QUESTION.title.replace('?', '\\?')}“`));
        await follow(leipzig, told.getByRole('link').first());
        assert.equal(path_of(leipzig), question_path);
        const send = leipzig.getByRole('button', { name: 'Antwort senden' });
        await leipzig.getByLabel('Ihre Antwort').fill(' ');
        const refused = await site.submit(leipzig, send);
        assert.equal(refused.status(), 400);
        assert.equal(await leipzig.getByLabel('Ihre Antwort').getAttribute('aria-invalid'), 'true');
        await site.check_accessibility(t, leipzig, `${question_path} with a blank answer`);
        await leipzig.getByLabel('Ihre Antwort').fill(ANSWER);
        assert.equal((await site.submit(leipzig, send)).status(), 303);
        const answers = leipzig.getByRole('region', { name: '1 Antwort' });
        assert.match(await answers.innerText(), /In Leipzig besuchen seit 2021/);
        assert.equal(await answers.getByRole('button', { name: /Als hilfreich markieren/ }).count(), 0,
            'only the asker marks');
        await site.check_accessibility(t, leipzig, `${question_path} (answer author)`);

        await jena.goto(site.url_of('/konto'));
        assert.match(await text_of(jena.locator('main ul.notifications > li').first()),
            /Lena Leipzig hat Ihre Frage „.+“ beantwortet\./);
        await jena.goto(site.url_of(question_path));
        const mark = jena.getByRole('button', { name: /Als hilfreich markieren/ });
        assert.equal((await site.submit(jena, mark)).status(), 303);
        assert.match(await text_of(jena.locator('main li.answer').first()),
            /Hilfreiche Antwort – von der fragenden Person markiert/);
        await site.check_accessibility(t, jena, `${question_path} with a helpful answer`);

        await follow(jena, main_nav(jena).getByRole('link', { name: 'Fragen' }));
        assert.equal(path_of(jena), '/fragen');
        const entry = jena.locator('main ul.questions > li', { hasText: QUESTION.title });
        assert.match(await text_of(entry), /1 Antwort · mit hilfreicher Antwort/);
        await site.check_accessibility(t, jena, '/fragen');
        await jena.getByLabel('Thema').selectOption({ label: 'Bildung' });
        await Promise.all([jena.waitForURL(/\/fragen\?thema=bildung$/),
            jena.getByRole('button', { name: 'Fragen zeigen' }).click()]);
        assert.equal(await jena.locator('main ul.questions > li').count(), 0, 'another topic leaves it out');
        await site.check_accessibility(t, jena, '/fragen?thema=bildung');
    });

test('the authors change their answer and their question; deleting asks for a tick',
    { timeout: TEST_TIMEOUT_MS * 2 }, async (t) => {
        await leipzig.goto(site.url_of(question_path));
        await follow(leipzig, leipzig.getByRole('link', { name: /^Antwort bearbeiten oder löschen/ }));
        assert.match(path_of(leipzig), /^\/antworten\/a-[A-Za-z0-9_-]+\/bearbeiten$/);
        assert.equal(await leipzig.getByLabel('Ihre Antwort').inputValue(), ANSWER);
        await site.check_accessibility(t, leipzig, '/antworten/{id}/bearbeiten');
        await leipzig.getByLabel('Ihre Antwort').fill(`${ANSWER} Nachtrag: auch am Wochenende.`);
        assert.equal((await site.submit(leipzig, leipzig.getByRole('button', { name: 'Speichern' }))).status(), 303);
        assert.match(await leipzig.locator('main li.answer').first().innerText(), /Nachtrag: auch am Wochenende\./);

        await jena.goto(site.url_of(question_path));
        await follow(jena, jena.getByRole('link', { name: 'Frage bearbeiten oder löschen' }));
        assert.equal(path_of(jena), `${question_path}/bearbeiten`);
        assert.equal(await jena.getByLabel('Ihre Frage', { exact: true }).inputValue(), QUESTION.title);
        await site.check_accessibility(t, jena, '/fragen/{id}/bearbeiten');
        const refused = await site.submit(jena, jena.getByRole('button', { name: 'Frage löschen' }));
        assert.equal(refused.status(), 400, 'without the tick nothing is deleted');
        const tick = jena.getByLabel('Ja, die Frage mit allen Antworten endgültig löschen');
        assert.equal(await tick.getAttribute('aria-invalid'), 'true');
        await site.check_accessibility(t, jena, '/fragen/{id}/loeschen without the tick');
        await tick.check();
        assert.equal((await site.submit(jena, jena.getByRole('button', { name: 'Frage löschen' }))).status(), 303);
        assert.equal(path_of(jena), '/fragen?geloescht=1');
        assert.equal(await jena.getByRole('status').first().innerText(), 'Die Frage wurde gelöscht.');
        assert.equal(await jena.locator('main ul.questions > li', { hasText: QUESTION.title }).count(), 0);
    });

add_site_hygiene_tests(test, site);
