// SPDX-License-Identifier: EUPL-1.2
// Browser test of members' accounts, as the people would use them in Debian's Chromium: an admin
// sets a password from the one-time link of `rundum user add` and invites the coordination of
// Jena; the coordinator sets a password, edits Jena's profile (a wrong postcode first), finds the
// versions, is refused Berlin, signs out and in again (a wrong password first), also with the
// keyboard only; the header's sign-out form is not printed. axe-core checks every page and every
// error state on the way (WCAG 2.1 A/AA) with the site's CSP in force, and nothing may be loaded
// from third-party servers. Screenshots of the edit form and the versions page land in
// test-results/ for a person to look at.
//
// Run: npm ci --prefix tests/browser
//      RUNDUM_BINARY=build/debug/rundum node --test tests/browser/accounts.test.mjs

import test, { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

import { ONE_TIME_LINK, RESULTS_DIR, Site, TEST_TIMEOUT_MS, add_site_hygiene_tests, descriptions_of, path_of } from './support.mjs';

const ADMIN = { email: 'geschaeftsstelle@netzwerk.example', name: 'Gerda Geschäftsstelle',
    password: 'Sieben Brücken über die Saale' };
const COORDINATOR = { email: 'koordination@jena.example', name: 'Stefanie Beispiel',
    password: 'Im Paradies blühen die Kastanien' };
const TOO_SHORT_PASSWORD = 'kurz123';
const WRONG_PASSWORD = 'Das ist nicht mein Passwort';

// Server, browser, blocked requests and console errors; set up once, torn down whatever happened.
const site = new Site();
before(() => site.start());
after(() => site.stop());

// Handed from one test to the next: the scenario is one story told in steps.
let invitation_link = null;
let coordinator_has_password = false;

async function focused(page) {
    return page.evaluate(() => {
        const element = document.activeElement;
        return element ? `${element.tagName.toLowerCase()}#${element.id}.${element.className}` : '';
    });
}

test('the admin sets a password from the one-time link and invites the coordination of Jena',
    { timeout: TEST_TIMEOUT_MS * 2 }, async (t) => {
        const link = (await site.cli(['user', 'add', '--admin', ADMIN.email,
            '--base-url', site.url_of('/').replace(/\/$/, '')])).trim();
        assert.match(link, ONE_TIME_LINK, 'rundum user add prints the one-time link on stdout');

        const context = await site.new_person();
        const page = await context.newPage();
        const opened = await page.goto(link);
        assert.equal(opened.status(), 200);
        assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Passwort festlegen');
        assert.match(await page.locator('main').innerText(), new RegExp(ADMIN.email));
        await site.check_accessibility(t, page, '/passwort-setzen/… (admin)');

        const name = page.getByLabel('Name', { exact: true });
        const password = page.getByLabel('Neues Passwort', { exact: true });
        const repeat = page.getByLabel('Passwort wiederholen', { exact: true });
        const save = page.getByRole('button', { name: 'Passwort speichern und anmelden' });
        await name.fill(ADMIN.name);
        await password.fill(TOO_SHORT_PASSWORD);
        await repeat.fill(TOO_SHORT_PASSWORD);

        // The browser already refuses it (minlength) and stays on the page ...
        await save.click();
        assert.equal(page.url(), link, 'the browser does not send a too-short password');
        assert.equal(await password.evaluate((input) => input.validity.tooShort), true);
        // ... and the server must refuse it on its own, as for a browser without form validation.
        await page.locator('main form').evaluate((form) => { form.noValidate = true; });
        const refused = await site.submit(page, save);
        assert.ok(refused.status() >= 400 && refused.status() < 500,
            `a refused password answers 4xx, not ${refused.status()}`);
        assert.equal(page.url(), link, 'the form is shown again at the same address');

        const summary = page.getByRole('alert');
        assert.equal(await summary.count(), 1, 'one error summary with role=alert');
        assert.equal(await summary.getByRole('heading').innerText(), 'Bitte prüfen Sie Ihre Eingaben');
        const summary_link = summary.getByRole('link', { name: /12 Zeichen/ });
        assert.equal(await summary_link.getAttribute('href'), '#password',
            'the summary links to the password field');
        assert.equal(await password.getAttribute('aria-invalid'), 'true');
        const password_descriptions = await descriptions_of(password);
        assert.ok(password_descriptions.some((text) => /mindestens 12 Zeichen/.test(text) &&
            !/^Mindestens/.test(text)),
        `the password field is described by its error message: ${password_descriptions}`);
        assert.ok(await page.locator('.field-error', { hasText: '12 Zeichen' }).isVisible(),
            'the error is shown under the field');
        assert.equal(await name.inputValue(), ADMIN.name, 'the name typed before is kept');
        assert.equal(await password.inputValue(), '', 'the password is not sent back');
        await site.check_accessibility(t, page, '/passwort-setzen/… with a too-short password');

        await password.fill(ADMIN.password);
        await repeat.fill(ADMIN.password);
        const accepted = await site.submit(page, save);
        assert.equal(accepted.status(), 303);
        assert.equal(path_of(page), '/konto');
        assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Mein Konto');
        const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
        assert.ok(await nav.getByRole('link', { name: `Konto: ${ADMIN.name}` }).isVisible());
        assert.ok(await nav.getByRole('button', { name: 'Abmelden' }).isVisible());
        await site.check_accessibility(t, page, '/konto (admin)');

        await nav.getByRole('link', { name: 'Verwaltung', exact: true }).click();
        await page.waitForURL(site.url_of('/verwaltung'));
        assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Verwaltung');
        await site.check_accessibility(t, page, '/verwaltung');

        // The privacy pages (issue 15): the operator's form, the notice, the member's own data.
        await page.getByRole('link', { name: 'Datenschutzhinweis bearbeiten' }).first().click();
        await page.waitForURL(site.url_of('/verwaltung/datenschutz'));
        await site.check_accessibility(t, page, '/verwaltung/datenschutz');
        await page.goto(site.url_of('/datenschutz'));
        assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Datenschutz');
        await site.check_accessibility(t, page, '/datenschutz (admin, not filled in)');
        await page.goto(site.url_of('/konto/meine-daten'));
        assert.match(await page.locator('main').innerText(), new RegExp(ADMIN.email));
        await site.check_accessibility(t, page, '/konto/meine-daten');
        await page.goto(site.url_of('/verwaltung'));

        const invite = page.getByRole('form', { name: 'Koordination einladen' });
        await invite.getByLabel('E-Mail-Adresse').fill(COORDINATOR.email);
        await invite.getByLabel('Stadt').selectOption({ label: 'Jena' });
        const invited = await site.submit(page, invite.getByRole('button', { name: 'Einladen' }));
        assert.ok(invited.status() < 400, `the invitation answers ${invited.status()}`);
        // The link is made when the mail is sent and is never shown or stored (issue 15).
        assert.equal(await page.locator('code.link').count(), 0, 'the page shows no one-time link');
        invitation_link = await site.mail_link(COORDINATOR.email, '/passwort-setzen/');
        assert.match(invitation_link ?? '', ONE_TIME_LINK, 'the invitation mail carries the link');
        assert.notEqual(invitation_link, link);
        const members = page.getByRole('table').first();
        assert.match(await members.innerText(), new RegExp(COORDINATOR.email.replace(/\./g, '\\.')));
        assert.match(await page.locator('main').innerText(), /Protokoll/);
        await site.check_accessibility(t, page, '/verwaltung after an invitation');
    });

test('the invited coordinator sets a password and edits Jena, but not Berlin',
    { timeout: TEST_TIMEOUT_MS * 2 }, async (t) => {
        assert.ok(invitation_link, 'no invitation link: the admin step failed');
        mkdirSync(RESULTS_DIR, { recursive: true });
        const context = await site.new_person();
        const page = await context.newPage();

        assert.equal((await page.goto(invitation_link)).status(), 200);
        assert.match(await page.locator('main').innerText(), new RegExp(COORDINATOR.email));
        await site.check_accessibility(t, page, '/passwort-setzen/… (invited coordinator)');
        await page.getByLabel('Name', { exact: true }).fill(COORDINATOR.name);
        await page.getByLabel('Neues Passwort', { exact: true }).fill(COORDINATOR.password);
        await page.getByLabel('Passwort wiederholen', { exact: true }).fill(COORDINATOR.password);
        await site.submit(page, page.getByRole('button', { name: 'Passwort speichern und anmelden' }));
        assert.equal(path_of(page), '/konto');
        coordinator_has_password = true;
        const account = await page.locator('main').innerText();
        assert.match(account, new RegExp(COORDINATOR.name));
        assert.match(account, /Jena/, 'the account page names the city');
        await site.check_accessibility(t, page, '/konto (coordinator)');

        // The one-time link is spent.
        const again = await context.newPage();
        const spent = await again.goto(invitation_link);
        site.expect_error_status(new URL(invitation_link).pathname, spent.status());
        assert.equal(await again.getByLabel('Neues Passwort', { exact: true }).count(), 0,
            'a used one-time link offers no password form any more');
        await again.close();

        await page.goto(site.url_of('/staedte/jena'));
        await page.getByRole('link', { name: 'Angaben bearbeiten' }).click();
        await page.waitForURL(site.url_of('/staedte/jena/bearbeiten'));
        assert.equal(await page.getByRole('heading', { level: 1 }).innerText(),
            'Angaben bearbeiten: Jena');
        await page.screenshot({ path: path.join(RESULTS_DIR, 'jena-bearbeiten-1280.png'),
            fullPage: true });
        await site.check_accessibility(t, page, '/staedte/jena/bearbeiten');

        const postcode = page.getByLabel('Postleitzahl');
        const save = page.getByRole('button', { name: 'Speichern' });
        await postcode.fill('123');
        await site.submit(page, save);
        assert.equal(path_of(page), '/staedte/jena/bearbeiten');
        const postcode_error = 'Die Postleitzahl von Jena muss aus 5 Ziffern bestehen.';
        const summary = page.getByRole('alert');
        assert.equal(await summary.count(), 1, 'one error summary with role=alert');
        assert.equal(await summary.getByRole('heading').innerText(), 'Bitte prüfen Sie Ihre Eingaben');
        assert.equal(await summary.getByRole('link', { name: postcode_error }).getAttribute('href'),
            '#postcode');
        assert.equal(await postcode.getAttribute('aria-invalid'), 'true');
        assert.equal(await postcode.inputValue(), '123', 'the wrong input is kept for correction');
        const described_by = (await postcode.getAttribute('aria-describedby') || '').split(/\s+/);
        const message = page.locator('.field-error', { hasText: postcode_error });
        assert.equal(await message.count(), 1, 'the error is shown under the field');
        const message_id = await message.getAttribute('id');
        assert.ok(message_id && described_by.includes(message_id),
            `aria-describedby of #postcode (${described_by}) points to the message (#${message_id})`);
        await page.screenshot({ path: path.join(RESULTS_DIR, 'jena-bearbeiten-fehler-1280.png'),
            fullPage: true });
        await site.check_accessibility(t, page, '/staedte/jena/bearbeiten with a wrong postcode');

        await postcode.fill('07743');
        await page.getByLabel('Was uns wichtig ist').fill('Wir **vernetzen** Familien in Jena.');
        const saved = await site.submit(page, save);
        assert.equal(saved.status(), 303);
        assert.equal(path_of(page), '/staedte/jena?gespeichert=1');
        assert.match(await page.locator('main').innerText(), /Die Änderungen sind gespeichert\./);
        assert.equal(await page.locator('.statement strong').innerText(), 'vernetzen');
        assert.match(await page.locator('.statement').innerText(), /Wir vernetzen Familien in Jena\./);
        await site.check_accessibility(t, page, '/staedte/jena?gespeichert=1');

        await page.getByRole('link', { name: 'Frühere Fassungen' }).click();
        await page.waitForURL(site.url_of('/staedte/jena/versionen'));
        const versions = page.locator('main ol.versions > li');
        assert.ok(await versions.count() >= 2, `at least 2 versions, found ${await versions.count()}`);
        assert.ok(await page.getByRole('button', { name: /^Wiederherstellen: Fassung \d+$/ }).count() >= 1,
            'an earlier version can be restored');
        assert.ok(await page.getByRole('table').count() >= 1, 'the changes are shown as a table');
        await page.screenshot({ path: path.join(RESULTS_DIR, 'jena-versionen-1280.png'),
            fullPage: true });
        await site.check_accessibility(t, page, '/staedte/jena/versionen');

        const refused = await page.goto(site.url_of('/staedte/berlin/bearbeiten'));
        site.expect_error_status('/staedte/berlin/bearbeiten', 403);
        assert.equal(refused.status(), 403);
        assert.match(await page.locator('main').innerText(), /Kein Zugriff/);
        assert.equal(await page.locator('#alliance').count(), 0, 'no edit form for Berlin');

        await page.getByRole('navigation', { name: 'Hauptnavigation' })
            .getByRole('button', { name: 'Abmelden' }).click();
        await page.waitForLoadState('load');
        await page.goto(site.url_of('/konto'));
        assert.equal(new URL(page.url()).pathname, '/anmelden',
            `signed out, /konto leads to /anmelden (was ${path_of(page)})`);
        assert.equal(await page.getByRole('navigation', { name: 'Hauptnavigation' })
            .getByRole('button', { name: 'Abmelden' }).count(), 0);
    });

test('the coordinator signs in again, a wrong password first',
    { timeout: TEST_TIMEOUT_MS }, async (t) => {
        assert.ok(coordinator_has_password, 'the coordinator has no password: a step above failed');
        const context = await site.new_person();
        const page = await context.newPage();
        await page.goto(site.url_of('/anmelden'));
        await site.check_accessibility(t, page, '/anmelden');

        await page.getByLabel('E-Mail-Adresse').fill(COORDINATOR.email);
        await page.getByLabel('Passwort', { exact: true }).fill(WRONG_PASSWORD);
        await site.submit(page, page.getByRole('button', { name: 'Anmelden' }));
        assert.equal(new URL(page.url()).pathname, '/anmelden');
        assert.ok(await page.getByText('E-Mail-Adresse oder Passwort stimmen nicht.').first()
            .isVisible(), 'the wrong password is reported');
        assert.equal(await page.getByLabel('Passwort', { exact: true }).inputValue(), '');
        await site.check_accessibility(t, page, '/anmelden with a wrong password');

        await page.getByLabel('E-Mail-Adresse').fill(COORDINATOR.email);
        await page.getByLabel('Passwort', { exact: true }).fill(COORDINATOR.password);
        await site.submit(page, page.getByRole('button', { name: 'Anmelden' }));
        assert.equal(path_of(page), '/konto');
        assert.ok(await page.getByRole('navigation', { name: 'Hauptnavigation' })
            .getByRole('link', { name: `Konto: ${COORDINATOR.name}` }).isVisible());
    });

test('a forgotten password is requested from the sign-in page', { timeout: TEST_TIMEOUT_MS }, async (t) => {
    const context = await site.new_person();
    const page = await context.newPage();
    await page.goto(site.url_of('/anmelden'));
    await page.getByRole('link', { name: 'Passwort vergessen?' }).click();
    assert.equal(path_of(page), '/passwort-vergessen');
    await site.check_accessibility(t, page, '/passwort-vergessen');
    await page.getByLabel('E-Mail-Adresse').fill(COORDINATOR.email);
    await site.submit(page, page.getByRole('button', { name: 'Link anfordern' }));
    assert.ok(await page.getByText('Wenn es zu dieser Adresse einen Zugang gibt').isVisible(),
        'the same answer for every address');
    await site.check_accessibility(t, page, '/passwort-vergessen after the request');
});

test('signing in works with the keyboard only', { timeout: TEST_TIMEOUT_MS }, async () => {
    assert.ok(coordinator_has_password, 'the coordinator has no password: a step above failed');
    const context = await site.new_person();
    const page = await context.newPage();
    await page.goto(site.url_of('/anmelden'));

    await page.keyboard.press('Tab');
    assert.match(await focused(page), /^a#\.skip-link$/, 'the first Tab reaches the skip link');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    assert.equal(await focused(page), 'input#email.',
        'after the skip link, the next Tab reaches the e-mail field');
    await page.keyboard.type(COORDINATOR.email);
    await page.keyboard.press('Tab');
    assert.equal(await focused(page), 'input#password.', 'Tab moves on to the password');
    await page.keyboard.type(COORDINATOR.password);
    await Promise.all([page.waitForURL(site.url_of('/konto')), page.keyboard.press('Enter')]);
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Mein Konto');
});

test('a printed city page leaves out the sign-out form', { timeout: TEST_TIMEOUT_MS }, async () => {
    assert.ok(coordinator_has_password, 'the coordinator has no password: a step above failed');
    const context = await site.new_person();
    const page = await context.newPage();
    await page.goto(site.url_of('/anmelden'));
    await page.getByLabel('E-Mail-Adresse').fill(COORDINATOR.email);
    await page.getByLabel('Passwort', { exact: true }).fill(COORDINATOR.password);
    await site.submit(page, page.getByRole('button', { name: 'Anmelden' }));
    assert.equal(path_of(page), '/konto');

    await page.goto(site.url_of('/staedte/jena'));
    const sign_out = page.locator('header form.inline');
    assert.equal(await sign_out.count(), 1, 'signed in, the header has the sign-out form');
    assert.ok(await sign_out.getByRole('button', { name: 'Abmelden' }).isVisible(),
        'on screen the sign-out button is visible');

    // What counts is that nothing of it is rendered on paper. (Its own computed display stays
    // "inline": `form.inline { display: inline }` outranks the print rule `form { display: none }`;
    // it is hidden with the header navigation around it.)
    await page.emulateMedia({ media: 'print' });
    const printed = await page.locator('form.inline').evaluateAll((forms) => forms.map((form) => ({
        html: form.outerHTML.replace(/name="csrf" value="[^"]*"/, 'name="csrf" value="…"')
            .slice(0, 160),
        display: getComputedStyle(form).display,
        rendered: form.checkVisibility(),
        buttons_rendered: [...form.querySelectorAll('button')]
            .filter((button) => button.checkVisibility()).map((button) => button.textContent),
    })));
    assert.ok(printed.length >= 1, 'the sign-out form is still in the document');
    for (const form of printed) {
        assert.ok(!form.rendered && form.buttons_rendered.length === 0,
            `in print, form.inline is rendered (display ${form.display}, buttons rendered: ` +
            `${form.buttons_rendered}): ${form.html}`);
    }
    assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('header nav'))
        .display), 'none', 'in print, the header navigation has display none');
    await page.emulateMedia({ media: 'screen' });
    assert.ok(await sign_out.getByRole('button', { name: 'Abmelden' }).isVisible(),
        'back on screen the sign-out button is visible again');
});

add_site_hygiene_tests(test, site);
