import type { MessageValue } from '../messages.ts';
import type { components as pl } from '../pl/components.ts';

export const components: Record<keyof typeof pl, MessageValue> = {
  'form.optional': '(optional)',
  'characterCount.limit': {
    one: 'You can enter up to {count} character.',
    other: 'You can enter up to {count} characters.',
  },
  'characterCount.underLimit': {
    one: 'You have {n} character remaining',
    other: 'You have {n} characters remaining',
  },
  'characterCount.atLimit': 'You have 0 characters remaining',
  'characterCount.overLimit': {
    one: 'You have {n} character too many',
    other: 'You have {n} characters too many',
  },
  'fileUpload.chooseFile': 'Choose file',
  'fileUpload.noFile': 'No file chosen',
  'fileUpload.filesChosen': { one: '{n} file chosen', other: '{n} files chosen' },
  'fileUpload.drop': 'or drop file',
  'fileUpload.enteredDropZone': 'Entered drop zone',
  'fileUpload.leftDropZone': 'Left drop zone',
  'dateInput.day': 'Day',
  'dateInput.month': 'Month',
  'dateInput.year': 'Year',
  'dateInput.hint': 'For example, 27 3 2026',
  'banner.success': 'Success',
  'banner.important': 'Important',
  'warning.prefix': 'Warning',
  'table.label': 'Table',
  'pagination.page': 'Page {page}',
  'tabs.title': 'Contents',
  'breadcrumbs.label': 'Breadcrumb',
  'nav.section': 'Service navigation',
  'nav.menu': 'Menu',
  'footer.supportLinks': 'Support links',
};
