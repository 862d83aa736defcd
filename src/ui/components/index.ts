// The component library: each folder holds template.eta (govuk-frontend's documented markup),
// params.ts (what it takes), examples.ts (every documented use) and a test.

import type { BreadcrumbsParams } from './breadcrumbs/params.ts';
import type { ButtonParams } from './button/params.ts';
import type { CheckboxesParams } from './checkboxes/params.ts';
import type { DateInputParams } from './dateInput/params.ts';
import type { DetailsParams } from './details/params.ts';
import type { ErrorMessageParams } from './errorMessage/params.ts';
import type { ErrorSummaryParams } from './errorSummary/params.ts';
import type { FieldsetParams } from './fieldset/params.ts';
import type { FileUploadParams } from './fileUpload/params.ts';
import type { FooterParams } from './footer/params.ts';
import type { HeaderParams } from './header/params.ts';
import type { HintParams } from './hint/params.ts';
import type { InputParams } from './input/params.ts';
import type { InsetTextParams } from './insetText/params.ts';
import type { LabelParams } from './label/params.ts';
import type { NotificationBannerParams } from './notificationBanner/params.ts';
import type { PaginationParams } from './pagination/params.ts';
import type { PanelParams } from './panel/params.ts';
import type { RadiosParams } from './radios/params.ts';
import type { SelectParams } from './select/params.ts';
import type { ServiceNavigationParams } from './serviceNavigation/params.ts';
import type { SummaryListParams } from './summaryList/params.ts';
import type { TableParams } from './table/params.ts';
import type { TabsParams } from './tabs/params.ts';
import type { TagParams } from './tag/params.ts';
import type { TaskListParams } from './taskList/params.ts';
import type { TextareaParams } from './textarea/params.ts';
import type { WarningTextParams } from './warningText/params.ts';

/** Each component's params, by the name templates call it with: it.component('<name>', params). */
export interface ComponentParams {
  header: HeaderParams;
  serviceNavigation: ServiceNavigationParams;
  footer: FooterParams;
  breadcrumbs: BreadcrumbsParams;
  button: ButtonParams;
  input: InputParams;
  textarea: TextareaParams;
  select: SelectParams;
  radios: RadiosParams;
  checkboxes: CheckboxesParams;
  dateInput: DateInputParams;
  fileUpload: FileUploadParams;
  fieldset: FieldsetParams;
  label: LabelParams;
  hint: HintParams;
  errorMessage: ErrorMessageParams;
  errorSummary: ErrorSummaryParams;
  notificationBanner: NotificationBannerParams;
  warningText: WarningTextParams;
  tag: TagParams;
  summaryList: SummaryListParams;
  table: TableParams;
  pagination: PaginationParams;
  details: DetailsParams;
  insetText: InsetTextParams;
  panel: PanelParams;
  taskList: TaskListParams;
  tabs: TabsParams;
}

export type ComponentName = keyof ComponentParams;

export const COMPONENT_NAMES = [
  'header',
  'serviceNavigation',
  'footer',
  'breadcrumbs',
  'button',
  'input',
  'textarea',
  'select',
  'radios',
  'checkboxes',
  'dateInput',
  'fileUpload',
  'fieldset',
  'label',
  'hint',
  'errorMessage',
  'errorSummary',
  'notificationBanner',
  'warningText',
  'tag',
  'summaryList',
  'table',
  'pagination',
  'details',
  'insetText',
  'panel',
  'taskList',
  'tabs',
] as const satisfies readonly ComponentName[];

export type { Example } from './types.ts';
