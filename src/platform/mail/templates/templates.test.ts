import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAIL_TEMPLATE_NAMES, type MailParams, type MailTemplateName, renderMail } from './index.ts';

const LINK = 'https://klastry.example/konto/weryfikacja?token=abc&x=1';
const EXAMPLES: { [K in MailTemplateName]: MailParams[K] } = {
  accountVerify: { name: 'Zażółć Gęślą', link: LINK },
  passwordReset: { name: 'Zażółć Gęślą', link: LINK, validMinutes: 60 },
  emailChange: { name: 'Zażółć Gęślą', link: LINK, newEmail: 'nowy@klastry.example' },
  passwordChanged: { name: 'Zażółć Gęślą' },
  accountDeletionRequested: { name: 'Zażółć Gęślą' },
  roleChanged: { name: 'Zażółć Gęślą', roles: ['user', 'coordinator'] },
  kkkStatusExpiring: {
    name: 'Zażółć Gęślą',
    clusterName: 'Śląski Klaster Lotniczy',
    roundName: 'runda VII',
    validUntil: '31 marca 2027',
    months: 6,
    link: LINK,
  },
  competitionReceipt: {
    name: 'Zażółć Gęślą',
    roundName: 'Nabór VII',
    receiptNumber: 'KKK/7/0001',
    submittedAt: '1 grudnia 2026, 10:00',
    sha256: 'ab'.repeat(32),
    link: LINK,
  },
  competitionFormalDecision: {
    name: 'Zażółć Gęślą',
    roundName: 'Nabór VII',
    receiptNumber: 'KKK/7/0001',
    decision: 'corrections',
    comment: 'Brak strategii',
    dueAt: '8 grudnia 2026, 23:59',
    link: LINK,
  },
  competitionDeadlineExtended: {
    name: 'Zażółć Gęślą',
    roundName: 'Nabór VII',
    closesAt: '22 grudnia 2026, 15:00',
    reason: 'Awaria systemu ePUAP',
    link: LINK,
  },
  registrationUpdate: {
    name: 'Zażółć Gęślą',
    clusterName: 'Klaster Testowy',
    step: 'returned',
    comment: 'Popraw NIP',
    link: LINK,
  },
  teamEditorAdded: {
    name: 'Zażółć Gęślą',
    clusterName: 'Klaster Testowy',
    addedBy: 'Anna Nowak',
    link: LINK,
  },
  teamInvitation: {
    name: 'Zażółć Gęślą',
    clusterName: 'Klaster Testowy',
    invitedBy: 'Anna Nowak',
    link: LINK,
    validDays: 7,
  },
  teamEditorRemoved: { name: 'Zażółć Gęślą', clusterName: 'Klaster Testowy' },
  memberChangeDecided: {
    name: 'Zażółć Gęślą',
    clusterName: 'Klaster Testowy',
    approved: false,
    reason: 'Brak NIP',
    added: 2,
    left: 1,
  },
  freshnessReminder: {
    name: 'Zażółć Gęślą',
    clusterName: 'Klaster Testowy',
    lastConfirmed: '2026-05-01T10:00:00.000Z',
    link: LINK,
  },
  assessmentTaskAssigned: { name: 'Zażółć Gęślą', due: '10 grudnia 2026, 12:00', link: LINK },
  assessmentPresentationScheduled: {
    name: 'Zażółć Gęślą',
    clusterName: 'Klaster Łódzki',
    when: '10 grudnia 2026, 10:30',
    place: 'Warszawa, ul. Wspólna 2/4',
    onlineUrl: null,
    link: LINK,
  },
  assessmentResults: {
    name: 'Zażółć Gęślą',
    clusterName: 'Klaster Łódzki',
    granted: false,
    documentNumber: 'DIN-1/2026',
    documentDate: '1 grudnia 2026',
    validUntil: null,
    total: 71.5,
    panelComment: null,
    criteria: [
      {
        criterion: 'A1 Zasoby',
        maxPoints: 20,
        mean: 15.5,
        experts: [{ number: 1, points: 15, justification: 'Uzasadnienie.' }],
      },
    ],
    appealUntil: '15 grudnia 2026, 23:59',
    link: LINK,
  },
  assessmentAppealResolved: {
    name: 'Zażółć Gęślą',
    clusterName: 'Klaster Łódzki',
    reassessment: true,
    resolution: 'Powody.',
    link: LINK,
  },
  calendarEventUpdate: {
    name: 'Zażółć Gęślą',
    title: 'Forum Klastrów <Łódź>',
    step: 'returned',
    comment: 'Podaj adres',
    link: LINK,
  },
};

function render<K extends MailTemplateName>(locale: 'pl' | 'en', template: K, params: MailParams[K]) {
  return renderMail(locale, template, params);
}

