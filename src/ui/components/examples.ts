import { examples as breadcrumbs } from './breadcrumbs/examples.ts';
import { examples as button } from './button/examples.ts';
import { examples as checkboxes } from './checkboxes/examples.ts';
import { examples as dateInput } from './dateInput/examples.ts';
import { examples as details } from './details/examples.ts';
import { examples as errorMessage } from './errorMessage/examples.ts';
import { examples as errorSummary } from './errorSummary/examples.ts';
import { examples as fieldset } from './fieldset/examples.ts';
import { examples as fileUpload } from './fileUpload/examples.ts';
import { examples as footer } from './footer/examples.ts';
import { examples as header } from './header/examples.ts';
import { examples as hint } from './hint/examples.ts';
import type { ComponentName, Example } from './index.ts';
import { examples as input } from './input/examples.ts';
import { examples as insetText } from './insetText/examples.ts';
import { examples as label } from './label/examples.ts';
import { examples as notificationBanner } from './notificationBanner/examples.ts';
import { examples as pagination } from './pagination/examples.ts';
import { examples as panel } from './panel/examples.ts';
import { examples as radios } from './radios/examples.ts';
import { examples as select } from './select/examples.ts';
import { examples as serviceNavigation } from './serviceNavigation/examples.ts';
import { examples as summaryList } from './summaryList/examples.ts';
import { examples as table } from './table/examples.ts';
import { examples as tabs } from './tabs/examples.ts';
import { examples as tag } from './tag/examples.ts';
import { examples as taskList } from './taskList/examples.ts';
import { examples as textarea } from './textarea/examples.ts';
import { examples as warningText } from './warningText/examples.ts';

/** Every example of every component, for the tests and the axe page. */
export const EXAMPLES: Record<ComponentName, readonly Example<unknown>[]> = {
  header,
  serviceNavigation,
  footer,
  breadcrumbs,
  button,
  input,
  textarea,
  select,
  radios,
  checkboxes,
  dateInput,
  fileUpload,
  fieldset,
  label,
  hint,
  errorMessage,
  errorSummary,
  notificationBanner,
  warningText,
  tag,
  summaryList,
  table,
  pagination,
  details,
  insetText,
  panel,
  taskList,
  tabs,
};
