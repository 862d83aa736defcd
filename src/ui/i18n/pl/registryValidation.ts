/** Messages of the registry's validation: identifiers (NIP, REGON, KRS, TERYT) and the members file. */
export const registryValidation = {
  'registryValidation.nip.characters': 'NIP może zawierać tylko cyfry (oraz spacje, myślniki i prefiks PL).',
  'registryValidation.nip.length': 'NIP musi mieć 10 cyfr.',
  'registryValidation.nip.zeros': 'NIP nie może składać się z samych zer.',
  'registryValidation.nip.checksum':
    'To nie jest prawidłowy NIP: cyfra kontrolna się nie zgadza. Sprawdź, czy nie ma literówki.',
  'registryValidation.regon.characters': 'REGON może zawierać tylko cyfry.',
  'registryValidation.regon.length':
    'REGON musi mieć 9 albo 14 cyfr. Jeśli brakuje zera na początku, mógł je usunąć arkusz: ustaw w kolumnie format tekstowy.',
  'registryValidation.regon.zeros': 'REGON nie może składać się z samych zer.',
  'registryValidation.regon.checksum':
    'To nie jest prawidłowy REGON: cyfra kontrolna się nie zgadza. Sprawdź, czy nie ma literówki.',
  'registryValidation.krs.characters': 'Numer KRS może zawierać tylko cyfry.',
  'registryValidation.krs.length': 'Numer KRS ma 10 cyfr (zera na początku można pominąć).',
  'registryValidation.krs.zeros': 'Numer KRS nie może składać się z samych zer.',
  'registryValidation.teryt.format': 'Kod TERYT województwa to dwie cyfry, np. 14.',
  'registryValidation.teryt.unknown':
    'Nie ma województwa o tym kodzie TERYT. Kody to liczby parzyste od 02 do 32.',
  'registryValidation.name.required': 'Podaj nazwę organizacji.',
  'registryValidation.text.tooLong': 'Tekst jest za długi (największa liczba znaków: {max}).',
  'registryValidation.text.markup': 'Tekst nie może zawierać znaków < ani >.',
  'registryValidation.type.required': 'Podaj typ organizacji.',
  'registryValidation.type.unknown':
    'Nieznany typ organizacji. Dozwolone: przedsiębiorstwo, uczelnia, instytut badawczy, instytucja otoczenia biznesu, administracja publiczna, organizacja pozarządowa, inna.',
  'registryValidation.size.unknown':
    'Nieznana wielkość przedsiębiorstwa. Dozwolone: mikro, małe, średnie, duże.',
  'registryValidation.size.onlyEnterprise':
    'Wielkość podaje się tylko dla przedsiębiorstw. Zostaw tę komórkę pustą albo zmień typ organizacji.',
  'registryValidation.voivodeship.unknown':
    'Nieznane województwo. Wpisz nazwę (np. mazowieckie) albo dwucyfrowy kod TERYT (np. 14).',
  'registryValidation.date.invalid':
    'Nieprawidłowa data. Wpisz ją jako RRRR-MM-DD (2024-03-15) albo DD.MM.RRRR (15.03.2024).',
  'registryValidation.date.future': 'Data przystąpienia nie może być z przyszłości.',
  'registryValidation.row.extraCells':
    'Ten wiersz ma więcej komórek niż nagłówek. Jeśli nazwa zawiera przecinek lub średnik, ujmij ją w cudzysłów.',
  'registryValidation.duplicate.nip': 'Ta organizacja (ten sam NIP) jest już w wierszu {row}.',
  'registryValidation.duplicate.name':
    'Organizacja o tej nazwie jest już w wierszu {row}. Podaj NIP, jeśli to inna organizacja.',
  'registryValidation.file.empty': 'Plik jest pusty.',
  'registryValidation.file.tooLarge': 'Plik jest za duży: najwyżej {maxMegabytes} MB.',
  'registryValidation.file.tooManyRows':
    'Plik ma za dużo wierszy (największa liczba członków w jednym pliku: {max}).',
  'registryValidation.file.notText':
    'To nie jest plik tekstowy CSV. Zapisz arkusz jako „CSV UTF-8 (rozdzielany przecinkami)”.',
  'registryValidation.file.utf16':
    'Ten plik zapisano jako „tekst Unicode”. Zapisz arkusz jako „CSV UTF-8 (rozdzielany przecinkami)” i wyślij ponownie.',
  'registryValidation.file.xlsx':
    'Pliki XLSX nie są jeszcze obsługiwane. Zapisz arkusz jako „CSV UTF-8 (rozdzielany przecinkami)” i wyślij ponownie.',
  'registryValidation.file.unclosedQuote': 'Cudzysłów otwarty w wierszu {row} nie został zamknięty.',
  'registryValidation.file.noRows': 'Plik ma tylko nagłówek: nie ma w nim żadnego członka.',
  'registryValidation.file.missingColumn':
    'Brakuje kolumny „{column}”. Pobierz szablon, aby zobaczyć nagłówki.',
  'registryValidation.file.repeatedColumn': 'Kolumna „{column}” występuje w nagłówku dwa razy.',
  'registryValidation.column.name': 'Pełna nazwa organizacji. Wymagana.',
  'registryValidation.column.nip': 'Numer NIP, 10 cyfr; spacje, myślniki i prefiks PL są dopuszczalne.',
  'registryValidation.column.regon': 'Numer REGON, 9 albo 14 cyfr.',
  'registryValidation.column.krs': 'Numer w Krajowym Rejestrze Sądowym, 10 cyfr.',
  'registryValidation.column.type':
    'Typ organizacji: przedsiębiorstwo, uczelnia, instytut badawczy, instytucja otoczenia biznesu, administracja publiczna, organizacja pozarządowa albo inna. Wymagany.',
  'registryValidation.column.size': 'Tylko dla przedsiębiorstw: mikro, małe, średnie albo duże.',
  'registryValidation.column.voivodeship':
    'Województwo siedziby: nazwa (np. mazowieckie) albo kod TERYT (np. 14).',
  'registryValidation.column.city': 'Miejscowość siedziby.',
  'registryValidation.column.joinedOn': 'Data przystąpienia do klastra: RRRR-MM-DD albo DD.MM.RRRR.',
} as const;
