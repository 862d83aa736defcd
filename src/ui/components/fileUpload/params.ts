import type { FieldParams } from '../types.ts';

export interface FileUploadParams extends FieldParams {
  /** e.g. ".pdf,application/pdf" */
  accept?: string;
  multiple?: boolean;
}