describe('mail templates', () => {
  it('exist for every template in Polish and in English, each with its own subject', () => {
    assert.equal(MAIL_TEMPLATE_NAMES.length, Object.keys(EXAMPLES).length);
    for (const template of MAIL_TEMPLATE_NAMES) {
      const polish = render('pl', template, EXAMPLES[template]);
      const english = render('en', template, EXAMPLES[template]);
      assert.notEqual(polish.subject, english.subject);
      assert.match(polish.text, /^Dzień dobry, Zażółć Gęślą!\n/);
      assert.match(english.text, /^Hello Zażółć Gęślą,\n/);
      assert.match(polish.html, /<html lang="pl">/);
      assert.match(english.html, /<html lang="en">/);
      assert.match(polish.text, /Zespół Portalu Klastrów/);
    }
  });

  it('put the link in the text as it is and in the HTML as an escaped attribute', () => {
    const mail = render('pl', 'accountVerify', EXAMPLES.accountVerify);
    assert.ok(mail.text.includes(`Potwierdź adres e-mail:\n${LINK}\n`));
    assert.ok(mail.html.includes('href="https://klastry.example/konto/weryfikacja?token=abc&amp;x=1"'));
  });

  it('escape every value in the HTML, leaving the plain text readable', () => {
    const name = '<script>alert("x")</script> & Co';
    const mail = render('en', 'emailChange', { name, link: LINK, newEmail: 'a"onmouseover="x@example.com' });
    assert.ok(!mail.html.includes('<script>'));
    assert.ok(mail.html.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co'));
    assert.ok(!mail.html.includes('a"onmouseover'));
    assert.ok(mail.text.includes(`Hello ${name},`));
  });

  it('refuse links that are not web addresses', () => {
    assert.throws(
      () => render('pl', 'passwordReset', { name: 'A', link: 'javascript:alert(1)', validMinutes: 5 }),
      /http\(s\)/,
    );
  });

  it('say how long a reset link lasts with the right Polish plural', () => {
    const sentence = (validMinutes: number) =>
      /Link jest ważny przez ([^.]+)\./.exec(
        render('pl', 'passwordReset', { name: 'A', link: LINK, validMinutes }).text,
      )?.[1];
    assert.equal(sentence(1), '1 minutę');
    assert.equal(sentence(3), '3 minuty');
    assert.equal(sentence(15), '15 minut');
    assert.equal(sentence(22), '22 minuty');
    assert.equal(sentence(60), '60 minut');
    assert.match(
      render('en', 'passwordReset', { name: 'A', link: LINK, validMinutes: 1 }).text,
      /1 minute\./,
    );
  });

  it('name the new roles in the mail’s language', () => {
    const roles = ['user', 'coordinator', 'admin'];
    assert.match(
      render('pl', 'roleChanged', { name: 'A', roles }).text,
      /Twoje role to teraz: użytkownik, koordynator i administrator\./,
    );
    assert.match(
      render('en', 'roleChanged', { name: 'A', roles }).text,
      /Your roles are now: user, coordinator, and administrator\./,
    );
    assert.match(render('pl', 'roleChanged', { name: 'A', roles: [] }).text, /nie ma teraz żadnej roli/);
  });

  it('greet a person by name, and an address with no person behind it without a name', () => {
    const expiring = { ...EXAMPLES.kkkStatusExpiring, name: '' };
    assert.match(render('pl', 'kkkStatusExpiring', expiring).text, /^Dzień dobry!\n/);
    assert.match(render('en', 'kkkStatusExpiring', expiring).text, /^Hello,\n/);
    assert.doesNotMatch(render('pl', 'kkkStatusExpiring', expiring).text, /Dzień dobry, Śląski/);
  });

  it('write points with a decimal comma and counts with their Polish plural', () => {
    const results = render('pl', 'assessmentResults', EXAMPLES.assessmentResults).text;
    assert.match(results, /Łączna ocena: 71,5 pkt\./);
    assert.match(results, /A1 Zasoby — średnio 15,5 z 20 pkt/);
    assert.match(
      render('en', 'assessmentResults', EXAMPLES.assessmentResults).text,
      /mean 15\.5 of 20 points/,
    );
    const months = (count: 3 | 6) =>
      render('pl', 'kkkStatusExpiring', { ...EXAMPLES.kkkStatusExpiring, months: count }).text;
    assert.match(months(3), /około 3 miesiące\./);
    assert.match(months(6), /około 6 miesięcy\./);
    const invitation = (validDays: number) =>
      render('pl', 'teamInvitation', { ...EXAMPLES.teamInvitation, validDays }).text;
    assert.match(invitation(1), /ważny przez 1 dzień/);
    assert.match(invitation(14), /ważny przez 14 dni/);
  });

  it('use wording that does not assume the gender of the person acting', () => {
    const added = render('pl', 'teamEditorAdded', EXAMPLES.teamEditorAdded).text;
    assert.doesNotMatch(added, /dodał\(a\)/);
    assert.match(added, /Dodano Cię do zespołu klastra/);
    assert.doesNotMatch(render('pl', 'teamEditorRemoved', EXAMPLES.teamEditorRemoved).text, /usunął/);
  });
});
