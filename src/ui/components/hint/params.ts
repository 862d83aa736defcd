/** Hint text; the control's aria-describedby names its id. */
export interface HintParams {
  id: string;
  text: string;
}
