import type { MessageValue } from '../messages.ts';
import type { registryValidation as pl } from '../pl/registryValidation.ts';

export const registryValidation: Record<keyof typeof pl, MessageValue> = {
  'registryValidation.nip.characters': 'A NIP may hold only digits (and spaces, dashes and the PL prefix).',
  'registryValidation.nip.length': 'A NIP has 10 digits.',
  'registryValidation.nip.zeros': 'A NIP cannot be all zeros.',
  'registryValidation.nip.checksum':
    'This is not a valid NIP: the check digit does not match. Look for a typo.',
  'registryValidation.regon.characters': 'A REGON may hold only digits.',
  'registryValidation.regon.length':
    'A REGON has 9 or 14 digits. If a leading zero is missing, the spreadsheet may have dropped it: format the column as text.',
  'registryValidation.regon.zeros': 'A REGON cannot be all zeros.',
  'registryValidation.regon.checksum':
    'This is not a valid REGON: the check digit does not match. Look for a typo.',
  'registryValidation.krs.characters': 'A KRS number may hold only digits.',
  'registryValidation.krs.length': 'A KRS number has 10 digits (leading zeros may be left out).',
  'registryValidation.krs.zeros': 'A KRS number cannot be all zeros.',
  'registryValidation.teryt.format': 'A voivodeship TERYT code is two digits, e.g. 14.',
  'registryValidation.teryt.unknown':
    'No voivodeship has this TERYT code. The codes are the even numbers 02 to 32.',
  'registryValidation.name.required': 'Enter the name of the organisation.',
  'registryValidation.text.tooLong': 'The text is too long: {max} characters at most.',
  'registryValidation.text.markup': 'The text cannot contain the characters < or >.',
  'registryValidation.type.required': 'Enter the type of the organisation.',
  'registryValidation.type.unknown':
    'Unknown type of organisation. Allowed: przedsiębiorstwo (enterprise), uczelnia (university), instytut badawczy (research institute), instytucja otoczenia biznesu (business support institution), administracja publiczna (public administration), organizacja pozarządowa (NGO), inna (other).',
  'registryValidation.size.unknown':
    'Unknown enterprise size. Allowed: mikro (micro), małe (small), średnie (medium), duże (large).',
  'registryValidation.size.onlyEnterprise':
    'A size is given only for enterprises. Leave this cell empty or change the type of the organisation.',
  'registryValidation.voivodeship.unknown':
    'Unknown voivodeship. Enter its name (e.g. mazowieckie or Masovian) or its two-digit TERYT code (e.g. 14).',
  'registryValidation.date.invalid':
    'Not a valid date. Write it as YYYY-MM-DD (2024-03-15) or DD.MM.YYYY (15.03.2024).',
  'registryValidation.date.future': 'The joining date cannot be in the future.',
  'registryValidation.row.extraCells':
    'This row has more cells than the header. If a name contains a comma or a semicolon, put it in double quotes.',
  'registryValidation.duplicate.nip': 'This organisation (the same NIP) is already in row {row}.',
  'registryValidation.duplicate.name':
    'An organisation with this name is already in row {row}. Enter the NIP if it is a different organisation.',
  'registryValidation.file.empty': 'The file is empty.',
  'registryValidation.file.tooLarge': 'The file is too large: {maxMegabytes} MB at most.',
  'registryValidation.file.tooManyRows': 'The file has too many rows: {max} members in one file at most.',
  'registryValidation.file.notText':
    'This is not a CSV text file. Save the sheet as "CSV UTF-8 (Comma delimited)".',
  'registryValidation.file.utf16':
    'This file was saved as "Unicode Text". Save the sheet as "CSV UTF-8 (Comma delimited)" and upload it again.',
  'registryValidation.file.xlsx':
    'XLSX files are not supported yet. Save the sheet as "CSV UTF-8 (Comma delimited)" and upload it again.',
  'registryValidation.file.unclosedQuote': 'A double quote opened in row {row} is never closed.',
  'registryValidation.file.noRows': 'The file has only a header: it lists no members.',
  'registryValidation.file.missingColumn':
    'The column "{column}" is missing. Download the template to see the headers.',
  'registryValidation.file.repeatedColumn': 'The column "{column}" appears twice in the header.',
  'registryValidation.column.name': 'The full name of the organisation. Required.',
  'registryValidation.column.nip':
    'The NIP (tax identification number), 10 digits; spaces, dashes and a PL prefix are fine.',
  'registryValidation.column.regon': 'The REGON (statistical number), 9 or 14 digits.',
  'registryValidation.column.krs': 'The number in the National Court Register (KRS), 10 digits.',
  'registryValidation.column.type':
    'The type of organisation: przedsiębiorstwo (enterprise), uczelnia (university), instytut badawczy (research institute), instytucja otoczenia biznesu (business support institution), administracja publiczna (public administration), organizacja pozarządowa (NGO) or inna (other); the English words are accepted too. Required.',
  'registryValidation.column.size':
    'Only for enterprises: mikro, małe, średnie or duże (micro, small, medium or large).',
  'registryValidation.column.voivodeship':
    'The voivodeship of the seat: its name (e.g. mazowieckie or Masovian) or TERYT code (e.g. 14).',
  'registryValidation.column.city': 'The town or city of the seat.',
  'registryValidation.column.joinedOn': 'The date of joining the cluster: YYYY-MM-DD or DD.MM.YYYY.',
};
