import type { FastifyRequest } from 'fastify';
import { sortByLabel } from '../../../platform/formats.ts';
import { formatCalendarDate } from '../../../platform/time.ts';
import type { MessageKey } from '../../../ui/i18n/messages.ts';
import { INDUSTRY_CODES, industryName } from '../industries.ts';
import { KIS_CODES, kisName } from '../kis.ts';
import { voivodeshipName, voivodeshipOptions } from '../voivodeships.ts';
import type { RegistrationValues } from './registrationForm.ts';

/** The controlled lists of the form, labelled in the visitor's language. */
export function formOptions(request: FastifyRequest) {
  const locale = request.locale;
  const voivodeships = voivodeshipOptions(locale);
  return {
    voivodeships: [{ value: '', label: request.t('registration.form.chooseVoivodeship') }, ...voivodeships],
    regions: voivodeships,
    industries: sortByLabel(
      INDUSTRY_CODES.map((code) => ({ value: code, label: industryName(code, locale) ?? code })),
      locale,
    ),
    kis: KIS_CODES.map((code) => ({ value: code, label: kisName(code, locale) ?? code })),
  };
}

export type StatusKey =
  | 'registration.status.draft'
  | 'registration.status.submitted'
  | 'registration.status.returned'
  | 'registration.status.published'
  | 'registration.status.rejected';

export function statusLabel(request: FastifyRequest, status: string): string {
  const known = ['draft', 'submitted', 'returned', 'published', 'rejected'];
  return known.includes(status) ? request.t(`registration.status.${status}` as StatusKey) : status;
}

export function nextStepLabel(request: FastifyRequest, status: string, pendingChanges: number): string {
  switch (status) {
    case 'draft':
      return request.t('registration.next.draft');
    case 'returned':
      return request.t('registration.next.returned');
    case 'submitted':
      return request.t('registration.next.submitted');
    case 'published':
      return request.t(
        pendingChanges > 0 ? 'registration.next.changePending' : 'registration.next.published',
      );
    default:
      return request.t('registration.next.rejected');
  }
}

/** The whole form as labelled facts, for read-only views (the operator's review among them). */
export function summarySections(request: FastifyRequest, values: RegistrationValues) {
  const t = request.t;
  const locale = request.locale;
  const list = (items: (string | null)[]) => items.filter(Boolean).join(', ');
  const dateText = (value: string) => (value ? formatCalendarDate(value, locale) : '');
  return [
    {
      heading: t('registration.form.clusterHeading'),
      facts: [
        { label: t('registration.form.name'), value: values.name },
        { label: t('registration.form.slug'), value: values.slug },
        { label: t('registration.form.foundedOn'), value: dateText(values.foundedOn) },
        { label: t('registration.form.formalisedOn'), value: dateText(values.formalisedOn) },
        { label: t('registration.form.website'), value: values.website },
      ],
    },
    {
      heading: t('registration.form.coordinatorHeading'),
      facts: [
        { label: t('registration.form.coordinatorName'), value: values.coordinatorName },
        { label: t('registration.form.coordinatorLegalForm'), value: values.coordinatorLegalForm },
        { label: 'NIP', value: values.coordinatorNip },
        { label: 'REGON', value: values.coordinatorRegon },
        { label: 'KRS', value: values.coordinatorKrs },
        { label: t('registration.form.coordinatorAddress'), value: values.coordinatorAddress },
        { label: t('registration.form.coordinatorCity'), value: values.coordinatorCity },
        {
          label: t('registration.form.coordinatorVoivodeship'),
          value: voivodeshipName(values.coordinatorVoivodeship, locale) ?? values.coordinatorVoivodeship,
        },
      ],
    },
    {
      heading: t('registration.form.descriptionHeading'),
      facts: [
        { label: t('registration.form.descriptionPl'), value: values.descriptionPl },
        { label: t('registration.form.descriptionEn'), value: values.descriptionEn },
        {
          label: t('registration.form.industries'),
          value: list(values.industries.map((code) => industryName(code, locale))),
        },
        { label: t('registration.form.kis'), value: list(values.kis.map((code) => kisName(code, locale))) },
        {
          label: t('registration.form.regions'),
          value: list(values.regions.map((code) => voivodeshipName(code, locale))),
        },
        { label: t('registration.form.offerPl'), value: values.offerPl },
        { label: t('registration.form.offerEn'), value: values.offerEn },
        { label: t('registration.form.needsPl'), value: values.needsPl },
        { label: t('registration.form.needsEn'), value: values.needsEn },
      ],
    },
    {
      heading: t('registration.form.contactHeading'),
      facts: [
        { label: t('registration.form.contactPerson'), value: values.contactPerson },
        { label: t('registration.form.email'), value: values.email },
        { label: t('registration.form.phone'), value: values.phone },
      ],
    },
  ];
}

const LABELS: Record<string, string> = {
  name: 'registration.form.name',
  slug: 'registration.form.slug',
  coordinatorName: 'registration.form.coordinatorName',
  coordinatorLegalForm: 'registration.form.coordinatorLegalForm',
  coordinatorNip: 'NIP',
  coordinatorRegon: 'REGON',
  coordinatorKrs: 'KRS',
  coordinatorAddress: 'registration.form.coordinatorAddress',
  coordinatorCity: 'registration.form.coordinatorCity',
  coordinatorVoivodeship: 'registration.form.coordinatorVoivodeship',
  descriptionPl: 'registration.form.descriptionPl',
  foundedOn: 'registration.form.foundedOn',
  website: 'registration.form.website',
  contactPerson: 'registration.form.contactPerson',
  email: 'registration.form.email',
};

/** The form's errors in words; a missing value names its field, so the summary at the top reads on its own. */
export function formErrors(
  request: FastifyRequest,
  errors: Partial<Record<string, MessageKey>>,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(errors).flatMap(([field, key]) => {
      if (!key) return [];
      const label = LABELS[field];
      if (key !== 'registration.form.required' || !label) return [[field, request.t(key)]];
      const name = label.startsWith('registration.') ? request.t(label as MessageKey) : label;
      return [[field, request.t('registration.form.requiredField', { field: name })]];
    }),
  );
}
