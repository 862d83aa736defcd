/** Two-step verification (TOTP) and recovery codes. */
export const twoFactor = {
  'twoFactor.heading': 'Weryfikacja dwuetapowa',
  'twoFactor.lead':
    'Przy logowaniu oprócz hasła podajesz 6-cyfrowy kod z aplikacji uwierzytelniającej w telefonie (np. FreeOTP, Google Authenticator, Microsoft Authenticator).',
  'twoFactor.statusLabel': 'Stan',
  'twoFactor.statusOn': 'włączona od {date}',
  'twoFactor.statusOff': 'wyłączona',
  'twoFactor.statusPending': 'konfiguracja rozpoczęta, niedokończona',
  'twoFactor.recoveryLeftLabel': 'Nieużyte kody odzyskiwania',
  'twoFactor.rolesAwaiting':
    'Masz role: {roles}. Będą działać dopiero po włączeniu weryfikacji dwuetapowej — do tego czasu korzystasz z konta jak zwykły użytkownik.',
  'twoFactor.mandatory': 'Weryfikacja dwuetapowa jest obowiązkowa dla ról: {roles}.',
  'twoFactor.setUp': 'Włącz weryfikację dwuetapową',
  'twoFactor.continueSetup': 'Dokończ włączanie weryfikacji dwuetapowej',
  'twoFactor.manage': 'Nowe kody odzyskiwania lub wyłączenie weryfikacji',
  'twoFactor.setupTitle': 'Włączanie weryfikacji dwuetapowej',
  'twoFactor.setupIntro':
    'Potrzebujesz aplikacji uwierzytelniającej w telefonie. Po rozpoczęciu pokażemy kod QR do zeskanowania.',
  'twoFactor.start': 'Rozpocznij',
  'twoFactor.scanHeading': 'Krok 1. Dodaj konto w aplikacji',
  'twoFactor.scanLead': 'Zeskanuj kod QR aplikacją uwierzytelniającą.',
  'twoFactor.qrAlt':
    'Kod QR z kluczem weryfikacji dwuetapowej dla konta {email} w Portalu Klastrów. Jeśli nie możesz go zeskanować, wpisz klucz podany pod kodem.',
  'twoFactor.manualEntry':
    'Nie możesz zeskanować kodu? Wpisz w aplikacji ten klucz (rodzaj: oparty na czasie):',
  'twoFactor.confirmHeading': 'Krok 2. Potwierdź kodem',
  'twoFactor.code': 'Kod z aplikacji',
  'twoFactor.codeHint': '6 cyfr. Kod zmienia się co 30 sekund.',
  'twoFactor.confirm': 'Włącz weryfikację dwuetapową',
  'twoFactor.restartLead': 'Nie udało się dodać konta w aplikacji? Możesz zacząć od nowa z nowym kluczem.',
  'twoFactor.restart': 'Zacznij od nowa',
  'twoFactor.codesTitle': 'Kody odzyskiwania',
  'twoFactor.enabled': 'Weryfikacja dwuetapowa jest włączona.',
  'twoFactor.codesLead':
    'Oto 10 kodów odzyskiwania. Każdy zastępuje jeden raz kod z aplikacji, gdy nie masz do niej dostępu (np. po zgubieniu telefonu).',
  'twoFactor.codesAdvice':
    'Zapisz je teraz i przechowuj w bezpiecznym miejscu — w menedżerze haseł albo wydrukowane. Nie pokażemy ich ponownie.',
  'twoFactor.codesListLabel': 'Twoje kody odzyskiwania',
  'twoFactor.codesDone': 'Zapisałem kody — przejdź do konta',
  'twoFactor.regenerateHeading': 'Nowe kody odzyskiwania',
  'twoFactor.regenerateLead':
    'Wygeneruj nowe kody, gdy zużyjesz stare albo obawiasz się, że ktoś je poznał. Dotychczasowe kody przestaną działać.',
  'twoFactor.regenerate': 'Wygeneruj nowe kody',
  'twoFactor.disableHeading': 'Wyłączenie weryfikacji dwuetapowej',
  'twoFactor.disableLead': 'Po wyłączeniu do logowania wystarczy samo hasło.',
  'twoFactor.disable': 'Wyłącz weryfikację dwuetapową',
  'twoFactor.disableBlocked':
    'Nie możesz wyłączyć weryfikacji dwuetapowej, dopóki masz role: {roles}. Te role działają tylko z weryfikacją dwuetapową.',
  'twoFactor.disabled': 'Weryfikacja dwuetapowa została wyłączona.',
  'twoFactor.backToAccount': 'Wróć do strony konta',
  'twoFactor.verifyTitle': 'Weryfikacja dwuetapowa',
  'twoFactor.verifyLead':
    'Podaj 6-cyfrowy kod z aplikacji uwierzytelniającej. Jeśli nie masz dostępu do aplikacji, wpisz jeden z kodów odzyskiwania.',
  'twoFactor.verifyCode': 'Kod z aplikacji lub kod odzyskiwania',
  'twoFactor.verifyHint': 'Na przykład 123456 albo abcde-fghij.',
  'twoFactor.verifySubmit': 'Potwierdź',
  'twoFactor.codeRequired': 'Wpisz kod.',
  'twoFactor.codeInvalid':
    'Ten kod jest nieprawidłowy. Wpisz aktualny kod z aplikacji; jeśli nie pasuje, sprawdź, czy zegar telefonu jest ustawiony poprawnie.',
  'twoFactor.codeOrRecoveryInvalid': 'Ten kod jest nieprawidłowy albo ten kod odzyskiwania został już użyty.',
  'twoFactor.alreadyEnabled': 'Weryfikacja dwuetapowa jest już włączona.',
  'twoFactor.notEnabled': 'Weryfikacja dwuetapowa nie jest włączona.',
  'twoFactor.notStarted': 'Najpierw rozpocznij włączanie weryfikacji dwuetapowej.',
  'twoFactor.cancelSignIn': 'Anuluj logowanie',
} as const;
