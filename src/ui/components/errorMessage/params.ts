/** The error at a field; the control's aria-describedby names its id. */
export interface ErrorMessageParams {
  id: string;
  text: string;
}
